package dev.shipshape.internal.rules;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import dev.shipshape.internal.validation.WorkloadRule;
import dev.shipshape.model.ComponentKind;

/**
 * {@code workload.single-replica}: a single pod means downtime on every rollout, node drain or crash.
 */
final class WorkloadSingleReplica extends BaseRule implements WorkloadRule {

    /** The rule id. */
    public static final String ID = "workload.single-replica";

    /** Creates the rule. */
    WorkloadSingleReplica() {
        super(ID, Severity.WARNING, "a WebService with 1 replica and no HPA");
    }

    @Override
    public void checkWorkload(AppSpec app, Policy policy, WorkloadSpec w, Findings findings) {
        if (w.kind() == ComponentKind.WEB_SERVICE && w.autoscaling().isEmpty() && w.effectiveReplicas() == 1) {
            findings.report(RulePaths.replicas(w),
                    "web service " + w.name() + " runs a single replica and has no HPA: every rollout, drain or crash"
                            + " is an outage.",
                    "set .replicas(2) or more, or .autoscale(Autoscaling.between(2, …)).");
        }
    }
}
