package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.units.Cpu;
import java.math.BigDecimal;

/**
 * A HorizontalPodAutoscaler ({@code autoscaling/v2}) on average CPU utilization.
 *
 * <pre>{@code
 * Autoscaling hpa = Autoscaling.between(2, 10).targetCpuUtilization(80);
 * }</pre>
 *
 * <p>The target defaults to {@value #DEFAULT_TARGET_CPU}% of the cpu request. Bounds ({@code min >= 1},
 * {@code min <= max}) and reachability of the target under the cpu limit are graph rules
 * ({@code autoscaling.bounds}, {@code autoscaling.target-unreachable}), reported by {@code validate()}.
 *
 * @param minReplicas           the fewest replicas
 * @param maxReplicas           the most replicas
 * @param targetCpuUtilization  average cpu usage per pod, as a percentage of its cpu request
 */
public record Autoscaling(int minReplicas, int maxReplicas, int targetCpuUtilization) {

    /** The default target: 80% of the cpu request. */
    public static final int DEFAULT_TARGET_CPU = 80;

    /**
     * Checks the parts.
     *
     * @param minReplicas the fewest replicas
     * @param maxReplicas the most replicas
     * @param targetCpuUtilization average cpu usage per pod, as a percentage of its cpu request
     */
    public Autoscaling {
        if (targetCpuUtilization < 1) {
            throw new IllegalArgumentException("target cpu utilization must be at least 1%, got " + targetCpuUtilization + "%");
        }
    }

    /** The HPA's default tolerance: it acts only when usage is more than 10% off the target. */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.1");

    /**
     * {@link #TOLERANCE} as messages print it.
     *
     * @return {@code 10%}
     */
    public static String tolerancePercent() {
        return TOLERANCE.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /**
     * The average cpu per pod the target stands for, in millicores: {@code request × target%}
     * (500m at 80% is 400m).
     *
     * @param request the pod's cpu request (the sum of its containers' requests)
     * @return the target in millicores
     */
    public BigDecimal targetMillis(Cpu request) {
        Args.notNull(request, "cpu request");
        return targetMillis(request.toMillis(), targetCpuUtilization);
    }

    /**
     * The average cpu per pod above which the HPA scales out, in millicores: the target plus the HPA's 10%
     * tolerance (500m at 80% is 440m). A pod cannot use more than its cpu limit, so a threshold at or above the
     * limit is never reached.
     *
     * @param request the pod's cpu request (the sum of its containers' requests)
     * @return the threshold in millicores
     */
    public BigDecimal scaleOutAboveMillis(Cpu request) {
        Args.notNull(request, "cpu request");
        return scaleOutAboveMillis(request.toMillis(), targetCpuUtilization);
    }

    /**
     * {@code requestMillis × percent%}: the formula behind {@link #targetMillis(Cpu)}, for any HPA.
     *
     * @param requestMillis the pod's cpu request in millicores
     * @param percent       the utilization target in percent
     * @return the target in millicores
     */
    public static BigDecimal targetMillis(long requestMillis, int percent) {
        return BigDecimal.valueOf(requestMillis * (long) percent, 2).stripTrailingZeros();
    }

    /**
     * {@code requestMillis × percent% × (1 + tolerance)}: the formula behind {@link #scaleOutAboveMillis(Cpu)}, for
     * any HPA.
     *
     * @param requestMillis the pod's cpu request in millicores
     * @param percent       the utilization target in percent
     * @return the threshold in millicores
     */
    public static BigDecimal scaleOutAboveMillis(long requestMillis, int percent) {
        return targetMillis(requestMillis, percent).multiply(BigDecimal.ONE.add(TOLERANCE)).stripTrailingZeros();
    }

    /**
     * The smallest whole target percentage at which an HPA never scales out: the least {@code t} with
     * {@code request × t% × (1 + tolerance) ≥ limit}.
     *
     * @param requestMillis the pod's cpu request in millicores, at least 1
     * @param limitMillis   the pod's cpu limit in millicores
     * @return the first unreachable target
     */
    public static long firstUnreachableTarget(long requestMillis, long limitMillis) {
        // request × t / 100 × (1 + tolerance) ≥ limit  ⇔  t ≥ limit × 100 / (request × (1 + tolerance))
        BigDecimal perPercent = BigDecimal.valueOf(requestMillis).multiply(BigDecimal.ONE.add(TOLERANCE));
        return BigDecimal.valueOf(limitMillis).movePointRight(2).divide(perPercent, 0, java.math.RoundingMode.CEILING)
                .longValueExact();
    }

    /**
     * Scale between {@code min} and {@code max} replicas at the default target of 80%.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the autoscaling
     */
    public static Autoscaling between(int min, int max) {
        return new Autoscaling(min, max, DEFAULT_TARGET_CPU);
    }

    /**
     * {@return this autoscaler with a target of {@code percent}% of the cpu request; above 100% means pods may use more than they request (up to their limit) before the HPA adds replicas}
     *
     * @param percent the percentage
     * @throws IllegalArgumentException if {@code percent} is less than 1
     */
    public Autoscaling targetCpuUtilization(int percent) {
        return new Autoscaling(minReplicas, maxReplicas, percent);
    }
}
