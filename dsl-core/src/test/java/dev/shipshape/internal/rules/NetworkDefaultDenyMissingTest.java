package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.render.Manifests;
import dev.shipshape.testing.CheckedYaml;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tests of {@link NetworkDefaultDenyMissing}: where it fires, where it does not, and what it says. */
class NetworkDefaultDenyMissingTest {

    private static <T extends HasMetadata> T find(Manifests m, Class<T> type, String name) {
        return m.objects().stream().filter(type::isInstance).map(type::cast)
                .filter(o -> o.getMetadata().getName().equals(name)).findFirst().orElseThrow();
    }

    private static PodSpec pod(Manifests m, String deployment) {
        return find(m, Deployment.class, deployment).getSpec().getTemplate().getSpec();
    }

    @Test
    void pods_outside_every_policy_warn() {
        Fixture f = new Fixture();
        f.app.customize(NetworkPolicy.class, p -> {
            if (p.getMetadata().getName().equals("default-deny") || p.getMetadata().getName().equals("allow-dns")) {
                p.getSpec().getPodSelector().getMatchLabels().put("app.kubernetes.io/part-of", "nobody");
            }
        });
        // db keeps its own ingress policy, so only its egress is open; web's own policy isolates its egress, and
        // without allow-dns that egress has no DNS any more
        assertThat(f.violations()).extracting(Violation::rule, Violation::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("network.default-deny-missing", "shop/statefulStore:db"),
                org.assertj.core.groups.Tuple.tuple("network.reference-blocked", "shop/webService:web"));
        assertThat(f.violations().get(0).message()).contains("for egress, so they can reach every pod and address");
        Fixture legacy = new Fixture();
        Deployment d = new DeploymentBuilder().withNewMetadata().withName("legacy").endMetadata().withNewSpec().withReplicas(2)
                .withNewSelector().addToMatchLabels("app", "legacy").endSelector().withNewTemplate().withNewMetadata()
                .addToLabels("app", "legacy").endMetadata().withNewSpec().addNewContainer().withName("legacy")
                .withImage("my-repo/legacy:1" + Fixture.DIGEST).withNewResources()
                .addToRequests("cpu", new io.fabric8.kubernetes.api.model.Quantity("100m"))
                .addToRequests("memory", new io.fabric8.kubernetes.api.model.Quantity("64Mi"))
                .addToLimits("memory", new io.fabric8.kubernetes.api.model.Quantity("64Mi")).endResources()
                .endContainer().endSpec().endTemplate().endSpec().build();
        Fixture.restricted(d.getSpec().getTemplate().getSpec());
        legacy.app.include(d);
        Violation v = legacy.only("network.default-deny-missing");
        assertThat(v.message()).contains("for ingress and egress");
        assertThat(v.fix()).contains("add a default-deny NetworkPolicy");
        Fixture isolated = new Fixture();
        isolated.app.include(d).include(Fixture.isolating("legacy"));
        assertThat(isolated.violations()).isEmpty();
    }

    @TempDir
    Path tmp;

    /** {@code path | message | fix} of {@code rule}'s findings, the file written as {@code m.yaml}. */
    private List<String> check(String rule, String yaml) throws IOException {
        return CheckedYaml.findings(tmp, rule, yaml);
    }

    @Test
    void a_policy_for_one_direction_leaves_the_other_open() throws IOException {
        String fix = " | add a default-deny NetworkPolicy (podSelector: {}, policyTypes: [Ingress, Egress]) and allow what"
                + " the pods need.";
        String pod = """
                apiVersion: v1
                kind: Pod
                metadata: {name: %1$s, labels: {app: %1$s}}
                spec:
                  containers: [{name: a, image: "my-repo/a:1"}]
                ---
                """;
        String policy = """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: %s}
                spec:
                  podSelector: {matchLabels: {app: %s}}
                  policyTypes: [%s]
                ---
                """;
        assertThat(check("network.default-deny-missing", pod.formatted("reader") + policy.formatted("in-only", "reader", "Ingress")
                + pod.formatted("writer") + policy.formatted("out-only", "writer", "Egress") + pod.formatted("open")
                + pod.formatted("closed") + policy.formatted("both", "closed", "Ingress, Egress"))).containsExactly(
                "m.yaml#L1/Pod:reader | no NetworkPolicy selects the pods of Pod/reader for egress, so they can reach every"
                        + " pod and address." + fix,
                "m.yaml#L14/Pod:writer | no NetworkPolicy selects the pods of Pod/writer for ingress, so every pod of the"
                        + " cluster can reach them." + fix,
                "m.yaml#L27/Pod:open | no NetworkPolicy selects the pods of Pod/open for ingress and egress, so every pod of"
                        + " the cluster can reach them, and they can reach every pod and address." + fix);
    }
}
