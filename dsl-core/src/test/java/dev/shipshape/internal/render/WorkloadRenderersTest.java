package dev.shipshape.internal.render;

import static dev.shipshape.internal.render.Rendering.IMAGE;
import static dev.shipshape.internal.render.Rendering.SMALL;
import static dev.shipshape.internal.render.Rendering.one;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.model.AccessMode;
import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.JobOptions;
import dev.shipshape.model.RollingUpdate;
import dev.shipshape.units.Storage;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the workload renderers ({@link Deployments}, {@link StatefulSets}, {@link Jobs}) render, with what every
 * workload gets ({@link Scaling}, {@link ServiceAccounts}, {@link Services}), for each option.
 */
class WorkloadRenderersTest {

    private final App app = Shipshape.app("shop").namespace("shop");

    private List<HasMetadata> render(String name) {
        return Rendering.of(app).render(name);
    }

    private static List<String> kinds(List<HasMetadata> objects) {
        return objects.stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList();
    }

    @Test
    void a_web_service_is_a_deployment_a_service_a_budget_and_an_account() {
        app.webService("web", IMAGE).port("http", 8080, 80).port("metrics", 9090).resources(SMALL);
        List<HasMetadata> objects = render("web");
        assertThat(kinds(objects)).containsExactly("Deployment/web", "Service/web", "PodDisruptionBudget/web",
                "ServiceAccount/web");
        Deployment d = one(objects, Deployment.class);
        assertThat(d.getSpec().getReplicas()).isEqualTo(2);
        assertThat(d.getSpec().getStrategy()).isNull();
        assertThat(d.getSpec().getSelector().getMatchLabels()).containsOnlyKeys("app.kubernetes.io/name", "app.kubernetes.io/part-of");
        assertThat(d.getMetadata().getNamespace()).isEqualTo("shop");
        Service s = one(objects, Service.class);
        assertThat(s.getSpec().getClusterIP()).isNull();
        assertThat(s.getSpec().getPorts()).extracting(p -> tuple(p.getName(), p.getPort(), p.getTargetPort().getStrVal()))
                .containsExactly(tuple("http", 80, "http"), tuple("metrics", 9090, "metrics"));
        assertThat(one(objects, PodDisruptionBudget.class).getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
        assertThat(one(objects, ServiceAccount.class).getAutomountServiceAccountToken()).isFalse();
    }

    @Test
    void an_autoscaled_deployment_leaves_replicas_to_its_hpa() {
        app.webService("web", IMAGE).port("http", 8080).resources(SMALL)
                .autoscale(Autoscaling.between(3, 9).targetCpuUtilization(70)).rollingUpdate(RollingUpdate.pods(1, 0));
        List<HasMetadata> objects = render("web");
        assertThat(kinds(objects)).containsExactly("Deployment/web", "Service/web", "HorizontalPodAutoscaler/web",
                "PodDisruptionBudget/web", "ServiceAccount/web");
        Deployment d = one(objects, Deployment.class);
        assertThat(d.getSpec().getReplicas()).isNull();
        assertThat(d.getSpec().getStrategy().getType()).isEqualTo("RollingUpdate");
        assertThat(d.getSpec().getStrategy().getRollingUpdate().getMaxSurge().getIntVal()).isEqualTo(1);
        assertThat(d.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal()).isEqualTo(0);
        HorizontalPodAutoscaler hpa = one(objects, HorizontalPodAutoscaler.class);
        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo("web");
        assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(3);
        assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(9);
        assertThat(hpa.getSpec().getMetrics().get(0).getResource().getTarget().getAverageUtilization()).isEqualTo(70);
    }

    @Test
    void a_percent_rolling_update_stays_a_percent() {
        app.worker("w", IMAGE).resources(SMALL).rollingUpdate(RollingUpdate.percent(25, 10));
        Deployment d = one(render("w"), Deployment.class);
        assertThat(d.getSpec().getStrategy().getRollingUpdate().getMaxSurge().getStrVal()).isEqualTo("25%");
        assertThat(d.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getStrVal()).isEqualTo("10%");
    }

    @Test
    void a_worker_of_one_replica_has_no_service_and_no_budget() {
        app.worker("w", IMAGE).resources(SMALL);
        List<HasMetadata> objects = render("w");
        assertThat(kinds(objects)).containsExactly("Deployment/w", "ServiceAccount/w");
        assertThat(one(objects, Deployment.class).getSpec().getReplicas()).isEqualTo(1);
    }

    @Test
    void a_store_is_a_stateful_set_with_claims_a_headless_service_and_a_read_service() {
        app.statefulStore("db", IMAGE).port("pg", 5432).resources(SMALL).replicas(3)
                .volume("data", "/data", Storage.gibibytes(10), v -> v.storageClass("fast").accessMode(AccessMode.READ_WRITE_ONCE_POD));
        List<HasMetadata> objects = render("db");
        assertThat(kinds(objects)).containsExactly("StatefulSet/db", "Service/db", "Service/db-read",
                "PodDisruptionBudget/db", "ServiceAccount/db");
        StatefulSet set = one(objects, StatefulSet.class);
        assertThat(set.getSpec().getServiceName()).isEqualTo("db");
        assertThat(set.getSpec().getReplicas()).isEqualTo(3);
        assertThat(set.getSpec().getVolumeClaimTemplates()).singleElement().satisfies(c -> {
            assertThat(c.getMetadata().getName()).isEqualTo("data");
            assertThat(c.getSpec().getStorageClassName()).isEqualTo("fast");
            assertThat(c.getSpec().getAccessModes()).containsExactly("ReadWriteOncePod");
            assertThat(c.getSpec().getResources().getRequests().get("storage").toString()).isEqualTo("10Gi");
        });
        assertThat(objects.stream().filter(Service.class::isInstance).map(o -> ((Service) o).getSpec().getClusterIP()))
                .containsExactly("None", null);
    }

    @Test
    void a_store_without_read_service_has_only_its_governing_service() {
        app.statefulStore("db", IMAGE).port("pg", 5432).resources(SMALL).volume("data", "/data", Storage.gibibytes(1))
                .withoutReadService();
        assertThat(kinds(render("db"))).containsExactly("StatefulSet/db", "Service/db", "ServiceAccount/db");
    }

    @Test
    void a_job_renders_its_options_and_leaves_the_defaults_out() {
        app.job("plain", IMAGE).resources(SMALL);
        app.job("tuned", IMAGE).resources(SMALL).backoffLimit(2).activeDeadline(Duration.ofMinutes(10))
                .ttlAfterFinished(Duration.ofHours(1)).completions(4, 2).restartPolicy(JobOptions.RestartPolicy.ON_FAILURE);
        Job plain = one(render("plain"), Job.class);
        assertThat(plain.getSpec().getBackoffLimit()).isEqualTo(6);
        assertThat(plain.getSpec().getActiveDeadlineSeconds()).isNull();
        assertThat(plain.getSpec().getTtlSecondsAfterFinished()).isNull();
        assertThat(plain.getSpec().getCompletions()).isNull();
        assertThat(plain.getSpec().getParallelism()).isNull();
        assertThat(plain.getSpec().getTemplate().getSpec().getRestartPolicy()).isEqualTo("Never");
        List<HasMetadata> objects = render("tuned");
        assertThat(kinds(objects)).containsExactly("Job/tuned", "ServiceAccount/tuned");
        Job tuned = one(objects, Job.class);
        assertThat(tuned.getSpec().getBackoffLimit()).isEqualTo(2);
        assertThat(tuned.getSpec().getActiveDeadlineSeconds()).isEqualTo(600L);
        assertThat(tuned.getSpec().getTtlSecondsAfterFinished()).isEqualTo(3600);
        assertThat(tuned.getSpec().getCompletions()).isEqualTo(4);
        assertThat(tuned.getSpec().getParallelism()).isEqualTo(2);
        assertThat(tuned.getSpec().getTemplate().getSpec().getRestartPolicy()).isEqualTo("OnFailure");
    }

    @Test
    void a_cron_job_renders_its_schedule_and_its_job_template() {
        app.cronJob("nightly", IMAGE).resources(SMALL).schedule("0 3 * * *").timeZone("Europe/Berlin")
                .startingDeadline(Duration.ofMinutes(5)).history(5, 2);
        CronJob cron = one(render("nightly"), CronJob.class);
        assertThat(cron.getSpec().getSchedule()).isEqualTo("0 3 * * *");
        assertThat(cron.getSpec().getTimeZone()).isEqualTo("Europe/Berlin");
        assertThat(cron.getSpec().getConcurrencyPolicy()).isEqualTo("Forbid");
        assertThat(cron.getSpec().getSuccessfulJobsHistoryLimit()).isEqualTo(5);
        assertThat(cron.getSpec().getFailedJobsHistoryLimit()).isEqualTo(2);
        assertThat(cron.getSpec().getStartingDeadlineSeconds()).isEqualTo(300L);
        assertThat(cron.getSpec().getJobTemplate().getMetadata().getLabels()).containsEntry("app.kubernetes.io/component", "cron-job");
        assertThat(cron.getSpec().getJobTemplate().getSpec().getBackoffLimit()).isEqualTo(6);
    }
}
