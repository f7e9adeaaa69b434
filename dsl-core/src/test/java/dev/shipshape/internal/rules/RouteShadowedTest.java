package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.Shipshape;
import dev.shipshape.validation.Violation;
import dev.shipshape.validation.YamlCheck;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests of {@link RouteShadowed}: the Gateway API's notion of "the same match", and where it is reported. */
class RouteShadowedTest extends YamlCheck {

    private static String route(String rules) {
        return """
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {name: shop, namespace: web}
                spec:
                  parentRefs: [{name: public, namespace: infra}]
                  hostnames: [shop.example.com]
                  rules:
                """ + rules.indent(2);
    }

    private List<Violation> shadowed(String yaml) throws IOException {
        return found("route.shadowed", yaml);
    }

    @Test
    void the_same_prefix_in_a_later_rule_never_wins() throws IOException {
        List<Violation> found = shadowed(route("""
                - matches: [{path: {type: PathPrefix, value: /api}}]
                  backendRefs: [{name: api, port: 8080}]
                - matches: [{path: {value: /api/}}]
                  backendRefs: [{name: api-v2, port: 8080}]
                """));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.path()).endsWith("HTTPRoute:shop/spec.rules[1].matches[0]");
            assertThat(v.message()).isEqualTo("line 10: PathPrefix /api is matched first by spec.rules[0].matches[0] of"
                    + " the same HTTPRoute, so this rule never receives a request.");
            assertThat(v.fix()).isEqualTo("remove spec.rules[1].matches[0], or move its backends and filters into spec.rules[0]");
        });
    }

    @Test
    void header_names_in_any_case_and_any_order_are_the_same_match() throws IOException {
        assertThat(shadowed(route("""
                - matches:
                  - path: {value: /}
                    headers: [{name: X-Canary, value: "true"}, {name: x-env, value: prod}]
                - matches:
                  - headers: [{name: x-env, value: prod}, {name: x-canary, type: Exact, value: "true"}]
                """))).singleElement().extracting(Violation::path).asString().endsWith("spec.rules[1].matches[0]");
    }

    @Test
    void a_rule_without_matches_matches_everything_as_a_prefix_of_slash_does() throws IOException {
        assertThat(shadowed(route("""
                - backendRefs: [{name: web, port: 80}]
                - matches: [{path: {type: PathPrefix, value: /}}]
                """))).singleElement().extracting(Violation::message).asString()
                .contains("PathPrefix / is matched first by spec.rules[0] of");
        assertThat(shadowed(route("""
                - matches: [{path: {value: /a}}, {path: {value: /a}}]
                """))).singleElement().extracting(Violation::fix).asString()
                .isEqualTo("remove the duplicate match from spec.rules[0].matches[1]");
    }

    @Test
    void the_line_is_the_matchs_own() throws IOException {
        assertThat(shadowed(route("""
                - matches:
                  - path: {value: /a}
                - matches:
                  - path: {value: /a}
                  - headers: [{name: x, value: "1"}]
                """))).singleElement().extracting(Violation::message).asString().startsWith("line 11: PathPrefix /a");
    }

    @Test
    void what_differs_is_not_shadowed() throws IOException {
        assertThat(shadowed(route("""
                - matches: [{path: {type: Exact, value: /api}}]
                - matches: [{path: {type: PathPrefix, value: /api}}]
                - matches: [{path: {type: Exact, value: /api/}}]
                - matches: [{path: {value: /api}, method: GET}]
                - matches: [{path: {value: /api}, headers: [{name: x, value: "1"}]}]
                - matches: [{path: {value: /api}, headers: [{name: x, value: "2"}]}]
                - matches: [{path: {value: /api}, headers: [{name: x, type: RegularExpression, value: "1"}]}]
                - matches: [{path: {value: /api}, queryParams: [{name: Q, value: "1"}]}]
                - matches: [{path: {value: /api}, queryParams: [{name: q, value: "1"}]}]
                - matches: [{path: {value: /apis}}]
                """))).isEmpty();
    }

    @Test
    void grpc_methods_default_to_exact_and_an_empty_rule_matches_every_call() throws IOException {
        String grpc = """
                apiVersion: gateway.networking.k8s.io/v1
                kind: GRPCRoute
                metadata: {name: cart}
                spec:
                  parentRefs: [{name: public}]
                  rules:
                  - matches: [{method: {service: hipstershop.CartService, method: AddItem}}]
                  - matches: [{method: {type: Exact, service: hipstershop.CartService, method: AddItem}}]
                  - matches: [{method: {service: hipstershop.CartService}}]
                  - {}
                  - {}
                """;
        assertThat(shadowed(grpc)).extracting(v -> v.path().substring(v.path().indexOf("spec.")))
                .containsExactly("spec.rules[1].matches[0]", "spec.rules[4]");
    }

    @Test
    void an_included_route_is_checked_too() {
        GenericKubernetesResource route = dev.shipshape.internal.yaml.Serialization.yaml().readValue("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {name: shop}
                spec:
                  rules:
                  - matches: [{path: {value: /a}}]
                  - matches: [{path: {value: /a/}}]
                """, GenericKubernetesResource.class);
        List<Violation> found = Shipshape.app("shop").include(route).validate().stream()
                .filter(v -> v.rule().equals("route.shadowed")).toList();
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("shop/HTTPRoute:shop/spec.rules[1].matches[0]");
            assertThat(v.message()).startsWith("PathPrefix /a is matched first");
        });
    }
}
