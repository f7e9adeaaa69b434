package dev.shipshape.internal.rules;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import dev.shipshape.internal.validation.WorkloadRule;
import dev.shipshape.model.Autoscaling;

/**
 * {@code autoscaling.bounds}: the API server rejects minReplicas < 1 (without the alpha HPAScaleToZero gate) and min > max.
 */
final class AutoscalingBounds extends BaseRule implements WorkloadRule {

    /** The rule id. */
    public static final String ID = "autoscaling.bounds";

    /** Creates the rule. */
    AutoscalingBounds() {
        super(ID, Severity.ERROR, "an HPA with fewer than 1 minimum replica or a minimum above its maximum");
    }

    @Override
    public void checkWorkload(AppSpec app, Policy policy, WorkloadSpec w, Findings findings) {
        if (w.autoscaling().isEmpty()) {
            return;
        }
        Autoscaling a = w.autoscaling().get();
        if (a.minReplicas() < 1) {
            findings.report(RulePaths.autoscaling(w),
                    "minReplicas is " + a.minReplicas() + "; an HPA needs at least 1.",
                    "use Autoscaling.between(1, " + Math.max(1, a.maxReplicas()) + ") or more.");
        } else if (a.minReplicas() > a.maxReplicas()) {
            findings.report(RulePaths.autoscaling(w),
                    "minReplicas " + a.minReplicas() + " is greater than maxReplicas " + a.maxReplicas() + ".",
                    "swap them: Autoscaling.between(" + a.maxReplicas() + ", " + a.minReplicas() + ").");
        }
    }
}
