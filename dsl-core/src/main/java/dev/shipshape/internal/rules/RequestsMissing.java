package dev.shipshape.internal.rules;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import dev.shipshape.internal.validation.WorkloadRule;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code resources.requests-missing}: without requests the scheduler places the pod anywhere and it is first to be evicted.
 */
final class RequestsMissing extends BaseRule implements WorkloadRule {

    /** The rule id. */
    public static final String ID = "resources.requests-missing";

    /** Creates the rule. */
    RequestsMissing() {
        super(ID, Severity.WARNING, "a container without a cpu or memory request");
    }

    @Override
    public void checkWorkload(AppSpec app, Policy policy, WorkloadSpec w, Findings findings) {
        List<String> missing = new ArrayList<>();
        if (w.resources().cpuRequest().isEmpty()) {
            missing.add("cpu");
        }
        if (w.resources().memoryRequest().isEmpty()) {
            missing.add("memory");
        }
        if (!missing.isEmpty()) {
            findings.report(RulePaths.container(w) + "/resources",
                    "no " + String.join(" and no ", missing) + " request; the scheduler cannot place the pod by"
                            + " its needs and it is the first to be evicted under pressure.",
                    "set requests, e.g. .resources(Resources.of(Cpu.millis(250), Memory.mebibytes(256))).");
        }
    }
}
