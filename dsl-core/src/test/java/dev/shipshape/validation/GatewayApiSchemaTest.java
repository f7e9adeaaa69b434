package dev.shipshape.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.Shipshape;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Gateway API objects in {@code check}: held to the standard-channel CRDs of the release Shipshape ships, without the
 * CRDs among the inputs. The oracle for what is valid is upstream's own examples of that release, which its CI applies
 * against those CRDs.
 */
class GatewayApiSchemaTest extends YamlCheck {

    private static final String ROUTE = """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata:
              name: shop
            spec:
              parentRefs:
              - name: public
                namespace: infra
              hostnames: ["shop.example.com"]
              rules:
              - matches:
                - path: {type: PathPrefix, value: /api}
                backendRefs:
                - name: api
                  port: 8080
            """;

    private static List<Violation> refusals(List<Violation> all) {
        return all.stream().filter(v -> v.rule().startsWith("api.") && !v.rule().equals("api.unchecked")).toList();
    }

    @Test
    void upstreams_examples_of_the_release_are_valid() throws IOException, URISyntaxException {
        java.net.URI uri = GatewayApiSchemaTest.class.getResource("/gateway-api/examples/standard").toURI();
        if (uri.getScheme().equals("jar")) {
            // from dsl-core's test jar (mutation testing runs these tests from dsl-examples): check inside the jar
            try {
                java.nio.file.FileSystems.getFileSystem(uri);
            } catch (java.nio.file.FileSystemNotFoundException e) {
                java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of());
            }
        }
        Path examples = Path.of(uri);
        try (Stream<Path> files = Files.walk(examples)) {
            assertThat(files.filter(f -> f.toString().endsWith(".yaml")).count()).isEqualTo(79);
        }
        List<Violation> found = Shipshape.check(examples);
        assertThat(refusals(found)).isEmpty();
        assertThat(found).noneMatch(v -> v.rule().equals("api.unchecked"));
        assertThat(found).noneMatch(v -> v.rule().equals("input.unreadable"));
    }

    @Test
    void a_valid_route_is_checked_and_passes() throws IOException {
        List<Violation> found = Shipshape.check(write("route.yaml", ROUTE));
        assertThat(refusals(found)).isEmpty();
        assertThat(found).noneMatch(v -> v.rule().equals("api.unchecked"));
    }

    @Test
    void a_typo_is_an_unknown_field_at_its_line() throws IOException {
        List<Violation> found = api(Shipshape.check(write("route.yaml", ROUTE.replace("hostnames:", "hostname:"))));
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("api.field-unknown");
            assertThat(v.path()).endsWith("HTTPRoute:shop/spec.hostname");
            assertThat(v.message()).startsWith("line 9: unknown field \"hostname\"").contains("hostnames");
        });
    }

    @Test
    void a_path_type_outside_the_enumeration_and_a_port_of_the_wrong_type_are_refused() throws IOException {
        String yaml = ROUTE.replace("type: PathPrefix", "type: Prefix").replace("port: 8080", "port: \"8080\"");
        List<Violation> found = refusals(Shipshape.check(write("route.yaml", yaml)));
        assertThat(found).extracting(Violation::rule)
                .containsExactlyInAnyOrder("api.value-unsupported", "api.field-type");
        assertThat(found).anySatisfy(v -> assertThat(v.message()).contains("Prefix").contains("PathPrefix"));
    }

    @Test
    void a_missing_required_field_is_refused() throws IOException {
        String yaml = ROUTE.replace("    - name: api\n      port: 8080\n", "    - port: 8080\n");
        assertThat(yaml).isNotEqualTo(ROUTE);
        assertThat(refusals(Shipshape.check(write("route.yaml", yaml)))).extracting(Violation::rule)
                .containsExactly("api.field-required");
    }

    @Test
    void a_version_the_release_does_not_serve_is_unchecked_and_says_why() throws IOException {
        String yaml = ROUTE.replace("gateway.networking.k8s.io/v1", "gateway.networking.k8s.io/v1alpha2");
        List<Violation> found = Shipshape.check(write("route.yaml", yaml));
        assertThat(found).filteredOn(v -> v.rule().equals("api.unchecked")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("v1.6.1").contains("v1alpha2").contains("v1, v1beta1"));
        assertThat(refusals(found)).isEmpty();
    }

    @Test
    void a_crd_among_the_inputs_takes_precedence_over_the_shipped_one() throws IOException {
        // an experimental-channel cluster: its own CRD, here one that accepts any field
        write("crd.yaml", """
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata:
                  name: httproutes.gateway.networking.k8s.io
                spec:
                  group: gateway.networking.k8s.io
                  names: {kind: HTTPRoute, plural: httproutes}
                  scope: Namespaced
                  versions:
                  - name: v1
                    served: true
                    storage: true
                    schema:
                      openAPIV3Schema:
                        type: object
                        x-kubernetes-preserve-unknown-fields: true
                """);
        write("route.yaml", ROUTE.replace("hostnames:", "hostname:"));
        assertThat(refusals(Shipshape.check(tmp))).isEmpty();
    }
}
