package dev.shipshape.internal.rules;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import dev.shipshape.internal.validation.WorkloadRule;

/**
 * {@code autoscaling.replicas-conflict}: Shipshape leaves spec.replicas to the HPA, so the fixed count is ignored; saying both is a sign of a mistake.
 */
final class AutoscalingReplicasConflict extends BaseRule implements WorkloadRule {

    /** The rule id. */
    public static final String ID = "autoscaling.replicas-conflict";

    /** Creates the rule. */
    AutoscalingReplicasConflict() {
        super(ID, Severity.WARNING, "a workload with both a fixed replica count and an HPA");
    }

    @Override
    public void checkWorkload(AppSpec app, Policy policy, WorkloadSpec w, Findings findings) {
        if (w.autoscaling().isPresent() && w.replicas().isPresent()) {
            findings.report(RulePaths.replicas(w),
                    "replicas(" + w.replicas().getAsInt() + ") is set but the HPA owns the replica count (between "
                            + w.autoscaling().get().minReplicas() + " and " + w.autoscaling().get().maxReplicas()
                            + "); the fixed count is not rendered.",
                    "remove .replicas(…) and set the HPA minimum instead.");
        }
    }
}
