package dev.shipshape.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.model.AppSpec;
import dev.shipshape.model.ContainerSpec;
import dev.shipshape.model.EnvSource;
import dev.shipshape.model.EnvVarSpec;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.render.Manifests;
import dev.shipshape.testkit.ShipshapeArbitraries;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every field the model holds for a workload's containers comes back out of the rendered fabric8 objects — nothing
 * dropped, nothing invented: image, command, args, ports, env (literal values, config and secret references, store
 * hosts), requests and limits, the three probes, replicas. Checked over generated apps of every workload kind.
 */
class RenderedFieldsProperties {

    @Provide
    Arbitrary<App> apps() {
        return ShipshapeArbitraries.apps().workers(0, 2).jobs(0, 1).cronJobs(0, 1).stores(0, 2).staticSites(0, 2);
    }

    @Property(tries = 300)
    void every_modelled_container_field_is_rendered_and_nothing_else(@ForAll("apps") App app) {
        AppSpec spec = app.model();
        Manifests m = app.render();
        for (WorkloadSpec w : spec.workloads()) {
            HasMetadata workload = m.objects().stream()
                    .filter(o -> o.getKind().equals(w.kind().workloadKind().orElseThrow()) && o.getMetadata().getName().equals(w.name()))
                    .findFirst().orElseThrow(() -> new AssertionError("no workload rendered for " + w.id()));
            PodSpec pod = podSpec(workload);
            assertThat(pod.getContainers()).as("%s containers", w.id()).hasSize(1);
            assertThat(pod.getInitContainers()).as("%s init containers", w.id()).hasSize(w.extraContainers().size());
            container(w, w.container(), pod.getContainers().get(0));
            for (int i = 0; i < w.extraContainers().size(); i++) {
                container(w, w.extraContainers().get(i), pod.getInitContainers().get(i));
            }
            Integer replicas = workload instanceof Deployment d ? d.getSpec().getReplicas()
                    : workload instanceof StatefulSet s ? s.getSpec().getReplicas() : null;
            if (workload instanceof Deployment || workload instanceof StatefulSet) {
                assertThat(replicas).as("%s replicas", w.id())
                        .isEqualTo(w.autoscaling().isPresent() ? null : w.effectiveReplicas());
            }
        }
    }

    private static PodSpec podSpec(HasMetadata o) {
        if (o instanceof Deployment d) {
            return d.getSpec().getTemplate().getSpec();
        } else if (o instanceof StatefulSet s) {
            return s.getSpec().getTemplate().getSpec();
        } else if (o instanceof Job j) {
            return j.getSpec().getTemplate().getSpec();
        }
        return ((CronJob) o).getSpec().getJobTemplate().getSpec().getTemplate().getSpec();
    }

    private static void container(WorkloadSpec w, ContainerSpec c, Container r) {
        String at = w.id() + "/" + c.name();
        assertThat(r.getName()).as(at).isEqualTo(c.name());
        assertThat(r.getImage()).as(at + " image").isEqualTo(c.image().toString());
        assertThat(r.getCommand()).as(at + " command").containsExactlyElementsOf(c.command());
        assertThat(r.getArgs()).as(at + " args").containsExactlyElementsOf(c.args());
        assertThat(r.getPorts()).as(at + " ports").extracting(p -> p.getName() + "=" + p.getContainerPort())
                .containsExactlyElementsOf(c.ports().stream().map(p -> p.name() + "=" + p.number()).toList());
        assertThat(r.getEnv()).as(at + " env names").extracting(EnvVar::getName)
                .containsExactlyElementsOf(c.env().stream().map(EnvVarSpec::name).toList());
        for (int i = 0; i < c.env().size(); i++) {
            env(at, c.env().get(i), r.getEnv().get(i));
        }
        resources(at, c.resources(), r);
        probe(at + " readiness", c, c.readinessProbe(), r.getReadinessProbe());
        probe(at + " liveness", c, c.livenessProbe(), r.getLivenessProbe());
        probe(at + " startup", c, c.startupProbe(), r.getStartupProbe());
        assertThat(r.getRestartPolicy()).as(at + " restartPolicy")
                .isEqualTo(c.role() == ContainerSpec.Role.SIDECAR ? "Always" : null);
    }

