package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.render.Manifests;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The tests of {@link Seccomp}: where it fires, where it does not, and what it says. */
class SeccompTest {

    private static <T extends HasMetadata> T find(Manifests m, Class<T> type, String name) {
        return m.objects().stream().filter(type::isInstance).map(type::cast)
                .filter(o -> o.getMetadata().getName().equals(name)).findFirst().orElseThrow();
    }

    private static PodSpec pod(Manifests m, String deployment) {
        return find(m, Deployment.class, deployment).getSpec().getTemplate().getSpec();
    }

    private static void editWebPod(Fixture f, Consumer<PodSpec> edit) {
        f.web.customize(Deployment.class, d -> edit.accept(d.getSpec().getTemplate().getSpec()));
    }

    @Test
    void seccomp_unset_or_unconfined() {
        Fixture f = new Fixture();
        editWebPod(f, p -> p.getSecurityContext().setSeccompProfile(new SeccompProfile(null, "Unconfined")));
        Violation v = f.only("security.seccomp");
        assertThat(v.message()).contains("has seccomp profile Unconfined");
        assertThat(v.fix()).isEqualTo("keep the pod's seccompProfile RuntimeDefault (Shipshape sets it).");
        Fixture localhost = new Fixture();
        editWebPod(localhost, p -> p.getContainers().get(0).getSecurityContext().setSeccompProfile(new SeccompProfile("profiles/web.json", "Localhost")));
        assertThat(localhost.violations()).as("a container's own Localhost profile is fine").isEmpty();
    }

    @Test
    void windows_pods_are_exempt_from_the_linux_only_controls_as_the_pod_security_standards_say(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws java.io.IOException {
        String pod = """
                apiVersion: v1
                kind: Pod
                metadata: {name: win}
                spec:
                  %s
                  securityContext: {runAsNonRoot: true, runAsUser: 1000}
                  containers: [{name: c, image: mcr.microsoft.com/windows/servercore:ltsc2019}]
                """;
        java.util.Set<String> linuxOnly = java.util.Set.of("security.seccomp", "security.capabilities",
                "security.privilege-escalation");
        java.nio.file.Path windows = java.nio.file.Files.writeString(tmp.resolve("windows.yaml"), pod.formatted("os: {name: windows}"));
        assertThat(dev.shipshape.dsl.Shipshape.check(windows)).noneMatch(v -> linuxOnly.contains(v.rule()));
        // the node selector alone does not exempt: pod-security-admission reads spec.os.name
        java.nio.file.Path selected = java.nio.file.Files.writeString(tmp.resolve("selected.yaml"),
                pod.formatted("nodeSelector: {kubernetes.io/os: windows}"));
        assertThat(dev.shipshape.dsl.Shipshape.check(selected)).extracting(Violation::rule).containsAll(linuxOnly);
    }
}
