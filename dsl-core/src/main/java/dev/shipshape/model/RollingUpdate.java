package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;

/**
 * How a Deployment replaces its pods: how many extra pods it may start ({@code maxSurge}) and how many may be
 * unavailable ({@code maxUnavailable}) during a rollout, as pod counts or percentages of the replicas.
 *
 * <pre>{@code
 * web.rollingUpdate(RollingUpdate.pods(1, 0));          // one extra pod at a time, never below the replica count
 * web.rollingUpdate(RollingUpdate.percent(25, 25));     // the Kubernetes default
 * }</pre>
 *
 * @param maxSurge       pods or a percentage ({@code "25%"})
 * @param maxUnavailable pods or a percentage
 */
public record RollingUpdate(String maxSurge, String maxUnavailable) {

    /**
     * Checks the parts as the API server does ({@code ValidateRollingUpdateDeployment}).
     *
     * @param maxSurge pods or a percentage ({@code "25%"})
     * @param maxUnavailable pods or a percentage
     * @throws IllegalArgumentException if a value is neither a non-negative count nor a percentage of at most 100,
     *         or both are zero (the rollout could never make progress)
     */
    public RollingUpdate {
        check(Args.notNull(maxSurge, "maxSurge"), "maxSurge", false);
        check(Args.notNull(maxUnavailable, "maxUnavailable"), "maxUnavailable", true);
        if (isZero(maxSurge) && isZero(maxUnavailable)) {
            throw new IllegalArgumentException("maxSurge and maxUnavailable cannot both be 0: the rollout could never"
                    + " replace a pod (e.g. RollingUpdate.pods(1, 0))");
        }
    }

    /**
     * Counts of pods: {@code RollingUpdate.pods(1, 0)}.
     *
     * @param maxSurge       extra pods allowed during a rollout
     * @param maxUnavailable pods allowed to be unavailable
     * @return the settings
     */
    public static RollingUpdate pods(int maxSurge, int maxUnavailable) {
        return new RollingUpdate(Integer.toString(maxSurge), Integer.toString(maxUnavailable));
    }

    /**
     * Percentages of the replicas: {@code RollingUpdate.percent(25, 0)}.
     *
     * @param maxSurge       extra pods, in percent of the replicas
     * @param maxUnavailable unavailable pods, in percent of the replicas
     * @return the settings
     */
    public static RollingUpdate percent(int maxSurge, int maxUnavailable) {
        return new RollingUpdate(maxSurge + "%", maxUnavailable + "%");
    }

    /**
     * Whether a value is a percentage.
     *
     * @param value {@code maxSurge} or {@code maxUnavailable}
     * @return whether it ends in {@code %}
     */
    public static boolean isPercent(String value) {
        return Args.notNull(value, "value").endsWith("%");
    }

    /** Whether a checked value is zero pods or 0 %, however written ({@code 00} renders as the integer 0). */
    private static boolean isZero(String v) {
        return Integer.parseInt(isPercent(v) ? v.substring(0, v.length() - 1) : v) == 0;
    }

    private static void check(String v, String what, boolean atMost100) {
        boolean percent = isPercent(v);
        String digits = percent ? v.substring(0, v.length() - 1) : v;
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException(what + " '" + v + "' must be a non-negative number of pods or a percentage"
                    + " (e.g. 1 or 25%)");
        }
        if (percent && atMost100 && Integer.parseInt(digits) > 100) {
            throw new IllegalArgumentException(what + " '" + v + "' must not be more than 100%");
        }
    }
}
