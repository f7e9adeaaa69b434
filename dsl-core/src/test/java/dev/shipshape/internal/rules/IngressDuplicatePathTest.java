package dev.shipshape.internal.rules;

import static dev.shipshape.testing.CheckedYaml.WEB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.testing.CheckedYaml;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tests of {@link IngressDuplicatePath}: where it fires, where it does not, and what it says. */
class IngressDuplicatePathTest {

    @TempDir
    Path tmp;

    /** {@code path | message | fix} of {@code rule}'s findings, the file written as {@code m.yaml}. */
    private List<String> check(String rule, String yaml) throws IOException {
        return CheckedYaml.findings(tmp, rule, yaml);
    }

    private static final String API = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api}
            spec:
              selector: {matchLabels: {app: api}}
              template:
                metadata: {labels: {app: api}}
                spec:
                  containers:
                  - name: a
                    image: "my-repo/a:1"
                    resources:
                      requests: {cpu: "1", memory: 1Gi}
                      limits: {cpu: 800m, memory: 1Gi}
            ---
            """;

    @Test
    void ingresses_without_spec_with_odd_paths_and_classes_by_annotation() throws IOException {
        String routes = """
                  rules:
                  - host: shop.example.com
                    http:
                      paths:
                      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
                      - {path: /a, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
                      - {path: /b, pathType: Exact, backend: {service: {name: web, port: {number: 80}}}}
                      - {path: /c, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
                      - {path: "/d\u00a0e", pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
                      - {path: api, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
                """;
        String yaml = WEB + """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: bare}
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: one, annotations: {kubernetes.io/ingress.class: nginx}}
                spec:
                """ + routes + """
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: two, annotations: {kubernetes.io/ingress.class: nginx}}
                spec:
                """ + routes + """
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: three, annotations: {kubernetes.io/ingress.class: traefik}}
                spec:
                """ + routes;
        assertThat(check("ingress.empty", yaml)).containsExactly("m.yaml#L32/Ingress:bare | Ingress bare has no routes and no"
                + " default backend; the API server refuses it. | add rules or a defaultBackend, or remove the Ingress.");
        String order = "/host:shop.example.com/route:/ | route '/' (Prefix, position 1) also matches the later routes '/a'"
                + " (Prefix, position 2), '/b' (Exact, position 3), '/c' (Prefix, position 4) and 1 more; a controller that"
                + " routes by order would never reach them. | put the more specific route first: move '/a' above '/'.";
        assertThat(check("ingress.path-order", yaml)).as("the path without a leading slash is not compared")
                .containsExactly("m.yaml#L36/Ingress:one" + order, "m.yaml#L51/Ingress:two" + order, "m.yaml#L66/Ingress:three" + order);
        String space = "/host:shop.example.com/route:/d\u00a0e | path '/d\u00a0e' contains white space or control characters;"
                + " the API server accepts it, but no HTTP request line carries them unencoded, so the route would never match."
                + " | remove them, or write them percent-encoded as requests carry them (a space is %20).";
        String relative = "/host:shop.example.com/route:api | path 'api' does not start with '/'; the API server rejects it. |"
                + " write an absolute, normalized path such as '/api' (no empty, '.' or '..' segments, no encoded '/').";
        assertThat(check("ingress.path-invalid", yaml)).as("a no-break space is a space").containsExactly(
                "m.yaml#L36/Ingress:one" + space, "m.yaml#L36/Ingress:one" + relative, "m.yaml#L51/Ingress:two" + space,
                "m.yaml#L51/Ingress:two" + relative, "m.yaml#L66/Ingress:three" + space, "m.yaml#L66/Ingress:three" + relative);
        List<String> duplicates = new java.util.ArrayList<>();
        for (String path : List.of("/", "/a", "/b", "/c", "/d\u00a0e", "api")) {
            String route = "/host:shop.example.com/route:" + path;
            duplicates.add("m.yaml#L51/Ingress:two" + route + " | " + (path.equals("/b") ? "Exact" : "Prefix") + " path '" + path
                    + "' on host shop.example.com is also routed by Ingress/one (m.yaml#L36/Ingress:one" + route + "); the ingress"
                    + " controller serves only one of the two. | route the path in one Ingress only, or give the Ingresses"
                    + " different hosts or ingress classes.");
        }
        assertThat(check("ingress.duplicate-path", yaml)).as("one and two share the class nginx by annotation; three is traefik")
                .containsExactlyElementsOf(duplicates);
    }

    @Test
    void two_ingresses_of_one_class_claiming_one_host_and_path_are_reported() {
        Fixture f = new Fixture();
        f.app.ingress("second").host("shop.example.com").route("/", f.web);
        Violation v = f.only("ingress.duplicate-path");
        assertThat(v.path()).isEqualTo("shop/ingress:web/host:shop.example.com/route:/");
        assertThat(v.message()).contains("is also routed by Ingress/second");
        Fixture classes = new Fixture();
        classes.app.ingress("internal").ingressClassName("internal").host("shop.example.com").route("/", classes.web);
        assertThat(classes.violations()).as("another ingress class is another controller").isEmpty();
    }
}
