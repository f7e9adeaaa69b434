package dev.shipshape.internal.render;

import static dev.shipshape.internal.render.Rendering.IMAGE;
import static dev.shipshape.internal.render.Rendering.SMALL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.GatewayRef;
import dev.shipshape.dsl.Match;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.WebService;
import dev.shipshape.dsl.Weighted;
import dev.shipshape.internal.yaml.Serialization;
import dev.shipshape.model.Probe;
import dev.shipshape.oracles.GatewayApiCrds;
import dev.shipshape.render.Manifests;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GRPCRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link GatewayRoutes} renders for each option, and the NetworkPolicies that admit the Gateway's pods. */
class GatewayRoutesTest {

    private final App app = Shipshape.app("shop").namespace("shop");
    private final WebService web = app.webService("web", IMAGE).port("http", 8080, 80).resources(SMALL)
            .readinessProbe(Probe.http("/", "http"));
    private final WebService next = app.webService("web-next", IMAGE).port("http", 8080, 80).resources(SMALL)
            .readinessProbe(Probe.http("/", "http"));
    private final WebService cart = app.webService("cart", IMAGE).port("grpc", 50051, 5000).port("metrics", 9090)
            .resources(SMALL).readinessProbe(Probe.grpc("grpc"));
    private final GatewayRef gw = app.gateway("infra", "public");

    @Test
    void an_http_route_names_its_gateway_hosts_matches_and_service_ports() {
        app.httpRoute("web-route").parent(gw.listener("https")).host("shop.example.com").host("*.shop.example.com")
                .route(Match.exact("/healthz"), web)
                .route(Match.prefix("/api").withHeader("x-canary", "true").withQuery("beta", "1").withMethod("GET"), next)
                .route("/metrics", cart, "metrics")
                .route("/", Weighted.of(web, 90), Weighted.of(next, 10));
        HTTPRoute route = Rendering.one(Rendering.of(app).render("web-route"), HTTPRoute.class);
        assertThat(route.getApiVersion()).isEqualTo("gateway.networking.k8s.io/v1");
        assertThat(route.getMetadata().getNamespace()).isEqualTo("shop");
        assertThat(route.getMetadata().getLabels()).containsEntry("app.kubernetes.io/component", "http-route")
                .containsEntry("app.kubernetes.io/part-of", "shop");
        assertThat(compact(route.getSpec())).isEqualTo("""
                {"hostnames":["shop.example.com","*.shop.example.com"],\
                "parentRefs":[{"name":"public","namespace":"infra","sectionName":"https"}],\
                "rules":[\
                {"backendRefs":[{"name":"web","port":80}],"matches":[{"path":{"type":"Exact","value":"/healthz"}}]},\
                {"backendRefs":[{"name":"web-next","port":80}],"matches":[{"headers":[{"name":"x-canary","value":"true"}],\
                "method":"GET","path":{"type":"PathPrefix","value":"/api"},"queryParams":[{"name":"beta","value":"1"}]}]},\
                {"backendRefs":[{"name":"cart","port":9090}],"matches":[{"path":{"type":"PathPrefix","value":"/metrics"}}]},\
                {"backendRefs":[{"name":"web","port":80,"weight":90},{"name":"web-next","port":80,"weight":10}],\
                "matches":[{"path":{"type":"PathPrefix","value":"/"}}]}]}""");
        assertThat(GatewayApiCrds.errors(route)).isEmpty();
    }

    @Test
    void a_grpc_route_matches_services_and_methods_on_the_port_named_grpc() {
        app.grpcRoute("cart-route").parent(gw).parent(app.gateway("infra", "internal")).host("grpc.example.com")
                .service("shop.Cart", cart)
                .method("shop.Checkout", "PlaceOrder", cart)
                .service("shop.Admin", cart, "metrics")
                .service("shop.Next", Weighted.of(cart, 0), Weighted.of(cart, "grpc", 1_000_000));
        GRPCRoute route = Rendering.one(Rendering.of(app).render("cart-route"), GRPCRoute.class);
        assertThat(compact(route.getSpec())).isEqualTo("""
                {"hostnames":["grpc.example.com"],\
                "parentRefs":[{"name":"public","namespace":"infra"},{"name":"internal","namespace":"infra"}],\
                "rules":[\
                {"backendRefs":[{"name":"cart","port":5000}],"matches":[{"method":{"service":"shop.Cart"}}]},\
                {"backendRefs":[{"name":"cart","port":5000}],"matches":[{"method":{"method":"PlaceOrder","service":"shop.Checkout"}}]},\
                {"backendRefs":[{"name":"cart","port":9090}],"matches":[{"method":{"service":"shop.Admin"}}]},\
                {"backendRefs":[{"name":"cart","port":5000,"weight":0},{"name":"cart","port":5000,"weight":1000000}],\
                "matches":[{"method":{"service":"shop.Next"}}]}]}""");
        assertThat(route.getMetadata().getLabels()).containsEntry("app.kubernetes.io/component", "grpc-route");
        assertThat(GatewayApiCrds.errors(route)).isEmpty();
    }

    @Test
    void a_route_without_hostnames_leaves_them_out_and_an_unresolved_port_is_left_to_the_rules() {
        WebService two = app.webService("two", IMAGE).port("a", 8080).port("b", 8081).resources(SMALL);
        app.httpRoute("two-route").parent(gw).route("/", two).route("/x", two, "c");
        HTTPRoute route = Rendering.one(Rendering.of(app).render("two-route"), HTTPRoute.class);
        assertThat(route.getSpec().getHostnames()).isNullOrEmpty();
        assertThat(route.getSpec().getRules()).allSatisfy(r -> assertThat(r.getBackendRefs().get(0).getPort()).isNull());
    }

