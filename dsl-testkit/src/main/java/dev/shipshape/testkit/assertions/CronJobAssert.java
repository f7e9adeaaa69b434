package dev.shipshape.testkit.assertions;

import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a rendered CronJob, from {@link ManifestsAssert#cronJob(String)}.
 *
 * <pre>{@code
 * assertThat(manifests).cronJob("redis-backup").hasSchedule("0 3 * * *").hasTimeZone("Europe/Berlin");
 * }</pre>
 */
public final class CronJobAssert extends AbstractAssert<CronJobAssert, CronJob> {

    CronJobAssert(CronJob actual) {
        super(actual, CronJobAssert.class);
    }

    /**
     * The CronJob runs on this schedule.
     *
     * @param schedule the expected schedule
     * @return this assert
     */
    public CronJobAssert hasSchedule(String schedule) {
        isNotNull();
        if (!schedule.equals(actual.getSpec().getSchedule())) {
            failWithMessage("Expecting CronJob %s to run on%n  %s%nbut it runs on%n  %s", actual.getMetadata().getName(), schedule,
                    actual.getSpec().getSchedule());
        }
        return myself;
    }

    /**
     * The CronJob reads its schedule in this time zone.
     *
     * @param zone the expected IANA time zone
     * @return this assert
     */
    public CronJobAssert hasTimeZone(String zone) {
        isNotNull();
        if (!zone.equals(actual.getSpec().getTimeZone())) {
            failWithMessage("Expecting CronJob %s to use time zone%n  %s%nbut it uses%n  %s", actual.getMetadata().getName(), zone,
                    actual.getSpec().getTimeZone() == null ? "none (the controller's)" : actual.getSpec().getTimeZone());
        }
        return myself;
    }
}
