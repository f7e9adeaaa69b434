package dev.shipshape.internal.render;

import dev.shipshape.model.CronOptions;
import dev.shipshape.model.JobOptions;
import dev.shipshape.model.WorkloadSpec;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobSpec;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpec;
import io.fabric8.kubernetes.api.model.batch.v1.JobTemplateSpec;
import java.time.Duration;
import java.util.Optional;

/**
 * Jobs and cron jobs ({@code batch/v1}): the job spec (backoff, deadline, TTL, completions and parallelism when not
 * 1, the restart policy) and, for a cron job, its schedule, time zone, concurrency, history and starting deadline.
 * Not API.
 */
final class Jobs {

    private Jobs() {
    }

    /** A Job. */
    static final class Once extends WorkloadRenderer {
        @Override
        void renderWorkload(WorkloadSpec w, RenderContext.Scope out) {
            Job job = new Job();
            job.setMetadata(out.meta(w, w.name()));
            job.setSpec(jobSpec(w, out));
            out.add(job);
        }
    }

    /** A CronJob, whose job template carries the workload's labels. */
    static final class Scheduled extends WorkloadRenderer {
        @Override
        void renderWorkload(WorkloadSpec w, RenderContext.Scope out) {
            CronOptions c = w.cron().orElseThrow();
            ObjectMeta templateMeta = new ObjectMeta();
            templateMeta.setLabels(out.podLabels(w));
            JobTemplateSpec template = new JobTemplateSpec();
            template.setMetadata(templateMeta);
            template.setSpec(jobSpec(w, out));
            CronJobSpec spec = new CronJobSpec();
            spec.setSchedule(c.schedule());
            spec.setTimeZone(c.timeZone().orElse(null));
            spec.setConcurrencyPolicy(c.concurrency().kubernetesName());
            spec.setSuccessfulJobsHistoryLimit(c.successfulJobsHistory());
            spec.setFailedJobsHistoryLimit(c.failedJobsHistory());
            spec.setStartingDeadlineSeconds(c.startingDeadline().map(Duration::toSeconds).orElse(null));
            spec.setJobTemplate(template);
            CronJob cron = new CronJob();
            cron.setMetadata(out.meta(w, w.name()));
            cron.setSpec(spec);
            out.add(cron);
        }
    }

    private static JobSpec jobSpec(WorkloadSpec w, RenderContext.Scope out) {
        JobOptions o = w.job().orElseThrow();
        JobSpec spec = new JobSpec();
        spec.setBackoffLimit(o.backoffLimit());
        spec.setActiveDeadlineSeconds(o.activeDeadline().map(Duration::toSeconds).orElse(null));
        spec.setTtlSecondsAfterFinished(o.ttlAfterFinished().map(d -> (int) d.toSeconds()).orElse(null));
        spec.setCompletions(o.completions() == 1 ? null : o.completions());
        spec.setParallelism(o.parallelism() == 1 ? null : o.parallelism());
        spec.setTemplate(PodTemplates.of(w, Optional.of(o.restartPolicy().kubernetesName()), out));
        return spec;
    }
}
