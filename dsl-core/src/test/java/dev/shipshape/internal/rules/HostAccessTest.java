package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The tests of {@link HostAccess}: where it fires, where it does not, and what it says. */
class HostAccessTest {

    private static void editWebPod(Fixture f, Consumer<PodSpec> edit) {
        f.web.customize(Deployment.class, d -> edit.accept(d.getSpec().getTemplate().getSpec()));
    }

    @Test
    void host_namespaces_ports_paths_and_volume_types() {
        Fixture f = new Fixture();
        editWebPod(f, p -> {
            p.setHostNetwork(true);
            p.setHostPID(true);
            p.setHostIPC(true);
            p.getContainers().get(0).getPorts().get(0).setHostPort(8080);
            p.getVolumes().add(new VolumeBuilder().withName("docker").withNewHostPath().withPath("/var/run/docker.sock").endHostPath().build());
            p.getVolumes().add(new VolumeBuilder().withName("share").withNewNfs().withServer("nfs").withPath("/").endNfs().build());
        });
        assertThat(f.violations()).extracting(Violation::rule, Violation::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("security.host-access", "shop/webService:web/container:web/port:http"),
                org.assertj.core.groups.Tuple.tuple("security.host-access", "shop/webService:web/hostIPC"),
                org.assertj.core.groups.Tuple.tuple("security.host-access", "shop/webService:web/hostNetwork"),
                org.assertj.core.groups.Tuple.tuple("security.host-access", "shop/webService:web/hostPID"),
                org.assertj.core.groups.Tuple.tuple("security.host-access", "shop/webService:web/volume:docker"),
                org.assertj.core.groups.Tuple.tuple("security.host-access", "shop/webService:web/volume:share"));
        assertThat(f.violations().get(1).message()).isEqualTo("Deployment/web shares the node's IPC namespace (hostIPC: true), so"
                + " its containers see and reach what the node's own processes do. (introduced by customize(Deployment) of"
                + " webService:web)");
        assertThat(f.violations().get(3).message()).contains("node's process namespace (hostPID: true)");
        assertThat(f.violations().get(4).message()).contains("/var/run/docker.sock");
        assertThat(f.violations().get(5).message()).contains("nfs volume");
    }
}
