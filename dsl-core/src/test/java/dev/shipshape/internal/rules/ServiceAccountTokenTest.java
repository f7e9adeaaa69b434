package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.testing.CheckedYaml;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tests of {@link ServiceAccountToken}: where it fires, where it does not, and what it says. */
class ServiceAccountTokenTest {

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
    void the_api_token_is_mounted_unless_the_pod_or_its_service_account_says_false() throws IOException {
        String mounts = " into every container; whoever gets into one can call the Kubernetes API with it. | set"
                + " automountServiceAccountToken: false on the pod or its ServiceAccount.";
        String pod = """
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: %s}
                spec:
                  %s
                  containers: [{name: a, image: "my-repo/a:1"}]
                """;
        assertThat(check("security.service-account-token", """
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: default}
                automountServiceAccountToken: false
                ---
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: robot}
                automountServiceAccountToken: true
                ---
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: quiet}
                """ + pod.formatted("unnamed-account", "serviceAccountName: \"\"") + pod.formatted("no-account", "hostname: x")
                + pod.formatted("robot", "serviceAccountName: robot") + pod.formatted("quiet", "serviceAccountName: quiet")
                + pod.formatted("ghost", "serviceAccountName: ghost") + pod.formatted("own-false", "serviceAccountName: robot\n  automountServiceAccountToken: false")))
                .containsExactly(
                        "m.yaml#L29/Pod:robot/automountServiceAccountToken | Pod/robot mounts the API token of ServiceAccount"
                                + " robot" + mounts,
                        "m.yaml#L36/Pod:quiet/automountServiceAccountToken | Pod/quiet mounts the API token of ServiceAccount"
                                + " quiet" + mounts,
                        "m.yaml#L43/Pod:ghost/automountServiceAccountToken | Pod/ghost mounts the API token of ServiceAccount"
                                + " ghost" + mounts);
    }
}
