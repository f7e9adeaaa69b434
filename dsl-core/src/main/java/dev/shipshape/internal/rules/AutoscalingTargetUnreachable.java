package dev.shipshape.internal.rules;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import dev.shipshape.internal.validation.WorkloadRule;
import dev.shipshape.model.Autoscaling;
import dev.shipshape.units.Cpu;
import java.math.BigDecimal;

/**
 * {@code autoscaling.target-unreachable}: the HPA acts only when average usage passes target × 1.1 (its default 10% tolerance), and a pod's usage cannot pass its cpu limit: when request × target% × 1.1 ≥ limit the HPA never scales out. Request 500m, limit 1, target 80%: acts above 440m, fine; target 185%: never.
 */
final class AutoscalingTargetUnreachable extends BaseRule implements WorkloadRule {

    /** The rule id. */
    public static final String ID = "autoscaling.target-unreachable";

    /** Creates the rule. */
    AutoscalingTargetUnreachable() {
        super(ID, Severity.ERROR, "an HPA whose cpu target (with its 10% tolerance) lies at or above what the cpu limit lets a pod use");
    }

    @Override
    public void checkWorkload(AppSpec app, Policy policy, WorkloadSpec w, Findings findings) {
        if (w.autoscaling().isEmpty() || w.resources().cpuRequest().isEmpty() || w.resources().cpuLimit().isEmpty()) {
            return;
        }
        Autoscaling a = w.autoscaling().get();
        Cpu request = w.resources().cpuRequest().get();
        Cpu limit = w.resources().cpuLimit().get();
        BigDecimal actsAbove = a.scaleOutAboveMillis(request);
        if (actsAbove.compareTo(BigDecimal.valueOf(limit.toMillis())) >= 0) {
            findings.report(RulePaths.autoscaling(w),
                    "the HPA scales out only when average cpu per pod passes " + actsAbove.stripTrailingZeros().toPlainString()
                            + "m (" + a.targetCpuUtilization() + "% of the " + request + " request, plus the HPA's 10%"
                            + " tolerance), but the " + limit + " limit caps usage below that: it never scales out.",
                    "lower targetCpuUtilization below " + firstUnreachableTarget(request, limit) + "%, or raise the cpu limit above "
                            + actsAbove.stripTrailingZeros().toPlainString() + "m.");
        }
    }

    /** The smallest whole target percentage that never scales out: the least t with request × t × 11 ≥ limit × 1000. */
    private static long firstUnreachableTarget(Cpu request, Cpu limit) {
        long bound = limit.toMillis() * 1000;
        long perPercent = request.toMillis() * 11;
        return (bound - 1) / perPercent + 1;
    }
}
