package dev.shipshape.internal.render;

import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.units.Cpu;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Plain-language explanations of what rendered settings do. */
public final class Explanations {

    private Explanations() {
    }

    /**
     * {@code frontend scales between 2 and 10 replicas: out when average cpu per pod stays above 400m (80% of its
     * 500m request; with the HPA's 10% tolerance it acts above 440m); the 1 cpu limit allows bursts to 200% of the
     * request.}
     */
    public static String autoscaling(WorkloadSpec w, Autoscaling a) {
        StringBuilder b = new StringBuilder(w.name()).append(" scales between ").append(a.minReplicas()).append(" and ")
                .append(a.maxReplicas()).append(" replicas");
        if (w.resources().cpuRequest().isEmpty()) {
            return b.append(", but has no cpu request, so the cpu-utilization target has nothing to measure against.").toString();
        }
        Cpu request = w.resources().cpuRequest().get();
        BigDecimal target = a.targetMillis(request);
        BigDecimal acts = a.scaleOutAboveMillis(request);
        b.append(": out when average cpu per pod stays above ").append(target.toPlainString()).append("m (")
                .append(a.targetCpuUtilization()).append("% of its ").append(request).append(" request; with the HPA's ")
                .append(Autoscaling.tolerancePercent()).append(" tolerance it acts above ").append(acts.toPlainString()).append("m)");
        if (w.resources().cpuLimit().isPresent()) {
            Cpu limit = w.resources().cpuLimit().get();
            long burst = BigDecimal.valueOf(limit.toMillis() * 100L).divide(BigDecimal.valueOf(Math.max(1, request.toMillis())), 0,
                    RoundingMode.DOWN).longValue();
            b.append("; the ").append(limit).append(" cpu limit allows bursts to ").append(burst).append("% of the request");
        } else {
            b.append("; there is no cpu limit, so pods may burst as far as the node allows");
        }
        return b.append('.').toString();
    }
}
