package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import java.time.Duration;
import java.util.Optional;

/**
 * How a Job (or each Job of a CronJob) runs its pods to completion.
 *
 * <pre>{@code
 * JobOptions job = app.model().workloads().get(0).job().orElseThrow();
 * job.backoffLimit();   // 6
 * }</pre>
 *
 * @param backoffLimit     retries before the Job is marked failed (Kubernetes' default 6)
 * @param activeDeadline   how long the Job may run in all before it is stopped; empty: no limit
 * @param ttlAfterFinished how long a finished Job is kept before it is deleted; empty: kept
 * @param restartPolicy    what happens to a failed pod
 * @param completions      successful pods needed
 * @param parallelism      pods running at once
 */
public record JobOptions(int backoffLimit, Optional<Duration> activeDeadline, Optional<Duration> ttlAfterFinished,
                         RestartPolicy restartPolicy, int completions, int parallelism) {

    /** What the kubelet does with a failed pod of a Job. */
    public enum RestartPolicy {
        /** A new pod is created (failures are counted against the backoff limit); the failed pod is kept to inspect. */
        NEVER("Never"),
        /** The container is restarted in the same pod. */
        ON_FAILURE("OnFailure");

        private final String kubernetesName;

        RestartPolicy(String kubernetesName) {
            this.kubernetesName = kubernetesName;
        }

        /**
         * The name in the pod spec.
         *
         * @return {@code Never} or {@code OnFailure}
         */
        public String kubernetesName() {
            return kubernetesName;
        }
    }

    /**
     * Checks the parts.
     *
     * @param backoffLimit retries before the Job is marked failed (Kubernetes' default 6)
     * @param activeDeadline how long the Job may run in all before it is stopped; empty: no limit
     * @param ttlAfterFinished how long a finished Job is kept before it is deleted; empty: kept
     * @param restartPolicy what happens to a failed pod
     * @param completions successful pods needed
     * @param parallelism pods running at once
     * @throws IllegalArgumentException if a count is negative, completions or parallelism below 1, or a duration
     *         negative or zero
     */
    public JobOptions {
        if (backoffLimit < 0) {
            throw new IllegalArgumentException("backoffLimit must not be negative, got " + backoffLimit);
        }
        positive(Args.notNull(activeDeadline, "activeDeadline"), "activeDeadline");
        Args.notNull(ttlAfterFinished, "ttlAfterFinished").ifPresent(d -> {
            if (d.isNegative()) {
                throw new IllegalArgumentException("ttlAfterFinished must not be negative, got " + d);
            }
        });
        Args.notNull(restartPolicy, "restartPolicy");
        if (completions < 1 || parallelism < 1) {
            throw new IllegalArgumentException("completions and parallelism must be at least 1, got " + completions
                    + " and " + parallelism);
        }
    }

    /**
     * Kubernetes' defaults: 6 retries, no deadline, kept when finished, a new pod per failure, one pod.
     *
     * @return the defaults
     */
    public static JobOptions defaults() {
        return new JobOptions(6, Optional.empty(), Optional.empty(), RestartPolicy.NEVER, 1, 1);
    }

    static void positive(Optional<Duration> d, String what) {
        d.ifPresent(x -> {
            if (x.isNegative() || x.isZero() || x.toSeconds() == 0) {
                throw new IllegalArgumentException(what + " must be at least 1 second, got " + x);
            }
        });
    }
}
