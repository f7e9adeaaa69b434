package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.validation.Violation;
import dev.shipshape.validation.YamlCheck;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests of {@link RouteConflict}: two routes, one match, one parent, one host. */
class RouteConflictTest extends YamlCheck {

    private static String route(String name, String parent, String hosts, String path) {
        return """
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {name: %s, namespace: web}
                spec:
                  parentRefs: [%s]
                %s  rules:
                  - matches: [{path: {value: %s}}]
                    backendRefs: [{name: %s, port: 8080}]
                """.formatted(name, parent, hosts.isEmpty() ? "" : "  hostnames: " + hosts + "\n", path, name);
    }

    private List<Violation> conflicts(String... routes) throws IOException {
        return found("route.conflict", String.join("---\n", routes));
    }

    private static final String GW = "{name: public, namespace: infra}";

    @Test
    void two_routes_claiming_one_prefix_on_one_gateway_and_host() throws IOException {
        List<Violation> found = conflicts(route("shop-b", GW, "[shop.example.com]", "/api/"),
                route("shop-a", GW, "[Shop.Example.com]", "/api"));
        assertThat(found).singleElement().satisfies(v -> {
            // reported on the route that sorts later: web/shop-b
            assertThat(v.path()).endsWith("HTTPRoute:shop-b/spec.rules[0].matches[0]");
            assertThat(v.message()).isEqualTo("line 8: PathPrefix /api on Gateway gateway.networking.k8s.io infra/public"
                    + " for host shop.example.com is claimed by HTTPRoute web/shop-a too; the older of the two gets every"
                    + " request, and in files nothing says which is older.");
            assertThat(v.fix()).isEqualTo("give HTTPRoute shop-b a hostname or path of its own, or merge it into shop-a");
        });
    }

    @Test
    void routes_without_hostnames_conflict_on_their_parent() throws IOException {
        assertThat(conflicts(route("a", GW, "", "/"), route("b", GW, "", "/"))).hasSize(1);
    }

    @Test
    void another_host_listener_gateway_or_path_is_no_conflict() throws IOException {
        assertThat(conflicts(route("a", GW, "[a.example.com]", "/"), route("b", GW, "[b.example.com]", "/"))).isEmpty();
        // a specific hostname outranks a wildcard or none: the Gateway API picks it first, so no tie
        assertThat(conflicts(route("a", GW, "[a.example.com]", "/"), route("b", GW, "['*.example.com']", "/"))).isEmpty();
        assertThat(conflicts(route("a", GW, "[a.example.com]", "/"), route("b", GW, "", "/"))).isEmpty();
        assertThat(conflicts(route("a", "{name: public, namespace: infra, sectionName: https}", "", "/"),
                route("b", "{name: public, namespace: infra, sectionName: http}", "", "/"))).isEmpty();
        assertThat(conflicts(route("a", GW, "", "/"), route("b", "{name: internal, namespace: infra}", "", "/"))).isEmpty();
        assertThat(conflicts(route("a", "{name: public, namespace: infra, port: 443}", "", "/"),
                route("b", "{name: public, namespace: infra, port: 80}", "", "/"))).isEmpty();
        assertThat(conflicts(route("a", GW, "", "/a"), route("b", GW, "", "/b"))).isEmpty();
        // the same route written twice (alternative files) is one object: name.duplicate's to report
        assertThat(conflicts(route("a", GW, "", "/"), route("a", GW, "", "/"))).isEmpty();
    }

    @Test
    void the_parents_namespace_defaults_to_the_routes() throws IOException {
        assertThat(conflicts(route("a", "{name: public}", "", "/"), route("b", "{name: public, namespace: web}", "", "/")))
                .hasSize(1);
    }

    @Test
    void an_http_and_a_grpc_route_are_never_compared() throws IOException {
        String grpc = """
                apiVersion: gateway.networking.k8s.io/v1
                kind: GRPCRoute
                metadata: {name: b, namespace: web}
                spec:
                  parentRefs: [{name: public, namespace: infra}]
                  rules: [{}]
                """;
        assertThat(conflicts(route("a", GW, "", "/"), grpc)).isEmpty();
        assertThat(conflicts(grpc, grpc.replace("name: b,", "name: c,"))).singleElement().extracting(Violation::message)
                .asString().startsWith("line 13: every request on Gateway").contains("claimed by GRPCRoute web/b too");
    }
}
