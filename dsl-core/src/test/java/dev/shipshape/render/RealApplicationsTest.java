package dev.shipshape.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.StatefulStore;
import dev.shipshape.model.AccessMode;
import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.CronOptions;
import dev.shipshape.model.JobOptions;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.model.RollingUpdate;
import dev.shipshape.model.Toleration;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import dev.shipshape.units.Storage;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What issue #12 added, rendered: workers, jobs, cron jobs, extra containers and the pod options. */
class RealApplicationsTest {

    private static final String PINNED = "@sha256:" + "d".repeat(64);

    private static Resources small() {
        return Resources.of(Cpu.millis(50), Memory.mebibytes(64)).limits(Cpu.millis(100), Memory.mebibytes(64));
    }

    private static <T extends HasMetadata> T only(Manifests m, Class<T> type, String name) {
        return m.objects().stream().filter(type::isInstance).map(type::cast)
                .filter(o -> o.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name + " in " + m.objects()));
    }

    @Test
    void a_worker_is_a_deployment_without_a_service_that_can_autoscale() {
        App app = Shipshape.app("shop");
        app.worker("indexer", "my-repo/indexer:2.4.1" + PINNED).resources(small()).autoscale(Autoscaling.between(2, 5));
        Manifests m = app.render();
        Deployment d = only(m, Deployment.class, "indexer");
        assertThat(d.getSpec().getReplicas()).as("the HPA owns the count").isNull();
        assertThat(d.getMetadata().getLabels()).containsEntry("app.kubernetes.io/component", "worker");
        assertThat(m.objects()).noneMatch(o -> o instanceof Service);
        assertThat(m.objects()).extracting(HasMetadata::getKind).contains("HorizontalPodAutoscaler", "PodDisruptionBudget");
        App one = Shipshape.app("shop");
        one.worker("indexer", "my-repo/indexer:2.4.1" + PINNED).resources(small());
        assertThat(only(one.render(), Deployment.class, "indexer").getSpec().getReplicas()).as("one replica by default").isEqualTo(1);
    }

    @Test
    void a_job_renders_its_run_to_completion_settings() {
        App app = Shipshape.app("shop");
        app.job("migrate", "my-repo/migrate:1.4.0" + PINNED).resources(small()).args("--to", "latest")
                .backoffLimit(2).activeDeadline(Duration.ofMinutes(10)).ttlAfterFinished(Duration.ofHours(1))
                .restartPolicy(JobOptions.RestartPolicy.ON_FAILURE).completions(3, 2);
        Job job = only(app.render(), Job.class, "migrate");
        assertThat(job.getSpec().getBackoffLimit()).isEqualTo(2);
        assertThat(job.getSpec().getActiveDeadlineSeconds()).isEqualTo(600L);
        assertThat(job.getSpec().getTtlSecondsAfterFinished()).isEqualTo(3600);
        assertThat(job.getSpec().getCompletions()).isEqualTo(3);
        assertThat(job.getSpec().getParallelism()).isEqualTo(2);
        assertThat(job.getSpec().getSelector()).as("the API server generates a Job's selector").isNull();
        PodSpec pod = job.getSpec().getTemplate().getSpec();
        assertThat(pod.getRestartPolicy()).isEqualTo("OnFailure");
        assertThat(pod.getContainers().get(0).getArgs()).containsExactly("--to", "latest");
        assertThat(pod.getTopologySpreadConstraints()).as("jobs are not spread").isEmpty();
        App defaults = Shipshape.app("shop");
        defaults.job("migrate", "my-repo/migrate:1.4.0" + PINNED).resources(small());
        Job plain = only(defaults.render(), Job.class, "migrate");
        assertThat(plain.getSpec().getBackoffLimit()).isEqualTo(6);
        assertThat(plain.getSpec().getTemplate().getSpec().getRestartPolicy()).isEqualTo("Never");
        assertThat(plain.getSpec().getCompletions()).isNull();
    }

    @Test
    void a_cron_job_renders_its_schedule_time_zone_and_history() {
        App app = Shipshape.app("shop");
        app.cronJob("backup", "my-repo/backup:1.2.0" + PINNED).resources(small()).schedule("0 3 * * *").timeZone("Europe/Berlin")
                .startingDeadline(Duration.ofMinutes(5)).history(5, 2).label("example.com/tier", "batch");
        CronJob cron = only(app.render(), CronJob.class, "backup");
        assertThat(cron.getSpec().getSchedule()).isEqualTo("0 3 * * *");
        assertThat(cron.getSpec().getTimeZone()).isEqualTo("Europe/Berlin");
        assertThat(cron.getSpec().getConcurrencyPolicy()).as("no overlapping runs by default").isEqualTo("Forbid");
        assertThat(cron.getSpec().getSuccessfulJobsHistoryLimit()).isEqualTo(5);
        assertThat(cron.getSpec().getFailedJobsHistoryLimit()).isEqualTo(2);
        assertThat(cron.getSpec().getStartingDeadlineSeconds()).isEqualTo(300L);
        assertThat(cron.getSpec().getJobTemplate().getMetadata().getLabels()).containsEntry("example.com/tier", "batch");
        assertThat(cron.getSpec().getJobTemplate().getSpec().getTemplate().getMetadata().getLabels())
                .containsEntry("example.com/tier", "batch").containsEntry("app.kubernetes.io/component", "cron-job");
        App replace = Shipshape.app("shop");
        replace.cronJob("report", "my-repo/report:1" + PINNED).resources(small()).schedule("@hourly")
                .concurrency(CronOptions.Concurrency.REPLACE);
        assertThat(only(replace.render(), CronJob.class, "report").getSpec().getConcurrencyPolicy()).isEqualTo("Replace");
    }

    @Test
    void bad_schedules_and_time_zones_are_refused_at_once_naming_why() {
        var cron = Shipshape.app("shop").cronJob("backup", "my-repo/backup:1.2.0" + PINNED);
        assertThatThrownBy(() -> cron.schedule("0 25 * * *")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("schedule '0 25 * * *' of shop/cronJob:backup is not valid: hour: end of range (25) above maximum (23)");
        assertThatThrownBy(() -> cron.schedule("TZ=UTC 0 3 * * *")).hasMessageContaining("cannot use TZ");
        assertThatThrownBy(() -> cron.timeZone("Europe/Nowhere")).hasMessageContaining("unknown time zone Europe/Nowhere");
        assertThatThrownBy(() -> cron.timeZone("Local")).hasMessageContaining("explicit time zone");
    }

    @Test
    void sidecars_are_native_and_init_containers_run_first_in_the_order_declared() {
        App app = Shipshape.app("shop");
        app.webService("web", "my-repo/web:1" + PINNED).port("http", 8080).resources(small())
                .readinessProbe(Probe.http("/", "http"))
                .initContainer("wait", "busybox:1.36.1" + PINNED, c -> c.command("sh", "-c", "true").resources(small()))
                .sidecar("proxy", "envoyproxy/envoy:v1.31.0" + PINNED, c -> c.port("admin", 9901).resources(small())
                        .readinessProbe(Probe.tcp("admin")));
        PodSpec pod = only(app.render(), Deployment.class, "web").getSpec().getTemplate().getSpec();
        assertThat(pod.getContainers()).extracting(Container::getName).containsExactly("web");
        assertThat(pod.getInitContainers()).extracting(Container::getName).containsExactly("wait", "proxy");
        assertThat(pod.getInitContainers()).extracting(Container::getRestartPolicy).containsExactly(null, "Always");
        assertThat(pod.getInitContainers().get(1).getReadinessProbe()).isNotNull();
        var web = Shipshape.app("shop").webService("web", "my-repo/web:1" + PINNED);
        assertThatThrownBy(() -> web.sidecar("web", "busybox:1.36.1", c -> { })).hasMessageContaining("already has a container named 'web'");
        assertThatThrownBy(() -> web.sidecar("Bad", "busybox:1.36.1", c -> { })).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labels_and_annotations_reach_objects_and_pods_but_never_selectors() {
        App app = Shipshape.app("shop");
        app.webService("web", "my-repo/web:1" + PINNED).port("http", 8080).resources(small()).readinessProbe(Probe.http("/", "http"))
                .label("example.com/team", "checkout").annotation("example.com/owner", "web-team");
        Manifests m = app.render();
        Deployment d = only(m, Deployment.class, "web");
        assertThat(d.getMetadata().getLabels()).containsEntry("example.com/team", "checkout");
        assertThat(d.getMetadata().getAnnotations()).containsEntry("example.com/owner", "web-team");
        assertThat(d.getSpec().getTemplate().getMetadata().getLabels()).containsEntry("example.com/team", "checkout");
        assertThat(d.getSpec().getTemplate().getMetadata().getAnnotations()).containsEntry("example.com/owner", "web-team");
        assertThat(d.getSpec().getSelector().getMatchLabels()).doesNotContainKey("example.com/team");
        assertThat(only(m, Service.class, "web").getSpec().getSelector()).doesNotContainKey("example.com/team");
        App withIngress = Shipshape.app("shop");
        var routed = withIngress.webService("web", "my-repo/web:1" + PINNED).port("http", 8080).resources(small())
                .readinessProbe(Probe.http("/", "http"));
        withIngress.ingress("edge").annotation("cert-manager.io/cluster-issuer", "letsencrypt").label("example.com/team", "edge")
                .route("/", routed);
        var ingress = only(withIngress.render(), io.fabric8.kubernetes.api.model.networking.v1.Ingress.class, "edge");
        assertThat(ingress.getMetadata().getAnnotations()).containsEntry("cert-manager.io/cluster-issuer", "letsencrypt");
        assertThat(ingress.getMetadata().getLabels()).containsEntry("example.com/team", "edge")
                .containsEntry("app.kubernetes.io/component", "ingress");
        assertThatThrownBy(() -> withIngress.ingress("other").label("app.kubernetes.io/part-of", "x")).hasMessageContaining("Shipshape's own");
        var web = Shipshape.app("shop").webService("web", "my-repo/web:1");
        assertThatThrownBy(() -> web.label("app.kubernetes.io/name", "x")).hasMessageContaining("Shipshape's own");
        assertThatThrownBy(() -> web.annotation("shipshape.dev/waived.x", "y")).hasMessageContaining(".waive(ruleId, reason)");
        assertThatThrownBy(() -> web.label("example.com/team", "-bad")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scheduling_pull_secrets_shutdown_and_rollout() {
        App app = Shipshape.app("shop");
        SecretRef creds = app.externalSecret("registry-creds", ".dockerconfigjson");
        app.webService("web", "my-repo/web:1" + PINNED).port("http", 8080).resources(small()).readinessProbe(Probe.http("/", "http"))
                .startupProbe(Probe.http("/healthz", "http"))
                .nodeSelector("disktype", "ssd").toleration(Toleration.equal("dedicated", "web", Toleration.NO_SCHEDULE))
                .toleration(Toleration.exists("gpu")).imagePullSecret(creds)
                .preStop(Duration.ofSeconds(5)).terminationGracePeriod(Duration.ofSeconds(45))
                .rollingUpdate(RollingUpdate.pods(1, 0));
        Deployment d = only(app.render(), Deployment.class, "web");
        PodSpec pod = d.getSpec().getTemplate().getSpec();
        assertThat(pod.getNodeSelector()).containsExactly(Map.entry("disktype", "ssd"));
        assertThat(pod.getTolerations()).extracting("key", "operator", "value", "effect").containsExactly(
                org.assertj.core.groups.Tuple.tuple("dedicated", "Equal", "web", "NoSchedule"),
                org.assertj.core.groups.Tuple.tuple("gpu", "Exists", null, null));
        assertThat(pod.getImagePullSecrets()).extracting("name").containsExactly("registry-creds");
        assertThat(pod.getTerminationGracePeriodSeconds()).isEqualTo(45L);
        Container web = pod.getContainers().get(0);
        assertThat(web.getLifecycle().getPreStop().getSleep().getSeconds()).isEqualTo(5L);
        assertThat(web.getStartupProbe().getHttpGet().getPath()).isEqualTo("/healthz");
        assertThat(d.getSpec().getStrategy().getRollingUpdate().getMaxSurge().getIntVal()).isEqualTo(1);
        assertThat(d.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal()).isEqualTo(0);
        assertThat(pod.getTopologySpreadConstraints()).singleElement().satisfies(t -> {
            assertThat(t.getTopologyKey()).isEqualTo("topology.kubernetes.io/zone");
            assertThat(t.getWhenUnsatisfiable()).isEqualTo("ScheduleAnyway");
            assertThat(t.getLabelSelector().getMatchLabels()).isEqualTo(d.getSpec().getSelector().getMatchLabels());
        });
        assertThatThrownBy(() -> RollingUpdate.pods(0, 0)).hasMessageContaining("cannot both be 0");
        assertThatThrownBy(() -> RollingUpdate.percent(25, 101)).hasMessageContaining("not be more than 100%");
        assertThatThrownBy(() -> Toleration.equal("dedicated", "web", "Sometimes")).hasMessageContaining("must be one of");
    }

    @Test
    void zone_spreading_is_on_at_two_replicas_and_can_be_turned_off() {
        App one = Shipshape.app("shop");
        one.webService("web", "my-repo/web:1" + PINNED).port("http", 8080).replicas(1);
        assertThat(only(one.render(), Deployment.class, "web").getSpec().getTemplate().getSpec().getTopologySpreadConstraints())
                .isEmpty();
        App off = Shipshape.app("shop");
        off.webService("web", "my-repo/web:1" + PINNED).port("http", 8080).spreadAcrossZones(false);
        assertThat(only(off.render(), Deployment.class, "web").getSpec().getTemplate().getSpec().getTopologySpreadConstraints())
                .isEmpty();
    }

    @Test
    void store_volumes_take_a_storage_class_and_access_mode_and_the_read_service_is_optional() {
        App app = Shipshape.app("shop");
        StatefulStore db = app.statefulStore("db", "postgres:16.3" + PINNED).port("pg", 5432).resources(small())
                .volume("data", "/var/lib/postgresql", Storage.gibibytes(20),
                        v -> v.storageClass("fast-ssd").accessMode(AccessMode.READ_WRITE_ONCE_POD))
                .withoutReadService();
        Manifests m = app.render();
        PersistentVolumeClaim claim = only(m, StatefulSet.class, "db").getSpec().getVolumeClaimTemplates().get(0);
        assertThat(claim.getSpec().getStorageClassName()).isEqualTo("fast-ssd");
        assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteOncePod");
        assertThat(m.objects()).filteredOn(o -> o instanceof Service).extracting(o -> o.getMetadata().getName()).containsExactly("db");
        app.worker("reader", "my-repo/reader:1" + PINNED).resources(small()).env("DB_HOST", db.readHost());
        assertThat(app.validate()).filteredOn(v -> v.rule().equals("reference.unresolved")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("without its read Service"));
        assertThatThrownBy(() -> db.volume("wal", "/wal", Storage.gibibytes(1), v -> v.storageClass("Fast_SSD")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(List.of(AccessMode.values())).extracting(AccessMode::kubernetesName)
                .containsExactly("ReadWriteOnce", "ReadWriteOncePod", "ReadOnlyMany", "ReadWriteMany");
    }
}