    private static void env(String at, EnvVarSpec e, EnvVar r) {
        EnvSource s = e.source();
        if (s instanceof EnvSource.Literal l) {
            assertThat(r.getValue()).as(at + " env " + e.name()).isEqualTo(l.value());
            assertThat(r.getValueFrom()).isNull();
        } else if (s instanceof EnvSource.ConfigKeyRef ref) {
            assertThat(r.getValue()).isNull();
            assertThat(r.getValueFrom().getConfigMapKeyRef().getKey()).as(at + " env " + e.name()).isEqualTo(ref.key());
            assertThat(r.getValueFrom().getConfigMapKeyRef().getName()).isEqualTo(ref.config().renderedName());
            assertThat(r.getValueFrom().getSecretKeyRef()).isNull();
        } else if (s instanceof EnvSource.SecretKeyRef ref) {
            assertThat(r.getValue()).isNull();
            assertThat(r.getValueFrom().getSecretKeyRef().getKey()).as(at + " env " + e.name()).isEqualTo(ref.key());
            assertThat(r.getValueFrom().getSecretKeyRef().getName()).isEqualTo(ref.secret().name());
            assertThat(r.getValueFrom().getConfigMapKeyRef()).isNull();
        } else if (s instanceof EnvSource.Interpolated i) {
            assertThat(r.getValue()).as(at + " env " + e.name() + " (an endpoint or template)").isEqualTo(i.value()).isNotBlank();
            assertThat(r.getValueFrom()).isNull();
        } else {
            assertThat(r.getValue()).as(at + " env " + e.name() + " (a store host)").isNotBlank();
            assertThat(r.getValueFrom()).isNull();
        }
    }

    private static void resources(String at, Resources model, Container r) {
        Map<String, String> requests = new TreeMap<>();
        model.cpuRequest().ifPresent(q -> requests.put("cpu", q.toString()));
        model.memoryRequest().ifPresent(q -> requests.put("memory", q.toString()));
        model.ephemeralRequest().ifPresent(q -> requests.put("ephemeral-storage", q.toString()));
        Map<String, String> limits = new TreeMap<>();
        model.cpuLimit().ifPresent(q -> limits.put("cpu", q.toString()));
        model.memoryLimit().ifPresent(q -> limits.put("memory", q.toString()));
        model.ephemeralLimit().ifPresent(q -> limits.put("ephemeral-storage", q.toString()));
        assertThat(strings(r.getResources() == null ? null : r.getResources().getRequests())).as(at + " requests").isEqualTo(requests);
        assertThat(strings(r.getResources() == null ? null : r.getResources().getLimits())).as(at + " limits").isEqualTo(limits);
    }

    private static Map<String, String> strings(Map<String, Quantity> q) {
        Map<String, String> out = new TreeMap<>();
        if (q != null) {
            q.forEach((k, v) -> out.put(k, v.toString()));
        }
        return out;
    }

    private static void probe(String at, ContainerSpec c, Optional<Probe> model, io.fabric8.kubernetes.api.model.Probe r) {
        if (model.isEmpty()) {
            assertThat(r).as(at).isNull();
            return;
        }
        Probe p = model.get();
        assertThat(r).as(at).isNotNull();
        List<String> actions = new ArrayList<>();
        if (r.getHttpGet() != null) {
            actions.add("http " + r.getHttpGet().getPath() + " " + r.getHttpGet().getPort().getValue());
        }
        if (r.getTcpSocket() != null) {
            actions.add("tcp " + r.getTcpSocket().getPort().getValue());
        }
        if (r.getExec() != null) {
            actions.add("exec " + r.getExec().getCommand());
        }
        if (r.getGrpc() != null) {
            actions.add("grpc " + r.getGrpc().getPort() + " " + r.getGrpc().getService());
        }
        if (r.getHttpGet() != null) {
            actions.add("headers " + (r.getHttpGet().getHttpHeaders() == null ? List.of()
                    : r.getHttpGet().getHttpHeaders().stream().map(h -> h.getName() + ": " + h.getValue()).toList()));
        }
        List<String> expected = new ArrayList<>();
        if (p.action() instanceof Probe.HttpGet h) {
            expected.add("http " + h.path() + " " + h.port());
            expected.add("headers " + h.headers().stream().map(x -> x.name() + ": " + x.value()).toList());
        } else if (p.action() instanceof Probe.TcpSocket t) {
            expected.add("tcp " + t.port());
        } else if (p.action() instanceof Probe.Grpc g) {   // grpc.port is a number: the named port's
            int number = c.ports().stream().filter(x -> x.name().equals(g.port())).findFirst().orElseThrow().number();
            expected.add("grpc " + number + " " + g.service().orElse(null));
        } else {
            expected.add("exec " + ((Probe.Exec) p.action()).command());
        }
        assertThat(actions).as(at + " action").containsExactlyElementsOf(expected);
        assertThat(r.getInitialDelaySeconds()).as(at).isEqualTo(p.initialDelaySeconds() == 0 ? null : p.initialDelaySeconds());
        assertThat(r.getPeriodSeconds()).as(at).isEqualTo(p.periodSeconds() == Probe.DEFAULT_PERIOD ? null : p.periodSeconds());
        assertThat(r.getTimeoutSeconds()).as(at).isEqualTo(p.timeoutSeconds() == Probe.DEFAULT_TIMEOUT ? null : p.timeoutSeconds());
        assertThat(r.getFailureThreshold()).as(at)
                .isEqualTo(p.failureThreshold() == Probe.DEFAULT_FAILURE_THRESHOLD ? null : p.failureThreshold());
    }
}
