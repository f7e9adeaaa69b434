package dev.shipshape.internal.rules;

import static dev.shipshape.testing.CheckedYaml.WEB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.shipshape.testing.CheckedYaml;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tests of {@link IngressEmpty}: where it fires, where it does not, and what it says. */
class IngressEmptyTest {

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
    void ingress_rules_need_paths_when_they_have_an_http_section() throws IOException {
        assertThat(check("ingress.empty", WEB + """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: edge}
                spec:
                  rules:
                  - host: a.example.com
                  - host: b.example.com
                    http: {}
                  - http: {paths: []}
                  - host: c.example.com
                    http:
                      paths:
                      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
                """)).containsExactlyInAnyOrder(
                "m.yaml#L32/Ingress:edge/host:b.example.com | the rule for host b.example.com has an http section without"
                        + " paths; the API server refuses it. | add a path, or remove the rule.",
                "m.yaml#L32/Ingress:edge/host:* | the rule for any host has an http section without paths; the API server"
                        + " refuses it. | add a path, or remove the rule.");
    }

    private static List<Violation> check(String rule, HasMetadata... objects) {
        Fixture f = new Fixture();
        f.app.include(objects);
        return f.violations().stream().filter(v -> v.rule().equals(rule)).toList();
    }

    @Test
    void an_ingress_needs_routes_or_a_default_backend_and_every_http_section_paths() {
        assertThat(check("ingress.empty", new IngressBuilder().withNewMetadata().withName("edge").endMetadata().withNewSpec()
                .endSpec().build())).extracting(Violation::path, Violation::message, Violation::fix).containsExactly(tuple(
                        "shop/Ingress:edge", "Ingress edge has no routes and no default backend; the API server refuses it.",
                        "add rules or a defaultBackend, or remove the Ingress."));
        assertThat(check("ingress.empty", new IngressBuilder().withNewMetadata().withName("edge").endMetadata().build()))
                .hasSize(1);
        assertThat(check("ingress.empty", new IngressBuilder().withNewMetadata().withName("edge").endMetadata().withNewSpec()
                .withNewDefaultBackend().withNewService().withName("web").withNewPort().withName("http").endPort().endService()
                .endDefaultBackend().endSpec().build())).isEmpty();
        assertThat(check("ingress.empty", new IngressBuilder().withNewMetadata().withName("edge").endMetadata().withNewSpec()
                .addNewRule().withHost("a.example.com").withNewHttp().endHttp().endRule()
                .addNewRule().withNewHttp().endHttp().endRule()
                .addNewRule().withHost("b.example.com").endRule()
                .endSpec().build())).extracting(Violation::path, Violation::message, Violation::fix).containsExactly(
                        // sorted by path
                        tuple("shop/Ingress:edge/host:*", "the rule for any host has an http section without paths; the API"
                                + " server refuses it.", "add a path, or remove the rule."),
                        tuple("shop/Ingress:edge/host:a.example.com", "the rule for host a.example.com has an http section"
                                + " without paths; the API server refuses it.", "add a path, or remove the rule."));
        // the DSL's own fix for its own ingress
        Fixture f = new Fixture();
        f.app.ingress("spare").host("spare.example.com");
        assertThat(f.violations()).filteredOn(v -> v.rule().equals("ingress.empty")).extracting(Violation::fix)
                .containsExactly("add a route: .route(\"/\", web), or remove the ingress.");
    }

    @Test
    void an_ingress_without_routes_is_reported() {
        Fixture f = new Fixture();
        f.app.ingress("empty").host("shop.example.com");
        Violation v = f.only("ingress.empty");
        assertThat(v.path()).isEqualTo("shop/ingress:empty");
        assertThat(v.message()).isEqualTo("Ingress empty has no routes and no default backend; the API server refuses it.");
    }
}
