package dev.shipshape.model;

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
