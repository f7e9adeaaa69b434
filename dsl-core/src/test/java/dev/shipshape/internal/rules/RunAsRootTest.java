package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Severity;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The tests of {@link RunAsRoot}: where it fires, where it does not, and what it says. */
class RunAsRootTest {

    private static void editWebPod(Fixture f, Consumer<PodSpec> edit) {
        f.web.customize(Deployment.class, d -> edit.accept(d.getSpec().getTemplate().getSpec()));
    }

    @Test
    void run_as_root_through_a_customization() {
        Fixture f = new Fixture();
        editWebPod(f, p -> p.getSecurityContext().setRunAsUser(0L));
        Violation v = f.only("security.run-as-root");
        assertThat(v.severity()).isEqualTo(Severity.ERROR);
        assertThat(v.path()).isEqualTo("shop/webService:web/container:web/securityContext/runAsUser");
        assertThat(v.message()).contains("runs as root (runAsUser: 0)").contains("customize(Deployment)");
        assertThat(v.fix()).contains(".runAsRoot(\"why\")");
        // runAsNonRoot unset with a user set: the user applies, not the image's (the message says which)
        Fixture unset = new Fixture();
        editWebPod(unset, p -> p.getSecurityContext().setRunAsNonRoot(null));
        assertThat(unset.only("security.run-as-root")).extracting(Violation::message, Violation::fix).containsExactly(
                "container web runs as user 10001, but runAsNonRoot is not true, so nothing stops a later change to"
                        + " runAsUser, or its removal, from running it as root; the Pod Security Standards \"restricted\""
                        + " level requires runAsNonRoot: true. (introduced by customize(Deployment) of webService:web)",
                "keep runAsNonRoot: true (Shipshape sets it), or opt out with .runAsRoot(\"why\").");
        // neither set: the image's user applies
        Fixture neither = new Fixture();
        editWebPod(neither, p -> {
            p.getSecurityContext().setRunAsNonRoot(null);
            p.getSecurityContext().setRunAsUser(null);
        });
        assertThat(neither.only("security.run-as-root").message()).startsWith(
                "container web may run as root: runAsNonRoot is not true, so the image's user applies, and that is often root.");
        // in its own user namespace (hostUsers: false), root in the container is no one on the node: allowed
        Fixture userns = new Fixture();
        editWebPod(userns, p -> {
            p.getSecurityContext().setRunAsNonRoot(null);
            p.getSecurityContext().setRunAsUser(0L);
            p.setHostUsers(false);
        });
        assertThat(userns.violations()).noneMatch(found -> found.rule().equals("security.run-as-root"));
    }
}
