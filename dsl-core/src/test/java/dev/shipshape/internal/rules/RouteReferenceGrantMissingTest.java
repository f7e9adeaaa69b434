package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.Shipshape;
import dev.shipshape.internal.yaml.Serialization;
import dev.shipshape.validation.Violation;
import dev.shipshape.validation.YamlCheck;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests of {@link RouteReferenceGrantMissing}: which grants permit a backend in another namespace. */
class RouteReferenceGrantMissingTest extends YamlCheck {

    private static final String CROSS = RouteYaml.route("name: api, namespace: shared, port: 8080");

    private List<Violation> missing(String... docs) throws IOException {
        return found("route.reference-grant-missing", String.join("---\n", docs));
    }

    @Test
    void a_grant_that_does_not_permit_the_backend_is_an_error() throws IOException {
        List<Violation> found = missing(CROSS, RouteYaml.grant("shared", "GRPCRoute", "web", ""));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.path()).endsWith("HTTPRoute:shop/spec.rules[0].backendRefs[0]");
            assertThat(v.message()).isEqualTo("line 8: routes to Service shared/api in another namespace, and no"
                    + " ReferenceGrant in shared permits it, so the Gateway API ignores this backend (RefNotPermitted).");
            assertThat(v.fix()).isEqualTo("add to namespace shared a ReferenceGrant from {group: gateway.networking.k8s.io,"
                    + " kind: HTTPRoute, namespace: web} to {group: '', kind: Service, name: api}");
        });
        assertThat(missing(CROSS, RouteYaml.grant("shared", "HTTPRoute", "other", ""))).hasSize(1);
        assertThat(missing(CROSS, RouteYaml.grant("shared", "HTTPRoute", "web", ", name: db"))).hasSize(1);
    }

    @Test
    void a_grant_for_the_kind_namespace_and_service_or_all_services_permits_it() throws IOException {
        assertThat(missing(CROSS, RouteYaml.grant("shared", "HTTPRoute", "web", ""))).isEmpty();
        assertThat(missing(CROSS, RouteYaml.grant("shared", "HTTPRoute", "web", ", name: api"))).isEmpty();
        assertThat(missing(CROSS, RouteYaml.grant("shared", "HTTPRoute", "web", ""),
                RouteYaml.grant("shared", "GRPCRoute", "web", "").replace("name: routes", "name: grpc"))).isEmpty();
    }

    @Test
    void in_files_without_any_grant_there_it_is_left_to_reference_outside_manifests() throws IOException {
        assertThat(missing(CROSS)).isEmpty();
        assertThat(missing(CROSS, RouteYaml.grant("elsewhere", "HTTPRoute", "web", ""))).isEmpty();
        assertThat(missing(RouteYaml.route("name: api, port: 8080"))).isEmpty();   // same namespace: no grant needed
    }

    @Test
    void in_an_app_a_missing_grant_is_an_error() {
        GenericKubernetesResource route = Serialization.yaml().readValue(CROSS, GenericKubernetesResource.class);
        List<Violation> found = Shipshape.app("shop").include(route).validate().stream()
                .filter(v -> v.rule().equals("route.reference-grant-missing")).toList();
        assertThat(found).singleElement().extracting(Violation::message).asString()
                .isEqualTo("routes to Service shared/api in another namespace, and there is no ReferenceGrant in shared,"
                        + " so the Gateway API ignores this backend (RefNotPermitted).");
        GenericKubernetesResource local = Serialization.yaml().readValue(RouteYaml.route("name: api, port: 8080"),
                GenericKubernetesResource.class);
        assertThat(Shipshape.app("shop").include(local).validate()).noneMatch(v -> v.rule().equals("route.reference-grant-missing"));
    }
}
