package dev.shipshape.internal.lang;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the CronJob API accepts as a schedule and a time zone: a port of {@code github.com/robfig/cron/v3}'s
 * {@code ParseStandard} (which the API server's validation and the CronJob controller call) and of the API server's
 * {@code validateScheduleFormat} and {@code validateTimeZone}. Not API.
 *
 * <pre>{@code
 * Cron.problem("0 3 * * *");      // empty: valid
 * Cron.problem("0 25 * * *");     // Optional["end of range (25) above maximum (23): 25"]
 * }</pre>
 */
public final class Cron {

    private Cron() {
    }

    private record Bounds(String what, int min, int max, Map<String, Integer> names) {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, Integer> DAYS = Map.of("sun", 0, "mon", 1, "tue", 2, "wed", 3, "thu", 4, "fri", 5,
            "sat", 6);
    private static final List<Bounds> FIELDS = List.of(new Bounds("minute", 0, 59, Map.of()),
            new Bounds("hour", 0, 23, Map.of()), new Bounds("day of month", 1, 31, Map.of()),
            new Bounds("month", 1, 12, MONTHS), new Bounds("day of week", 0, 6, DAYS));
    private static final List<String> MACROS = List.of("@yearly", "@annually", "@monthly", "@weekly", "@daily",
            "@midnight", "@hourly");
    private static final Pattern GO_DURATION = Pattern.compile("[-+]?(0|(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))+)");
    private static final Pattern ZONE_PART = Pattern.compile("[A-Za-z.\\-_0-9+]{1,14}");

    /**
     * Why the CronJob API would refuse {@code schedule}, if it would.
     *
     * @param schedule a CronJob schedule as written, e.g. {@code 0 3 * * *}
     * @return the reason, or empty when it is valid
     */
    public static Optional<String> problem(String schedule) {
        if (schedule.isEmpty()) {
            return Optional.of("empty spec string");
        }
        if (schedule.contains("TZ")) {
            return Optional.of("cannot use TZ or CRON_TZ in schedule, use the time zone field instead");
        }
        String s = schedule;
        if (s.startsWith("@")) {
            if (MACROS.contains(s)) {
                return Optional.empty();
            }
            if (s.startsWith("@every ")) {
                String d = s.substring("@every ".length());
                return GO_DURATION.matcher(d).matches() ? Optional.empty()
                        : Optional.of("failed to parse duration " + s + ": time: invalid duration \"" + d + "\"");
            }
            return Optional.of("unrecognized descriptor: " + s);
        }
        String[] fields = s.strip().split("\\s+");
        if (fields.length != FIELDS.size()) {
            return Optional.of("expected exactly 5 fields, found " + fields.length + ": [" + String.join(" ", fields) + "]");
        }
        for (int i = 0; i < fields.length; i++) {
            for (String expr : fields[i].split(",", -1)) {
                Optional<String> p = range(expr, FIELDS.get(i));
                if (p.isPresent()) {
                    return Optional.of(FIELDS.get(i).what() + ": " + p.get());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * robfig's {@code getRange} for a field with bounds {@code min}-{@code max} and no names, exposed for its upstream
     * test table.
     *
     * @param expr the range expression
     * @param min the field's minimum
     * @param max the field's maximum
     * @return why it is invalid, or empty
     */
    public static Optional<String> rangeProblem(String expr, int min, int max) {
        return range(expr, new Bounds("field", min, max, Map.of()));
    }

    /** robfig's {@code getRange}. */
    private static Optional<String> range(String expr, Bounds b) {
        String[] rangeAndStep = expr.split("/", -1);
        String[] lowAndHigh = rangeAndStep[0].split("-", -1);
        boolean single = lowAndHigh.length == 1;
        int start;
        int end;
        try {
            if (lowAndHigh[0].equals("*") || lowAndHigh[0].equals("?")) {
                start = b.min();
                end = b.max();
            } else {
                start = intOrName(lowAndHigh[0], b.names());
                switch (lowAndHigh.length) {
                    case 1 -> end = start;
                    case 2 -> end = intOrName(lowAndHigh[1], b.names());
                    default -> {
                        return Optional.of("too many hyphens: " + expr);
                    }
                }
            }
            int step;
            switch (rangeAndStep.length) {
                case 1 -> step = 1;
                case 2 -> {
                    step = integer(rangeAndStep[1]);
                    if (single) {
                        end = b.max();
                    }
                }
                default -> {
                    return Optional.of("too many slashes: " + expr);
                }
            }
            if (start < b.min()) {
                return Optional.of("beginning of range (" + start + ") below minimum (" + b.min() + "): " + expr);
            }
            if (end > b.max()) {
                return Optional.of("end of range (" + end + ") above maximum (" + b.max() + "): " + expr);
            }
            if (start > end) {
                return Optional.of("beginning of range (" + start + ") beyond end of range (" + end + "): " + expr);
            }
            if (step == 0) {
                return Optional.of("step of range should be a positive number: " + expr);
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static int intOrName(String expr, Map<String, Integer> names) {
        Integer named = names.get(expr.toLowerCase(Locale.ROOT));
        return named != null ? named : integer(expr);
    }

    /** Go's {@code strconv.Atoi}, then robfig's refusal of negative numbers. */
    private static int integer(String expr) {
        if (!expr.matches("[+-]?[0-9]{1,9}")) {
            throw new IllegalArgumentException("failed to parse int from " + expr);
        }
        int n = Integer.parseInt(expr); // takes a leading '+', as Atoi does
        if (n < 0) {
            throw new IllegalArgumentException("negative number (" + n + ") not allowed: " + expr);
        }
        return n;
    }

    /**
     * Why the CronJob API would refuse {@code zone} as {@code timeZone}, if it would: not a zone of the IANA database
     * (as the JDK knows it), {@code Local}, or characters no zone name has.
     *
     * @param zone the time zone
     * @return the reason, or empty when it is valid
     */
    public static Optional<String> timeZoneProblem(String zone) {
        if (zone.isEmpty()) {
            return Optional.of("timeZone must be nil or non-empty string");
        }
        for (String part : zone.split("/", -1)) {
            if (part.equals(".") || part.equals("..") || part.startsWith("-") || !ZONE_PART.matcher(part).matches()) {
                return Optional.of("unknown time zone " + zone);
            }
        }
        if (zone.equalsIgnoreCase("Local")) {
            return Optional.of("timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones");
        }
        if (!zone.equals("UTC") && !Zones.IANA.contains(zone)) {
            return Optional.of("unknown time zone " + zone);
        }
        return Optional.empty();
    }

    /** The zone ids the JDK knows, read once (the JDK builds a new set on every call). */
    private static final class Zones {
        static final java.util.Set<String> IANA = java.util.Set.copyOf(ZoneId.getAvailableZoneIds());
    }
}
