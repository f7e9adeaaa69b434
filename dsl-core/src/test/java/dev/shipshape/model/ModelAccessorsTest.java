package dev.shipshape.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import org.junit.jupiter.api.Test;

/** The frozen model answers with what the builders were told, for tools that read {@code app.model()}. */
class ModelAccessorsTest {

    private static final String IMAGE = "my-repo/x:1@sha256:" + "a".repeat(64);

    @Test
    void a_workload_spec_reports_its_main_container_and_the_extra_ones_by_role() {
        App app = Shipshape.app("shop");
        Resources r = Resources.of(Cpu.millis(100), Memory.mebibytes(64)).limits(Cpu.millis(200), Memory.mebibytes(64));
        app.webService("web", IMAGE).replicas(3).port("http", 8080).resources(r).command("/app").args("--fast", "--safe")
                .readinessProbe(Probe.http("/ready", "http")).livenessProbe(Probe.tcp("http"))
                .sidecar("proxy", IMAGE, c -> c.resources(r))
                .initContainer("setup", IMAGE, c -> c.resources(r));
        WorkloadSpec w = app.model().workloads().get(0);
        assertThat(w.name()).isEqualTo("web");
        assertThat(w.kind()).isEqualTo(ComponentKind.WEB_SERVICE);
        assertThat(w.image().toString()).isEqualTo(IMAGE);
        assertThat(w.resources()).isEqualTo(r);
        assertThat(w.command()).containsExactly("/app");
        assertThat(w.args()).containsExactly("--fast", "--safe");
        assertThat(w.readinessProbe()).hasValue(Probe.http("/ready", "http"));
        assertThat(w.livenessProbe()).hasValue(Probe.tcp("http"));
        assertThat(w.sidecars()).extracting(ContainerSpec::name).containsExactly("proxy");
        assertThat(w.initContainers()).extracting(ContainerSpec::name).containsExactly("setup");
        assertThat(w.containers()).extracting(ContainerSpec::name).containsExactly("web", "proxy", "setup");
        assertThat(w.exposes("http")).isTrue();
        assertThat(w.exposes("admin")).isFalse();
        assertThat(w.port("http")).map(PortSpec::number).hasValue(8080);
        assertThat(w.effectiveReplicas()).isEqualTo(3);
    }

    @Test
    void a_probe_names_the_port_it_targets() {
        assertThat(Probe.http("/", "http").portName()).hasValue("http");
        assertThat(Probe.tcp("redis").portName()).hasValue("redis");
        assertThat(Probe.exec("true").portName()).isEmpty();
    }
}
