package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import java.time.Duration;
import java.util.Optional;

/**
 * When a CronJob starts its Jobs.
 *
 * <pre>{@code
 * app.cronJob("backup", image).schedule("0 3 * * *").timeZone("Europe/Berlin");
 * app.model().workloads().get(0).cron().orElseThrow().schedule();   // "0 3 * * *"
 * }</pre>
 *
 * @param schedule              a cron schedule: five fields or a macro such as {@code @daily}
 * @param timeZone              an IANA time zone; empty: the controller's (usually UTC)
 * @param concurrency           what happens when a run is due while the last one still runs
 * @param successfulJobsHistory finished Jobs kept
 * @param failedJobsHistory     failed Jobs kept
 * @param startingDeadline      how late a missed run may still start; empty: no limit
 */
public record CronOptions(String schedule, Optional<String> timeZone, Concurrency concurrency, int successfulJobsHistory,
                          int failedJobsHistory, Optional<Duration> startingDeadline) {

    /** What a CronJob does when a run is due while the previous one has not finished. */
    public enum Concurrency {
        /** Start it anyway: runs may overlap. */
        ALLOW("Allow"),
        /** Skip it: never two runs at once (Shipshape's default, the safe choice for backups and reports). */
        FORBID("Forbid"),
        /** Stop the running one and start the new one. */
        REPLACE("Replace");

        private final String kubernetesName;

        Concurrency(String kubernetesName) {
            this.kubernetesName = kubernetesName;
        }

        /**
         * The name in the CronJob spec.
         *
         * @return {@code Allow}, {@code Forbid} or {@code Replace}
         */
        public String kubernetesName() {
            return kubernetesName;
        }
    }

    /**
     * Rejects null parts and negative history limits.
     *
     * @param schedule a cron schedule: five fields or a macro such as {@code @daily}
     * @param timeZone an IANA time zone; empty: the controller's (usually UTC)
     * @param concurrency what happens when a run is due while the last one still runs
     * @param successfulJobsHistory finished Jobs kept
     * @param failedJobsHistory failed Jobs kept
     * @param startingDeadline how late a missed run may still start; empty: no limit
     */
    public CronOptions {
        Args.notNull(schedule, "schedule");
        Args.notNull(timeZone, "timeZone");
        Args.notNull(concurrency, "concurrency");
        if (successfulJobsHistory < 0 || failedJobsHistory < 0) {
            throw new IllegalArgumentException("history limits must not be negative");
        }
        JobOptions.positive(Args.notNull(startingDeadline, "startingDeadline"), "startingDeadline");
    }
}
