package dev.shipshape.internal.rules;

import static dev.shipshape.testing.CheckedYaml.WEB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.WebService;
import dev.shipshape.testing.CheckedYaml;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tests of {@link ProbeReadinessMissing}: where it fires, where it does not, and what it says. */
class ProbeReadinessMissingTest {

    @Test
    void routed_workloads_need_a_readiness_probe() {
        Fixture f = new Fixture();
        WebService api = f.app.webService("api", "my-repo/api:1" + Fixture.DIGEST).replicas(2).port("http", 8080)
                .resources(Fixture.resources());
        f.ingress.route("/api", api);
        assertThat(f.violations()).extracting(Violation::rule).containsExactly("ingress.path-order", "probe.readiness-missing");
        Fixture unrouted = new Fixture();
        unrouted.app.webService("api", "my-repo/api:1" + Fixture.DIGEST).replicas(2).port("http", 8080).resources(Fixture.resources());
        assertThat(unrouted.violations()).isEmpty();
    }

    @TempDir
    Path tmp;

    /** {@code path | message | fix} of {@code rule}'s findings, the file written as {@code m.yaml}. */
    private List<String> check(String rule, String yaml) throws IOException {
        return CheckedYaml.findings(tmp, rule, yaml);
    }

    @Test
    void a_routed_container_without_readiness_probe_is_told_the_port_its_service_sends_to() throws IOException {
        assertThat(check("probe.readiness-missing", WEB + """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: edge}
                spec:
                  rules:
                  - http:
                      paths:
                      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
                      - {path: /other, pathType: Prefix, backend: {service: {name: web, port: {name: other}}}}
                  tls:
                  - hosts: [c.example.com]
                """)).containsExactly(
                "m.yaml#L10/Deployment:web/container:side/readinessProbe | side receives ingress traffic but has no readiness"
                        + " probe, so new pods get requests before they can answer them. | add a readinessProbe to container"
                        + " side (e.g. httpGet on port side-http).",
                "m.yaml#L10/Deployment:web/container:web/readinessProbe | web receives ingress traffic but has no readiness"
                        + " probe, so new pods get requests before they can answer them. | add a readinessProbe to container"
                        + " web (e.g. httpGet on port 8080).");
    }
}
