package dev.shipshape.internal.render;

import static dev.shipshape.internal.render.Rendering.IMAGE;
import static dev.shipshape.internal.render.Rendering.SMALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Config;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.StatefulStore;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import dev.shipshape.units.Storage;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@link Containers} renders for each container of a pod, each from its own spec: a sidecar's or an init
 * container's security options, ports, env, mounts, resources and probes are its own, never the main container's.
 */
class ContainersTest {

    private final App app = Shipshape.app("shop").namespace("shop");
    private final Config config = app.config("web-config").entry("mode", "blue");
    private final SecretRef secret = app.externalSecret("web-secret", "token");

    private List<Container> containers(String workload) {
        Rendering r = Rendering.of(app);
        List<Volume> volumes = new ArrayList<>();
        var w = r.workload(workload);
        List<Container> out = new ArrayList<>();
        for (var c : w.containers()) {
            out.add(Containers.of(w, c, volumes, r.context()));
        }
        return out;
    }

    private static Container named(List<Container> cs, String name) {
        return cs.stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void sidecars_and_init_containers_get_their_own_security_options_not_the_main_containers() {
        app.webService("web", IMAGE).port("http", 8080).resources(SMALL)
                .writableRootFilesystem("writes beside its binary").addCapability("NET_ADMIN", "shapes traffic")
                .writablePath("/cache")
                .sidecar("proxy", IMAGE, c -> c.resources(SMALL).addCapability("NET_BIND_SERVICE", "binds 443"))
                .initContainer("setup", IMAGE, c -> c.resources(SMALL).writablePath("/work"));
        List<Container> cs = containers("web");
        Container main = named(cs, "web");
        assertThat(main.getSecurityContext().getReadOnlyRootFilesystem()).isFalse();
        assertThat(main.getSecurityContext().getCapabilities().getAdd()).containsExactly("NET_ADMIN");
        Container proxy = named(cs, "proxy");
        assertThat(proxy.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(proxy.getSecurityContext().getCapabilities().getAdd()).containsExactly("NET_BIND_SERVICE");
        assertThat(proxy.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(proxy.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        Container setup = named(cs, "setup");
        assertThat(setup.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(setup.getSecurityContext().getCapabilities().getAdd()).isNull();
        assertThat(setup.getVolumeMounts()).extracting(VolumeMount::getMountPath).containsExactly("/work");
        assertThat(main.getVolumeMounts()).extracting(VolumeMount::getMountPath).containsExactly("/cache");
        assertThat(proxy.getVolumeMounts()).isEmpty();
    }

    @Test
    void each_container_renders_its_own_ports_env_mounts_resources_command_and_probes() {
        Resources big = Resources.of(Cpu.millis(500), Memory.mebibytes(512)).limits(Cpu.cores(1), Memory.mebibytes(512));
        app.webService("web", IMAGE).port("http", 8080, 80).resources(big).env("MODE", config.key("mode"))
                .mount(secret, "/etc/secret").command("serve").args("--port", "8080")
                .readinessProbe(Probe.http("/ready", "http")).livenessProbe(Probe.tcp("http"))
                .startupProbe(Probe.http("/started", "http"))
                .sidecar("proxy", IMAGE, c -> c.port("admin", 9901).resources(SMALL).env("TOKEN", secret.key("token"))
                        .mount(config, "/etc/config").readinessProbe(Probe.tcp("admin")))
                .initContainer("setup", IMAGE, c -> c.resources(SMALL).command("sh", "-c", "true"));
        List<Container> cs = containers("web");
        Container main = named(cs, "web");
        Container proxy = named(cs, "proxy");
        Container setup = named(cs, "setup");
        assertThat(main.getPorts()).extracting(p -> tuple(p.getName(), p.getContainerPort())).containsExactly(tuple("http", 8080));
        assertThat(proxy.getPorts()).extracting(p -> tuple(p.getName(), p.getContainerPort())).containsExactly(tuple("admin", 9901));
        assertThat(setup.getPorts()).isEmpty();
        assertThat(main.getEnv()).extracting(EnvVar::getName).containsExactly("MODE");
        assertThat(main.getEnv().get(0).getValueFrom().getConfigMapKeyRef().getName()).startsWith("web-config-");
        assertThat(proxy.getEnv()).extracting(EnvVar::getName).containsExactly("TOKEN");
        assertThat(proxy.getEnv().get(0).getValueFrom().getSecretKeyRef().getName()).isEqualTo("web-secret");
        assertThat(setup.getEnv()).isEmpty();
        assertThat(main.getVolumeMounts()).extracting(VolumeMount::getMountPath, VolumeMount::getReadOnly)
                .containsExactly(tuple("/etc/secret", true));
        assertThat(proxy.getVolumeMounts()).extracting(VolumeMount::getMountPath, VolumeMount::getReadOnly)
                .containsExactly(tuple("/etc/config", true));
        assertThat(main.getResources().getLimits().get("cpu").toString()).isEqualTo("1");
        assertThat(proxy.getResources().getLimits().get("cpu").toString()).isEqualTo("100m");
        assertThat(main.getCommand()).containsExactly("serve");
        assertThat(main.getArgs()).containsExactly("--port", "8080");
        assertThat(setup.getCommand()).containsExactly("sh", "-c", "true");
        assertThat(proxy.getCommand()).isEmpty();
        assertThat(main.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/ready");
        assertThat(main.getLivenessProbe().getTcpSocket().getPort().getStrVal()).isEqualTo("http");
        assertThat(main.getStartupProbe().getHttpGet().getPath()).isEqualTo("/started");
        assertThat(proxy.getReadinessProbe().getTcpSocket().getPort().getStrVal()).isEqualTo("admin");
        assertThat(proxy.getLivenessProbe()).isNull();
        assertThat(setup.getReadinessProbe()).isNull();
    }

    @Test
    void only_a_sidecar_restarts_always_and_only_the_main_container_pauses_before_stopping() {
        app.worker("worker", IMAGE).resources(SMALL).preStop(Duration.ofSeconds(5))
                .sidecar("proxy", IMAGE, c -> c.resources(SMALL))
                .initContainer("setup", IMAGE, c -> c.resources(SMALL));
        List<Container> cs = containers("worker");
        assertThat(cs).extracting(Container::getName, Container::getRestartPolicy)
                .containsExactly(tuple("worker", null), tuple("proxy", "Always"), tuple("setup", null));
        assertThat(named(cs, "worker").getLifecycle().getPreStop().getSleep().getSeconds()).isEqualTo(5L);
        assertThat(named(cs, "proxy").getLifecycle()).isNull();
        assertThat(named(cs, "setup").getLifecycle()).isNull();
    }

    @Test
    void only_the_main_container_of_a_store_mounts_its_volumes() {
        StatefulStore db = app.statefulStore("db", IMAGE).port("pg", 5432).resources(SMALL)
                .volume("data", "/var/lib/db", Storage.gibibytes(1))
                .sidecar("exporter", IMAGE, c -> c.resources(SMALL));
        List<Container> cs = containers(db.name());
        assertThat(named(cs, "db").getVolumeMounts()).extracting(VolumeMount::getName, VolumeMount::getMountPath)
                .containsExactly(tuple("data", "/var/lib/db"));
        assertThat(named(cs, "exporter").getVolumeMounts()).isEmpty();
    }

    @Test
    void no_resources_render_no_requirements_and_requests_without_limits_render_requests_only() {
        app.worker("bare", IMAGE);
        app.worker("requests", IMAGE).resources(Resources.of(Cpu.millis(10), Memory.mebibytes(8)));
        assertThat(containers("bare").get(0).getResources()).isNull();
        var r = containers("requests").get(0).getResources();
        assertThat(r.getRequests()).containsOnlyKeys("cpu", "memory");
        assertThat(r.getLimits()).isNull();
    }

    @Test
    void a_store_host_renders_as_its_name_and_fully_qualified_in_the_apps_namespace() {
        StatefulStore db = app.statefulStore("db", IMAGE).port("pg", 5432).resources(SMALL)
                .volume("data", "/data", Storage.gibibytes(1));
        app.worker("client", IMAGE).resources(SMALL).env("DB", db.primaryHost()).env("DB_FQDN", db.primaryHost().fqdn())
                .env("READ", db.readHost());
        assertThat(containers("client").get(0).getEnv()).extracting(EnvVar::getName, EnvVar::getValue).containsExactly(
                tuple("DB", "db-0.db"), tuple("DB_FQDN", "db-0.db.shop.svc.cluster.local"), tuple("READ", "db-read"));
    }
}
