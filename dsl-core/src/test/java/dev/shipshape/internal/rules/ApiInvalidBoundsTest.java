package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.HttpRoute;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.WebService;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.YamlCheck;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The part of {@link ApiInvalid} that applies a CRD schema's bounds ({@code maxItems}, {@code pattern},
 * {@code maximum}, …) and the Gateway API's limit on the matches of a route, to routes read and rendered.
 */
class ApiInvalidBoundsTest extends YamlCheck {

    private List<String> invalid(String yaml) throws IOException {
        // the Service is lines 1-6 (with the separator), so the route starts on line 7
        return found("api.invalid", RouteYaml.SERVICE + "---\n" + yaml).stream()
                .map(v -> v.path().substring(v.path().indexOf("HTTPRoute:")) + " " + v.message()).toList();
    }

    @Test
    void hostnames_weights_and_counts_outside_the_schema_are_refused_with_their_line() throws IOException {
        String route = RouteYaml.route("name: api, port: 8080, weight: 2000000")
                .replace("spec:\n", "spec:\n  hostnames: [\"-shop.example.com\", \"shop.example.com\"]\n");
        assertThat(invalid(route)).containsExactlyInAnyOrder(
                "HTTPRoute:shop/spec.hostnames[0] line 11: Invalid value: \"-shop.example.com\": spec.hostnames[0] in body"
                        + " should match '^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'; the API server"
                        + " refuses the HTTPRoute (its CustomResourceDefinition's schema).",
                "HTTPRoute:shop/spec.rules[0].backendRefs[0].weight line 15: Invalid value: 2000000:"
                        + " spec.rules[0].backendRefs[0].weight in body should be less than or equal to 1000000; the API"
                        + " server refuses the HTTPRoute (its CustomResourceDefinition's schema).");
        StringBuilder rules = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            rules.append("  - matches: [{path: {type: PathPrefix, value: /r").append(i).append("}}]\n");
        }
        String many = RouteYaml.route("name: api, port: 8080").replaceAll("(?s)  rules:\n.*", "  rules:\n" + rules);
        assertThat(invalid(many)).containsExactly("HTTPRoute:shop/spec.rules line 12: Too many: 17: must have at most 16"
                + " items; the API server refuses the HTTPRoute (its CustomResourceDefinition's schema).");
        assertThat(invalid(RouteYaml.route("name: api, port: 8080, weight: 1000000")
                .replace("spec:\n", "spec:\n  hostnames: [\"*.shop.example.com\"]\n"))).isEmpty();
    }

    @Test
    void more_than_128_matches_in_a_route_is_the_crds_cel_rule() throws IOException {
        StringBuilder rules = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            rules.append("  - matches: [");
            for (int m = 0; m < 9; m++) {
                rules.append(m == 0 ? "" : ", ").append("{path: {value: /r").append(i).append('/').append(m).append("}}");
            }
            rules.append("]\n");
        }
        String route = RouteYaml.route("name: api, port: 8080").replaceAll("(?s)  rules:\n.*", "  rules:\n" + rules);
        assertThat(invalid(route)).singleElement().asString().isEqualTo("HTTPRoute:shop/spec.rules line 13: While 16 rules"
                + " and 64 matches per rule are allowed, the total number of matches across all rules in a route must be"
                + " less than 128 (it has 144); the API server refuses the HTTPRoute (a CEL rule of the Gateway API's CRD).");
    }

    @Test
    void a_rendered_route_with_a_17th_rule_is_refused_and_told_to_split() {
        App app = Shipshape.app("shop");
        WebService web = Fixture.webService(app, "web", "http");
        HttpRoute route = app.httpRoute("web").parent(app.gateway("infra", "public"));
        for (int i = 0; i < 16; i++) {
            route.route("/r" + i, web);
        }
        assertThat(app.validate()).noneMatch(v -> v.rule().equals("api.invalid"));
        route.route("/r16", web);
        assertThat(app.validate()).filteredOn(v -> v.rule().equals("api.invalid")).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("shop/httpRoute:web/spec.rules");
            assertThat(v.message()).isEqualTo("Too many: 17: must have at most 16 items; the API server refuses the"
                    + " HTTPRoute (its CustomResourceDefinition's schema).");
            assertThat(v.fix()).isEqualTo("split the route: a route has at most 16 rules (app.httpRoute(\"…-2\") for the rest).");
        });
    }

    @Test
    void lengths_and_minimum_counts_are_bounds_too() throws IOException {
        String label = "a".repeat(63);
        String longest = String.join(".", label, label, label, "a".repeat(61));   // 253 characters, a valid name
        String route = RouteYaml.route("name: api, port: 8080").replace("spec:\n", "spec:\n  hostnames: [\"%s\"]\n");
        assertThat(invalid(route.formatted(longest))).isEmpty();
        assertThat(invalid(route.formatted(longest + "a"))).containsExactly("HTTPRoute:shop/spec.hostnames[0] line 11:"
                + " Too long: may not be more than 253 bytes (it has 254 characters); the API server refuses the HTTPRoute"
                + " (its CustomResourceDefinition's schema).");
        assertThat(invalid(route.formatted(""))).hasSize(2).anySatisfy(m -> assertThat(m).contains("Invalid value: \"\":"
                + " spec.hostnames[0] in body should be at least 1 chars long"));
        String none = RouteYaml.route("name: api, port: 8080").replaceAll("(?s)  rules:\n.*", "  rules: []\n");
        assertThat(invalid(none)).containsExactly("HTTPRoute:shop/spec.rules line 12: Invalid value: 0: spec.rules in body"
                + " should have at least 1 items; the API server refuses the HTTPRoute (its CustomResourceDefinition's schema).");
    }
}
