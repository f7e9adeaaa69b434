package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The tests of {@link SecurityCapabilities}: where it fires, where it does not, and what it says. */
class SecurityCapabilitiesTest {

    private static void editWebPod(Fixture f, Consumer<PodSpec> edit) {
        f.web.customize(Deployment.class, d -> edit.accept(d.getSpec().getTemplate().getSpec()));
    }

    @Test
    void capabilities_kept_or_added() {
        Fixture f = new Fixture();
        editWebPod(f, p -> p.getContainers().get(0).getSecurityContext().getCapabilities().setDrop(List.of()));
        assertThat(f.only("security.capabilities").message()).contains("keeps the runtime's default capabilities");
        assertThat(f.only("security.capabilities").fix()).isEqualTo("keep capabilities.drop: [ALL] (Shipshape sets it);"
                + " add back only what is needed with .addCapability(\"…\", \"why\").");
        Fixture added = new Fixture();
        editWebPod(added, p -> p.getContainers().get(0).getSecurityContext().getCapabilities().setAdd(List.of("SYS_ADMIN", "NET_BIND_SERVICE")));
        Violation v = added.only("security.capabilities");
        assertThat(v.message()).contains("adds capabilities [SYS_ADMIN]");
        assertThat(v.fix()).contains(".addCapability(\"SYS_ADMIN\", \"why\")");
    }
}
