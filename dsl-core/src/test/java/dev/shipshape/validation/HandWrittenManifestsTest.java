package dev.shipshape.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.Shipshape;
import dev.shipshape.testing.CheckedYaml;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules over manifests written by hand, read as {@code Shipshape.check} reads anyone's YAML: each case sits on both
 * sides of what the API server (or the rule) decides — a field left out, zero, an empty string, another protocol,
 * another host IP, an init container — and each finding is checked with its path, its message and the fix worded
 * for YAML rather than for the DSL.
 */
class HandWrittenManifestsTest {

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
    void a_nameless_volume_is_named_empty_and_a_label_written_without_value_has_the_empty_value() throws IOException {
        String yaml = """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: p
                  labels: {app: , tier: web}
                spec:
                  volumes: [{emptyDir: {}}]
                  containers: [{name: a, image: "my-repo/a:1", ports: [{name: http, containerPort: 80}]}]
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: p}
                spec:
                  selector: {app: }
                  ports: [{name: http, port: 80}]
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: p}
                spec:
                  podSelector: {matchLabels: {app: }}
                  policyTypes: [Ingress, Egress]
                """;
        assertThat(check("name.invalid", yaml)).containsExactly("m.yaml#L1/Pod:p/volume: | volume name '' must be a DNS-1123"
                + " label: lowercase letters, digits and '-', starting and ending alphanumeric, at most 63 characters. | rename"
                + " the volume, e.g. 'x', and its mounts.");
        assertThat(check("reference.unresolved", yaml)).as("the Service selects the pod: app is \"\" on both").isEmpty();
        assertThat(check("network.default-deny-missing", yaml)).as("the policy selects the pod").isEmpty();
    }

}
