package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Severity;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The tests of {@link WritableRoot}: where it fires, where it does not, and what it says. */
class WritableRootTest {

    private static void editWebPod(Fixture f, Consumer<PodSpec> edit) {
        f.web.customize(Deployment.class, d -> edit.accept(d.getSpec().getTemplate().getSpec()));
    }

    @Test
    void writable_root_and_an_unasked_token_warn() {
        Fixture f = new Fixture();
        editWebPod(f, p -> p.getContainers().get(0).getSecurityContext().setReadOnlyRootFilesystem(false));
        Violation v = f.only("security.writable-root");
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.fix()).contains(".writablePath(\"/tmp\")").contains(".writableRootFilesystem(\"why\")");
        Fixture token = new Fixture();
        token.web.customize(ServiceAccount.class, sa -> sa.setAutomountServiceAccountToken(true));
        editWebPod(token, p -> p.setAutomountServiceAccountToken(null));
        Violation t = token.only("security.service-account-token");
        assertThat(t.message()).contains("mounts the API token of ServiceAccount web");
        assertThat(t.fix()).contains(".serviceAccountToken()");
    }
}
