package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.testing.CheckedYaml;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tests of {@link PortMissing}: where it fires, where it does not, and what it says. */
class PortMissingTest {

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
    void services_need_ports_unless_headless_or_external_names() throws IOException {
        String fix = "; the API server refuses a Service without ports unless it is headless. | add the ports the Service serves.";
        assertThat(check("port.missing", """
                apiVersion: v1
                kind: Service
                metadata: {name: external}
                spec: {type: ExternalName, externalName: db.example.com}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: headless}
                spec: {clusterIP: None, selector: {app: x}}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: portless}
                spec: {selector: {app: x}}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: specless}
                """)).containsExactly(
                "m.yaml#L11/Service:portless | Service portless has no ports" + fix,
                "m.yaml#L16/Service:specless | Service specless has no ports" + fix);
    }

    @Test
    void a_web_service_without_ports_is_reported_with_the_fix() {
        Fixture f = new Fixture();
        f.app.webService("worker", "my-repo/worker:1" + Fixture.DIGEST).replicas(2).resources(Fixture.resources());
        Violation v = f.only("port.missing");
        assertThat(v.path()).isEqualTo("shop/webService:worker");
        assertThat(v.message()).isEqualTo("Service worker has no ports; the API server refuses a Service without ports"
                + " unless it is headless.");
        assertThat(v.fix()).isEqualTo("give worker the port it serves: .port(\"http\", 8080).");
    }
}
