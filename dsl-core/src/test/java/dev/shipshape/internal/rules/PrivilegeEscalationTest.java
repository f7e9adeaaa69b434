package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The tests of {@link PrivilegeEscalation}: where it fires, where it does not, and what it says. */
class PrivilegeEscalationTest {

    private static void editWebPod(Fixture f, Consumer<PodSpec> edit) {
        f.web.customize(Deployment.class, d -> edit.accept(d.getSpec().getTemplate().getSpec()));
    }

    @Test
    void privilege_escalation_and_privileged() {
        Fixture f = new Fixture();
        editWebPod(f, p -> p.getContainers().get(0).getSecurityContext().setAllowPrivilegeEscalation(true));
        Violation v = f.only("security.privilege-escalation");
        assertThat(v.path()).isEqualTo("shop/webService:web/container:web/securityContext/allowPrivilegeEscalation");
        assertThat(v.fix()).isEqualTo("keep allowPrivilegeEscalation: false (Shipshape sets it).");
        Fixture p = new Fixture();
        editWebPod(p, s -> {
            s.getContainers().get(0).getSecurityContext().setPrivileged(true);
            s.getContainers().get(0).getSecurityContext().setAllowPrivilegeEscalation(null);
        });
        assertThat(p.violations()).extracting(Violation::rule).containsOnly("security.privilege-escalation").hasSize(2);
        assertThat(p.violations()).extracting(Violation::fix).containsExactlyInAnyOrder(
                "remove privileged: true from the customization; add the one capability needed with"
                        + " .addCapability(\"…\", \"why\").",
                "keep allowPrivilegeEscalation: false (Shipshape sets it).");
    }
}
