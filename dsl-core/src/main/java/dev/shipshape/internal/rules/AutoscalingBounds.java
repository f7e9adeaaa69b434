package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;

/**
 * {@code autoscaling.bounds}: the API server rejects minReplicas < 1 (without the alpha HPAScaleToZero gate) and
 * min > max, and a cpu utilization target below 1 % ({@code validateMetricTarget}: must be greater than 0).
 */
final class AutoscalingBounds extends BaseRule {

    AutoscalingBounds() {
        super(RuleDeclaration.error("autoscaling.bounds",
                "HPA min < 1, min > max, or a cpu target below 1 %",
                "`Autoscaling.between(min, max)` with 1 ≤ min ≤ max"));
    }

    @Override
    public void register(Registry registry) {
        registry.object("HorizontalPodAutoscaler", this::check);
    }

    private void check(Item item, CheckContext ctx, Findings findings) {
        Autoscalers.of(item).ifPresent(a -> {
            boolean dsl = item.isRendered();
            if (a.min() < 1) {
                findings.report(a.place(), "minReplicas is " + a.min() + "; an HPA needs at least 1.",
                        dsl ? "use Autoscaling.between(1, " + Math.max(1, a.max()) + ") or more."
                                : "set minReplicas to 1 or more.");
            } else if (a.min() > a.max()) {
                findings.report(a.place(), "minReplicas " + a.min() + " is greater than maxReplicas " + a.max() + ".",
                        dsl ? "swap them: Autoscaling.between(" + a.max() + ", " + a.min() + ")."
                                : "make maxReplicas at least minReplicas.");
            }
            if (a.cpuTarget().isPresent() && a.cpuTarget().getAsInt() < 1) {
                findings.report(a.place(), "the cpu target is " + a.cpuTarget().getAsInt() + "% (averageUtilization); the"
                                + " API server requires at least 1.",
                        dsl ? "keep the target .targetCpuUtilization(…) sets; a customization lowered it below 1."
                                : "set averageUtilization to 1 or more, e.g. 70.");
            }
        });
    }
}
