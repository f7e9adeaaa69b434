package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.WebService;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import dev.shipshape.validation.YamlCheck;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests of {@link RouteParentMissing}: a route that names no parent is served by no Gateway. */
class RouteParentMissingTest extends YamlCheck {

    @Test
    void a_route_read_without_parent_refs_is_an_error_naming_the_field() throws IOException {
        String route = RouteYaml.route("name: api, port: 8080").replace("  parentRefs: [{name: public, namespace: infra}]\n", "");
        List<Violation> found = found("route.parent-missing", RouteYaml.SERVICE + "---\n" + route);
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.path()).endsWith("HTTPRoute:shop/spec.parentRefs");
            assertThat(v.message()).isEqualTo("HTTPRoute shop attaches to no Gateway, so no Gateway serves it: its requests"
                    + " go nowhere.");
            assertThat(v.fix()).startsWith("add spec.parentRefs: [{name: <gateway>, namespace: <its namespace>}]");
            assertThat(v.isError()).isTrue();
        });
        assertThat(found("route.parent-missing", route.replace("kind: HTTPRoute", "kind: GRPCRoute")
                .replace("spec:\n", "spec:\n  parentRefs: []\n"))).hasSize(1);
    }

    @Test
    void a_route_with_a_parent_is_not_reported() throws IOException {
        assertThat(found("route.parent-missing", RouteYaml.SERVICE + "---\n" + RouteYaml.route("name: api, port: 8080"))).isEmpty();
    }

    @Test
    void an_app_route_without_parent_says_how_to_attach_it() {
        App app = Shipshape.app("shop");
        WebService web = Fixture.webService(app, "web", "http");
        app.httpRoute("web").route("/", web);
        app.grpcRoute("rpc").parent(app.gateway("infra", "public")).service("shop.Cart", web);
        assertThat(app.validate()).filteredOn(v -> v.rule().equals("route.parent-missing")).singleElement()
                .satisfies(v -> {
                    assertThat(v.path()).isEqualTo("shop/httpRoute:web/spec.parentRefs");
                    assertThat(v.fix()).isEqualTo("attach it: .httpRoute(\"web\").parent(app.gateway(\"<namespace>\","
                            + " \"<gateway>\")).");
                });
    }
}
