package dev.shipshape.internal.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Shipshape;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GRPCRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1beta1.ReferenceGrant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gateway API objects are read as fabric8's typed classes (kubernetes-model-gatewayapi), by check and by include. */
class GatewayApiReadTest {

    @TempDir
    Path tmp;

    private static final String YAML = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata: {name: public, namespace: infra}
            spec:
              gatewayClassName: envoy
              listeners: [{name: https, port: 443, protocol: HTTPS, hostname: "*.example.com"}]
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: web, namespace: shop}
            spec:
              parentRefs: [{name: public, namespace: infra}]
              rules: [{backendRefs: [{name: web, port: 80}]}]
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: GRPCRoute
            metadata: {name: rpc, namespace: shop}
            spec:
              parentRefs: [{name: public, namespace: infra}]
              rules: [{matches: [{method: {service: shop.Cart}}], backendRefs: [{name: cart, port: 5000}]}]
            ---
            apiVersion: gateway.networking.k8s.io/v1beta1
            kind: ReferenceGrant
            metadata: {name: routes, namespace: shared}
            spec:
              from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: shop}]
              to: [{group: "", kind: Service}]
            """;

    @Test
    void gateways_routes_and_grants_are_read_as_typed_objects() throws IOException {
        Path file = Files.writeString(tmp.resolve("routes.yaml"), YAML);
        List<ManifestReader.Read> read = ManifestReader.read(List.of(file));
        assertThat(read).extracting(r -> (Object) r.object().getClass()).containsExactly(Gateway.class, HTTPRoute.class,
                GRPCRoute.class, ReferenceGrant.class);
        HTTPRoute web = (HTTPRoute) read.get(1).object();
        assertThat(web.getSpec().getRules().get(0).getBackendRefs().get(0).getPort()).isEqualTo(80);
        assertThat(read.get(2).line()).isEqualTo(15);
    }

    @Test
    void included_routes_stay_typed_and_are_checked_with_the_app() throws IOException {
        Path file = Files.writeString(tmp.resolve("routes.yaml"), YAML);
        App app = Shipshape.app("shop").namespace("shop").include(file);
        assertThat(app.model().included()).extracting(o -> (Object) o.object().getClass()).contains(HTTPRoute.class, GRPCRoute.class);
        // the included routes send to Services the app does not have
        assertThat(app.validate()).filteredOn(v -> v.rule().equals("reference.unresolved"))
                .extracting(v -> v.path().substring(v.path().indexOf('#') + 1))
                .containsExactlyInAnyOrder("L8/HTTPRoute:web/spec.rules[0].backendRefs[0]", "L15/GRPCRoute:rpc/spec.rules[0].backendRefs[0]");
    }
}
