package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.testing.CheckedYaml;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tests of {@link CronJobScheduleInvalid}: where it fires, where it does not, and what it says. */
class CronJobScheduleInvalidTest {

    @Test
    void a_cron_job_without_a_schedule_or_with_one_the_api_refuses() {
        Fixture f = new Fixture();
        f.app.cronJob("backup", "my-repo/backup:1" + Fixture.DIGEST).resources(Fixture.resources());
        Violation v = f.only("cronjob.schedule-invalid");
        assertThat(v.path()).isEqualTo("shop/cronJob:backup/schedule");
        assertThat(v.message()).isEqualTo("CronJob backup has no schedule; the API server refuses it.");
        Fixture included = new Fixture();
        io.fabric8.kubernetes.api.model.batch.v1.CronJob legacy = new io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder().withNewMetadata().withName("legacy")
                .endMetadata().withNewSpec().withSchedule("*/5 * * * 8").withTimeZone("Mars/Olympus").withNewJobTemplate()
                .withNewSpec().withNewTemplate().withNewMetadata().addToLabels("app", "legacy").endMetadata().withNewSpec().withRestartPolicy("Never").addNewContainer().withName("x")
                .withImage("my-repo/x:1" + Fixture.DIGEST).withNewResources().withRequests(java.util.Map.of("cpu",
                        new io.fabric8.kubernetes.api.model.Quantity("10m"), "memory", new io.fabric8.kubernetes.api.model.Quantity("16Mi")))
                .withLimits(java.util.Map.of("memory", new io.fabric8.kubernetes.api.model.Quantity("16Mi"))).endResources()
                .endContainer().endSpec().endTemplate().endSpec().endJobTemplate().endSpec().build();
        Fixture.restricted(legacy.getSpec().getJobTemplate().getSpec().getTemplate().getSpec());
        included.app.include(legacy);
        included.app.include(Fixture.isolating("legacy"));
        assertThat(included.violations()).extracting(Violation::rule, Violation::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("cronjob.schedule-invalid", "shop/CronJob:legacy/schedule"),
                org.assertj.core.groups.Tuple.tuple("cronjob.schedule-invalid", "shop/CronJob:legacy/timeZone"));
        assertThat(included.violations().get(0).message()).contains("day of week: end of range (8) above maximum (6)");
    }

    @TempDir
    Path tmp;

    /** {@code path | message | fix} of {@code rule}'s findings, the file written as {@code m.yaml}. */
    private List<String> check(String rule, String yaml) throws IOException {
        return CheckedYaml.findings(tmp, rule, yaml);
    }

    private static final String API = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api}
            spec:
              selector: {matchLabels: {app: api}}
              template:
                metadata: {labels: {app: api}}
                spec:
                  containers:
                  - name: a
                    image: "my-repo/a:1"
                    resources:
                      requests: {cpu: "1", memory: 1Gi}
                      limits: {cpu: 800m, memory: 1Gi}
            ---
            """;

    @Test
    void a_cron_job_without_spec_or_schedule_has_no_schedule() throws IOException {
        String fix = " | write five fields (minute hour day-of-month month day-of-week) or a macro such as @daily.";
        assertThat(check("cronjob.schedule-invalid", """
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: nospec}
                ---
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: noschedule}
                spec:
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          restartPolicy: Never
                          containers: [{name: a, image: "my-repo/a:1"}]
                """)).containsExactly(
                "m.yaml#L1/CronJob:nospec/schedule | CronJob nospec has no schedule; the API server refuses it." + fix,
                "m.yaml#L5/CronJob:noschedule/schedule | CronJob noschedule has no schedule; the API server refuses it." + fix);
    }
}
