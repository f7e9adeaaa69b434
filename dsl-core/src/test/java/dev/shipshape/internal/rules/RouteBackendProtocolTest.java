package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.WebService;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Severity;
import dev.shipshape.validation.Violation;
import dev.shipshape.validation.YamlCheck;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests of {@link RouteBackendProtocol}: GRPCRoute backends on ports that say they speak something else. */
class RouteBackendProtocolTest extends YamlCheck {

    private static String grpc(String portFields) {
        return """
                apiVersion: v1
                kind: Service
                metadata: {name: api, namespace: web}
                spec:
                  ports: [{port: 8080, targetPort: 8080, %s}]
                ---
                """.formatted(portFields) + RouteYaml.route("name: api, port: 8080").replace("kind: HTTPRoute", "kind: GRPCRoute");
    }

    @Test
    void a_port_whose_name_or_app_protocol_says_another_protocol_is_a_warning() throws IOException {
        List<Violation> found = found("route.backend-protocol", grpc("name: http"));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.path()).endsWith("GRPCRoute:shop/spec.rules[0].backendRefs[0]");
            assertThat(v.message()).isEqualTo("line 14: sends gRPC calls to port 8080 of Service api, but its name 'http'"
                    + " says http, not gRPC (HTTP/2): the Gateway's calls would fail.");
            assertThat(v.fix()).isEqualTo("route to the port that serves gRPC, or set its appProtocol: kubernetes.io/h2c"
                    + " (or name it grpc).");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(found("route.backend-protocol", grpc("name: grpc, appProtocol: kubernetes.io/ws")))
                .singleElement().extracting(Violation::message).asString().contains("its appProtocol is kubernetes.io/ws");
        assertThat(found("route.backend-protocol", grpc("name: redis-main"))).hasSize(1);
    }

    @Test
    void grpc_http2_unknown_names_and_http_routes_are_not_reported() throws IOException {
        for (String ok : List.of("name: grpc", "name: grpc-web", "name: http2-api", "name: api", "name: http, appProtocol: kubernetes.io/h2c",
                "name: h2c")) {
            assertThat(found("route.backend-protocol", grpc(ok))).as(ok).isEmpty();
        }
        assertThat(found("route.backend-protocol", RouteYaml.SERVICE + "---\n" + RouteYaml.route("name: api, port: 8080")))
                .isEmpty();
    }

    @Test
    void the_protocol_a_port_says() {
        assertThat(RouteBackendProtocol.protocol(port("grpc-web-ui", null))).contains("grpc-web");
        assertThat(RouteBackendProtocol.protocol(port("HTTPS", null))).contains("https");
        assertThat(RouteBackendProtocol.protocol(port("web", null))).isEmpty();
        assertThat(RouteBackendProtocol.protocol(port(null, null))).isEmpty();
        assertThat(RouteBackendProtocol.protocol(port("http", "GRPC"))).contains("grpc");
        assertThat(RouteBackendProtocol.protocol(port("http", ""))).contains("http");
    }

    @Test
    void an_app_route_to_a_port_named_http_says_how_to_name_the_grpc_port() {
        App app = Shipshape.app("shop");
        WebService cart = Fixture.webService(app, "cart", "http");
        app.grpcRoute("rpc").parent(app.gateway("infra", "public")).service("shop.Cart", cart);
        assertThat(app.validate()).filteredOn(v -> v.rule().equals("route.backend-protocol")).singleElement()
                .satisfies(v -> {
                    assertThat(v.path()).isEqualTo("shop/grpcRoute:rpc/spec.rules[0].backendRefs[0]");
                    assertThat(v.fix()).isEqualTo("route to the port that serves gRPC (.service(\"…\", cart, \"grpc\")),"
                            + " or name that port 'grpc'.");
                });
    }

    private static ServicePort port(String name, String appProtocol) {
        return new ServicePortBuilder().withName(name).withAppProtocol(appProtocol).withPort(80).build();
    }
}
