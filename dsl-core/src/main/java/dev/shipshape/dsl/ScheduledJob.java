package dev.shipshape.dsl;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.internal.lang.Cron;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.CronOptions;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.units.Image;
import dev.shipshape.units.Names;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A scheduled task: a {@code batch/v1} CronJob (a nightly backup, a report). Named {@code ScheduledJob} so it never
 * clashes with fabric8's {@code CronJob} in the same file. Runs never overlap unless you say so
 * ({@link CronOptions.Concurrency#FORBID} by default); 3 successful and 1 failed Job are kept.
 *
 * <pre>{@code
 * ScheduledJob backup = app.cronJob("redis-backup", "my-repo/redis-backup:1.2.0")
 *         .schedule("0 3 * * *")
 *         .timeZone("Europe/Berlin")
 *         .env("REDIS_HOST", redis.primaryHost())
 *         .resources(Resources.of(Cpu.millis(100), Memory.mebibytes(128)).limits(Cpu.millis(500), Memory.mebibytes(128)));
 * }</pre>
 *
 * <p>A schedule has five fields (minute, hour, day of month, month, day of week) with ranges ({@code 1-5}), lists
 * ({@code 1,15}), steps ({@code *}{@code /15}), names ({@code JAN}, {@code MON}) and {@code ?}, or is one of
 * {@code @yearly}, {@code @annually}, {@code @monthly}, {@code @weekly}, {@code @daily}, {@code @midnight},
 * {@code @hourly}, {@code @every <duration>}: what the CronJob controller's parser ({@code cron.ParseStandard})
 * accepts.
 */
public final class ScheduledJob extends BatchComponent<ScheduledJob> {

    private String schedule = "";
    private Optional<String> timeZone = Optional.empty();
    private CronOptions.Concurrency concurrency = CronOptions.Concurrency.FORBID;
    private int successfulJobsHistory = 3;
    private int failedJobsHistory = 1;
    private Optional<Duration> startingDeadline = Optional.empty();

    ScheduledJob(ComponentId id, Image image) {
        super(id, image);
    }

    @Override
    ScheduledJob self() {
        return this;
    }

    /**
     * When the Jobs start: {@code .schedule("0 3 * * *")} (03:00 every day) or {@code .schedule("@hourly")}.
     *
     * @param schedule the cron schedule
     * @return this cron job, for chaining
     * @throws IllegalArgumentException naming what is wrong, if the controller could not parse it
     */
    public ScheduledJob schedule(String schedule) {
        Args.notNull(schedule, "schedule");
        Cron.problem(schedule).ifPresent(why -> {
            throw new IllegalArgumentException("schedule '" + Names.printable(schedule) + "' of " + id().path() + " is not"
                    + " valid: " + why + " (e.g. '0 3 * * *' for 03:00 daily, or '@hourly')");
        });
        this.schedule = schedule;
        return self();
    }

    /**
     * The IANA time zone the schedule is read in: {@code .timeZone("Europe/Berlin")}; without one, the controller's
     * (usually UTC).
     *
     * @param zone the time zone
     * @return this cron job, for chaining
     * @throws IllegalArgumentException if it is not a time zone of the IANA database
     */
    public ScheduledJob timeZone(String zone) {
        Args.notNull(zone, "time zone");
        Cron.timeZoneProblem(zone).ifPresent(why -> {
            throw new IllegalArgumentException("time zone '" + Names.printable(zone) + "' of " + id().path() + " is not"
                    + " valid: " + why + " (e.g. 'Europe/Berlin', 'Asia/Shanghai', 'UTC')");
        });
        this.timeZone = Optional.of(zone);
        return self();
    }

    /**
     * What happens when a run is due while the last one still runs (default {@code FORBID}: it is skipped).
     *
     * @param concurrency the policy
     * @return this cron job, for chaining
     */
    public ScheduledJob concurrency(CronOptions.Concurrency concurrency) {
        this.concurrency = Args.notNull(concurrency, "concurrency");
        return self();
    }

    /**
     * How many finished Jobs to keep (default 3 successful, 1 failed).
     *
     * @param successful successful Jobs kept
     * @param failed failed Jobs kept
     * @return this cron job, for chaining
     * @throws IllegalArgumentException if either is negative
     */
    public ScheduledJob history(int successful, int failed) {
        if (successful < 0 || failed < 0) {
            throw new IllegalArgumentException("history limits of " + id().path() + " must not be negative");
        }
        this.successfulJobsHistory = successful;
        this.failedJobsHistory = failed;
        return self();
    }

    /**
     * How late a missed run (the controller was down, or concurrency forbade it) may still start.
     *
     * @param deadline the deadline, in whole seconds
     * @return this cron job, for chaining
     * @throws IllegalArgumentException if shorter than 1 second or not whole seconds
     */
    public ScheduledJob startingDeadline(Duration deadline) {
        this.startingDeadline = Optional.of(wholeSeconds(deadline, "starting deadline", 1));
        return self();
    }

    @Override
    WorkloadSpec freeze(Freezer freezer) {
        return new WorkloadSpec(id(), freezeMain(freezer), OptionalInt.empty(), Optional.empty(), List.of(), false, false,
                freezeExtras(freezer), freezePod(freezer, false, Optional.empty()), Optional.of(freezeJob()),
                Optional.of(new CronOptions(schedule, timeZone, concurrency, successfulJobsHistory, failedJobsHistory,
                        startingDeadline)));
    }
}
