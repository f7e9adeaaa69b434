package dev.shipshape.model;

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

    public Autoscaling {
        if (targetCpuUtilization < 1) {
            throw new IllegalArgumentException("target cpu utilization must be at least 1%, got " + targetCpuUtilization + "%");
        }
    }

    /** The HPA's default tolerance: it acts only when usage is more than 10% off the target. */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.1");

    /**
     * The average cpu per pod the target stands for, in millicores: {@code request × target%}
     * (500m at 80% is 400m).
     */
    public BigDecimal targetMillis(Cpu request) {
        return BigDecimal.valueOf(request.toMillis() * (long) targetCpuUtilization, 2).stripTrailingZeros();
    }

    /**
     * The average cpu per pod above which the HPA scales out, in millicores: the target plus the HPA's 10%
     * tolerance (500m at 80% is 440m). A pod cannot use more than its cpu limit, so a threshold at or above the
     * limit is never reached.
     */
    public BigDecimal scaleOutAboveMillis(Cpu request) {
        return targetMillis(request).multiply(BigDecimal.ONE.add(TOLERANCE)).stripTrailingZeros();
    }

    /** Scale between {@code min} and {@code max} replicas at the default target of 80%. */
    public static Autoscaling between(int min, int max) {
        return new Autoscaling(min, max, DEFAULT_TARGET_CPU);
    }

    /**
     * This autoscaler with a target of {@code percent}% of the cpu request; above 100% means pods may use more
     * than they request (up to their limit) before the HPA adds replicas.
     *
     * @throws IllegalArgumentException if {@code percent} is less than 1
     */
    public Autoscaling targetCpuUtilization(int percent) {
        return new Autoscaling(minReplicas, maxReplicas, percent);
    }
}
