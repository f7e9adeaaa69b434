package dev.shipshape.internal.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schedule parser against the test tables of github.com/robfig/cron/v3 {@code parser_test.go} (the parser the
 * CronJob controller and the API server's validation use), copied verbatim, plus the API server's own refusals.
 */
class CronTest {

    /** {@code TestRange}: expression, min, max, and the error expected ({@code ""} for none). */
    @Test
    void upstream_range_table() {
        Object[][] rows = {
            {"5", 0, 7, ""}, {"0", 0, 7, ""}, {"7", 0, 7, ""},
            {"5-5", 0, 7, ""}, {"5-6", 0, 7, ""}, {"5-7", 0, 7, ""},
            {"5-6/2", 0, 7, ""}, {"5-7/2", 0, 7, ""}, {"5-7/1", 0, 7, ""},
            {"*", 1, 3, ""}, {"*/2", 1, 3, ""},
            {"5--5", 0, 0, "too many hyphens"},
            {"jan-x", 0, 0, "failed to parse int from"},
            {"2-x", 1, 5, "failed to parse int from"},
            {"*/-12", 0, 0, "negative number"},
            {"*//2", 0, 0, "too many slashes"},
            {"1", 3, 5, "below minimum"},
            {"6", 3, 5, "above maximum"},
            {"5-3", 3, 5, "beyond end of range"},
            {"*/0", 0, 0, "should be a positive number"},
            // not upstream rows, but upstream behaviour: a single value with a step runs to the maximum, so one above
            // it is "beyond the end", not "above the maximum"; a leading plus is a number (strconv.Atoi)
            {"8/2", 0, 7, "beginning of range (8) beyond end of range (7): 8/2"},
            {"6-8/2", 0, 7, "end of range (8) above maximum (7): 6-8/2"},
            {"+5", 0, 7, ""}, {"+5-+6", 0, 7, ""},
        };
        for (Object[] r : rows) {
            var problem = Cron.rangeProblem((String) r[0], (Integer) r[1], (Integer) r[2]);
            if (((String) r[3]).isEmpty()) {
                assertThat(problem).as((String) r[0]).isEmpty();
            } else {
                assertThat(problem).as((String) r[0]).hasValueSatisfying(p -> assertThat(p).contains((String) r[3]));
            }
        }
    }

    /** {@code TestStandardSpecSchedule} and the five-field rows of {@code TestParseScheduleErrors}. */
    @Test
    void upstream_standard_parser_table() {
        assertThat(Cron.problem("5 * * * *")).isEmpty();
        assertThat(Cron.problem("@every 5m")).isEmpty();
        assertThat(Cron.problem("5 j * * *")).hasValueSatisfying(p -> assertThat(p).contains("failed to parse int from"));
        assertThat(Cron.problem("* * * *")).hasValueSatisfying(p -> assertThat(p).contains("expected exactly 5 fields"));
        assertThat(Cron.problem("@every Xm")).hasValueSatisfying(p -> assertThat(p).contains("failed to parse duration"));
        assertThat(Cron.problem("@unrecognized")).hasValueSatisfying(p -> assertThat(p).contains("unrecognized descriptor"));
        assertThat(Cron.problem("")).hasValueSatisfying(p -> assertThat(p).contains("empty spec string"));
        // six fields (with seconds) are the optional-seconds parser's, not ParseStandard's
        assertThat(Cron.problem("0 5 * * * *")).hasValueSatisfying(p -> assertThat(p).contains("expected exactly 5 fields"));
    }

    @Test
    void names_macros_steps_and_the_bounds_of_each_field() {
        for (String ok : List.of("0 3 * * *", "*/15 * * * *", "0 9-17 * * MON-FRI", "0 0 1 JAN,jul *", "? * * * ?",
                "@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly", "@every 1h30m", "  0 3 * * *  ",
                "59 23 31 12 6")) {
            assertThat(Cron.problem(ok)).as(ok).isEmpty();
        }
        for (String bad : List.of("60 * * * *", "* 24 * * *", "* * 0 * *", "* * 32 * *", "* * * 13 *", "* * * * 7",
                "* * * * SUNDAY", "1,,2 * * * *", " @daily", "@daily ", "@every", "0 3 * * * *")) {
            assertThat(Cron.problem(bad)).as(bad).isPresent();
        }
    }

    /** The API server refuses TZ= in a schedule and time zones outside the IANA database (batch validation). */
    @Test
    void the_api_servers_own_refusals() {
        assertThat(Cron.problem("TZ=UTC 0 3 * * *")).hasValueSatisfying(p -> assertThat(p).contains("cannot use TZ"));
        assertThat(Cron.problem("CRON_TZ=Asia/Tokyo 0 3 * * *")).isPresent();
        for (String zone : List.of("Europe/Berlin", "Asia/Shanghai", "UTC", "America/Argentina/Buenos_Aires", "Etc/GMT+5")) {
            assertThat(Cron.timeZoneProblem(zone)).as(zone).isEmpty();
        }
        for (String zone : List.of("", "Local", "local", "Europe/Nowhere", "../etc/passwd", "Europe/-Berlin", "Mars/Olympus_Mons",
                "europe/berlin")) {
            assertThat(Cron.timeZoneProblem(zone)).as(zone).isPresent();
        }
        assertThat(Cron.timeZoneProblem("")).hasValue("timeZone must be nil or non-empty string");
        assertThat(Cron.timeZoneProblem("lOcAl")).hasValue(
                "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones");
        assertThat(Cron.timeZoneProblem("../etc/passwd")).hasValue("unknown time zone ../etc/passwd");
    }
}