    @Test
    void the_gateways_pods_reach_the_routed_ports_and_nothing_else() {
        app.httpRoute("web").parent(gw).route("/", Weighted.of(web, 90), Weighted.of(next, 10));
        app.grpcRoute("cart").parent(app.gateway("infra", "public").podsIn("envoy-gateway-system")).service("shop.Cart", cart);
        app.gatewayPods("gateway.networking.k8s.io/gateway-name", "public");
        Manifests m = app.render();
        String web = compact(policy(m, "web").getSpec().getIngress());
        assertThat(web).isEqualTo("[{\"from\":[{\"namespaceSelector\":{\"matchLabels\":{\"kubernetes.io/metadata.name\":"
                + "\"infra\"}},\"podSelector\":{\"matchLabels\":{\"gateway.networking.k8s.io/gateway-name\":\"public\"}}}],"
                + "\"ports\":[{\"port\":8080,\"protocol\":\"TCP\"}]}]");
        assertThat(compact(policy(m, "web-next").getSpec().getIngress())).isEqualTo(web);
        // the gRPC port only, from the namespace the pods run in; not the metrics port, not ingress-nginx
        assertThat(compact(policy(m, "cart").getSpec().getIngress())).isEqualTo(
                "[{\"from\":[{\"namespaceSelector\":{\"matchLabels\":{\"kubernetes.io/metadata.name\":"
                + "\"envoy-gateway-system\"}},\"podSelector\":{\"matchLabels\":{\"gateway.networking.k8s.io/gateway-name\":"
                + "\"public\"}}}],\"ports\":[{\"port\":50051,\"protocol\":\"TCP\"}]}]");
        assertThat(m.toYaml()).doesNotContain("ingress-nginx");
    }

    @Test
    void without_gateway_pods_every_pod_of_the_gateways_namespace_is_admitted_and_ingress_keeps_its_rule() {
        app.httpRoute("web").parent(gw).route("/", web);
        app.ingress("web").route("/", web);
        NetworkPolicy p = policy(app.render(), "web");
        assertThat(p.getSpec().getIngress()).hasSize(2);
        assertThat(p.getSpec().getIngress().get(0).getFrom().get(0).getNamespaceSelector().getMatchLabels())
                .containsEntry("kubernetes.io/metadata.name", "ingress-nginx");
        assertThat(p.getSpec().getIngress().get(1).getFrom().get(0).getNamespaceSelector().getMatchLabels())
                .containsEntry("kubernetes.io/metadata.name", "infra");
        assertThat(p.getSpec().getIngress().get(1).getFrom().get(0).getPodSelector()).isNull();
    }

    @Test
    void a_route_can_be_customized_with_fabric8s_class_and_a_change_rolls_nothing() {
        app.httpRoute("web").parent(gw).route("/", web)
                .customize(HTTPRoute.class, r -> r.getMetadata().getAnnotations().put("example.com/team", "shop"));
        Manifests before = app.render();
        HTTPRoute route = (HTTPRoute) before.objects().stream().filter(o -> o.getKind().equals("HTTPRoute")).findFirst()
                .orElseThrow();
        assertThat(route.getMetadata().getAnnotations()).containsEntry("example.com/team", "shop");
        App changed = Shipshape.app("shop").namespace("shop");
        WebService w2 = changed.webService("web", IMAGE).port("http", 8080, 80).resources(SMALL)
                .readinessProbe(Probe.http("/", "http"));
        changed.webService("web-next", IMAGE).port("http", 8080, 80).resources(SMALL).readinessProbe(Probe.http("/", "http"));
        changed.webService("cart", IMAGE).port("grpc", 50051, 5000).port("metrics", 9090).resources(SMALL)
                .readinessProbe(Probe.grpc("grpc"));
        changed.httpRoute("web").parent(changed.gateway("infra", "public")).route("/v2", w2)
                .customize(HTTPRoute.class, r -> r.getMetadata().getAnnotations().put("example.com/team", "shop"));
        var diff = changed.render().diff(before);
        assertThat(diff.rolls()).isEmpty();
        assertThat(diff.describe()).contains("HTTPRoute/web changed; no pod rolls because of it");
    }

    private static NetworkPolicy policy(Manifests m, String name) {
        List<HasMetadata> policies = m.objects().stream()
                .filter(o -> o instanceof NetworkPolicy && o.getMetadata().getName().equals(name)).toList();
        return (NetworkPolicy) policies.get(0);
    }

    /** Compact JSON of a fabric8 object, as its serializer writes it. */
    private static String compact(Object o) {
        return Serialization.json().readTree(Serialization.json().writeValueAsString(o)).toString();
    }

    @Test
    void the_crd_oracle_refuses_what_the_schema_refuses() {
        String route = """
                {"apiVersion":"gateway.networking.k8s.io/v1","kind":"HTTPRoute","metadata":{"name":"x"},
                 "spec":{"hostnames":["-bad.example.com"],"rules":[{"backendRefs":[{"name":"web","port":80,"weight":2000000}]}]}}""";
        assertThat(GatewayApiCrds.errors("HTTPRoute", route)).hasSize(2)
                .anySatisfy(e -> assertThat(e).contains("hostnames").contains("pattern"))
                .anySatisfy(e -> assertThat(e).contains("weight").contains("1000000"));
        assertThat(GatewayApiCrds.errors("GRPCRoute", route.replace("HTTPRoute", "GRPCRoute"))).isNotEmpty();
    }
}
