package dev.shipshape.internal.rules;

import dev.shipshape.internal.lang.Cron;
import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import dev.shipshape.units.Names;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;

/**
 * {@code cronjob.schedule-invalid}: a CronJob whose schedule or time zone the API server refuses (batch
 * {@code validateScheduleFormat}, {@code validateTimeZone}): a schedule {@code cron.ParseStandard} cannot parse (five
 * fields, ranges, steps, names, {@code @daily}-style macros), one with {@code TZ=} in it, a time zone that is not in
 * the IANA database, or {@code Local}.
 */
final class CronJobScheduleInvalid extends BaseRule {

    CronJobScheduleInvalid() {
        super(RuleDeclaration.error("cronjob.schedule-invalid",
                "a CronJob without a schedule, or with a schedule or time zone the API server refuses "
                + "(checked as `cron.ParseStandard` and the API's `validateTimeZone` do: five fields within "
                + "their ranges, names, steps, macros; no `TZ=`; an IANA zone, not `Local`)",
                "`.schedule(\"0 3 * * *\")`, `.timeZone(\"Europe/Berlin\")`"));
    }

    @Override
    public void register(Registry registry) {
        registry.object("CronJob", this::check);
    }

    private void check(Item item, CheckContext ctx, Findings findings) {
        if (!(item.object() instanceof CronJob cron)) {
            return;
        }
        String schedule = cron.getSpec() == null || cron.getSpec().getSchedule() == null ? "" : cron.getSpec().getSchedule();
        Cron.problem(schedule).ifPresent(why -> findings.report(item.place().child("schedule"),
                (schedule.isEmpty() ? "CronJob " + item.name() + " has no schedule"
                        : "schedule '" + Names.printable(schedule) + "' is not valid: " + why) + "; the API server refuses it.",
                item.isRendered() ? "set .schedule(\"0 3 * * *\") (five fields: minute hour day-of-month month day-of-week) or a"
                        + " macro such as @daily." : "write five fields (minute hour day-of-month month day-of-week) or a macro such as @daily."));
        String zone = cron.getSpec() == null ? null : cron.getSpec().getTimeZone();
        if (zone != null) {
            Cron.timeZoneProblem(zone).ifPresent(why -> findings.report(item.place().child("timeZone"),
                    "time zone '" + Names.printable(zone) + "' is not valid: " + why + "; the API server refuses it.",
                    "name an IANA time zone, e.g. 'Europe/Berlin' or 'UTC'."));
        }
    }
}
