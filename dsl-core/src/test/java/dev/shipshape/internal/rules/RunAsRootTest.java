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
        Fixture unset = new Fixture();
        editWebPod(unset, p -> p.getSecurityContext().setRunAsNonRoot(null));
        assertThat(unset.only("security.run-as-root")).extracting(Violation::message, Violation::fix).containsExactly(
                "container web may run as root: runAsNonRoot is not true, so the image's user applies, and that is often root."
                        + " (introduced by customize(Deployment) of webService:web)",
                "keep runAsNonRoot: true (Shipshape sets it), or opt out with .runAsRoot(\"why\").");
    }
}
