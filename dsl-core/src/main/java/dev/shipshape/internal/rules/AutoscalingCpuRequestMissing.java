package dev.shipshape.internal.rules;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import dev.shipshape.internal.validation.WorkloadRule;

/**
 * {@code autoscaling.cpu-request-missing}: utilization is a percentage of the request; without one the HPA reports no metric and never scales.
 */
final class AutoscalingCpuRequestMissing extends BaseRule implements WorkloadRule {

    /** The rule id. */
    public static final String ID = "autoscaling.cpu-request-missing";

    /** Creates the rule. */
    AutoscalingCpuRequestMissing() {
        super(ID, Severity.ERROR, "a CPU-utilization HPA on a workload whose container has no cpu request");
    }

    @Override
    public void checkWorkload(AppSpec app, Policy policy, WorkloadSpec w, Findings findings) {
        if (w.autoscaling().isPresent() && w.resources().cpuRequest().isEmpty()) {
            findings.report(RulePaths.autoscaling(w),
                    "the HPA targets " + w.autoscaling().get().targetCpuUtilization() + "% cpu utilization, a share"
                            + " of the cpu request, but container " + w.name() + " requests no cpu: the HPA never scales.",
                    "set a cpu request with .resources(Resources.of(Cpu.millis(…), …)).");
        }
    }
}
