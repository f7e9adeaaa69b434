package dev.shipshape.dsl;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.JobOptions;
import dev.shipshape.units.Image;
import java.time.Duration;
import java.util.Optional;

/**
 * What a Job and the Jobs of a CronJob share: how their pods run to completion. Kubernetes' defaults apply until
 * set: 6 retries, no deadline, finished Jobs kept, a new pod for each failure ({@code restartPolicy: Never}), one
 * pod.
 *
 * <pre>{@code
 * app.job("migrate", "my-repo/journal-migrate:1.4.0")
 *         .backoffLimit(2)
 *         .activeDeadline(Duration.ofMinutes(10))
 *         .ttlAfterFinished(Duration.ofHours(1));
 * }</pre>
 *
 * @param <SELF> the concrete builder
 */
public abstract sealed class BatchComponent<SELF extends BatchComponent<SELF>> extends PodComponent<SELF>
        permits BatchJob, ScheduledJob {

    private int backoffLimit = 6;
    private Optional<Duration> activeDeadline = Optional.empty();
    private Optional<Duration> ttlAfterFinished = Optional.empty();
    private JobOptions.RestartPolicy restartPolicy = JobOptions.RestartPolicy.NEVER;
    private int completions = 1;
    private int parallelism = 1;

    BatchComponent(ComponentId id, Image image) {
        super(id, image);
    }

    /**
     * How many times a failed pod is retried before the Job fails (Kubernetes' default 6).
     *
     * @param retries retries before the Job is marked failed, 0 or more
     * @return this builder, for chaining
     * @throws IllegalArgumentException if negative
     */
    public SELF backoffLimit(int retries) {
        if (retries < 0) {
            throw new IllegalArgumentException("backoffLimit of " + id().path() + " must not be negative, got " + retries);
        }
        this.backoffLimit = retries;
        return self();
    }

    /**
     * How long the Job may run in all, retries included, before it is stopped and marked failed.
     *
     * @param deadline the deadline, in whole seconds
     * @return this builder, for chaining
     * @throws IllegalArgumentException if shorter than 1 second or not whole seconds
     */
    public SELF activeDeadline(Duration deadline) {
        this.activeDeadline = Optional.of(wholeSeconds(deadline, "active deadline", 1));
        return self();
    }

    /**
     * Deletes the finished Job (and its pods) this long after it finishes.
     *
     * @param ttl the time to keep it, in whole seconds
     * @return this builder, for chaining
     * @throws IllegalArgumentException if negative or not whole seconds
     */
    public SELF ttlAfterFinished(Duration ttl) {
        this.ttlAfterFinished = Optional.of(wholeSeconds(ttl, "ttl after finished", 0));
        return self();
    }

    /**
     * What happens to a failed pod: {@code NEVER} (default; a new pod, the failed one kept to inspect) or
     * {@code ON_FAILURE} (the container restarts in place).
     *
     * @param policy {@code NEVER} or {@code ON_FAILURE}
     * @return this builder, for chaining
     */
    public SELF restartPolicy(JobOptions.RestartPolicy policy) {
        this.restartPolicy = Args.notNull(policy, "restart policy");
        return self();
    }

    /**
     * Runs until {@code completions} pods have succeeded, {@code parallelism} at a time (both 1 by default).
     *
     * @param completions successful pods needed
     * @param parallelism pods at once
     * @return this builder, for chaining
     * @throws IllegalArgumentException if either is below 1
     */
    public SELF completions(int completions, int parallelism) {
        if (completions < 1 || parallelism < 1) {
            throw new IllegalArgumentException("completions and parallelism of " + id().path() + " must be at least 1, got "
                    + completions + " and " + parallelism);
        }
        this.completions = completions;
        this.parallelism = parallelism;
        return self();
    }

    JobOptions freezeJob() {
        return new JobOptions(backoffLimit, activeDeadline, ttlAfterFinished, restartPolicy, completions, parallelism);
    }
}
