package dev.shipshape.internal.rules;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import dev.shipshape.internal.validation.WorkloadRule;

/**
 * {@code resources.memory-limit-missing}: a leaking container can take the node's memory.
 */
final class MemoryLimitMissing extends BaseRule implements WorkloadRule {

    /** The rule id. */
    public static final String ID = "resources.memory-limit-missing";

    /** Creates the rule. */
    MemoryLimitMissing() {
        super(ID, Severity.WARNING, "a container without a memory limit");
    }

    @Override
    public void checkWorkload(AppSpec app, Policy policy, WorkloadSpec w, Findings findings) {
        if (w.resources().memoryLimit().isEmpty()) {
            findings.report(RulePaths.container(w) + "/resources/memory",
                    "no memory limit; a leak can exhaust the node and get other pods killed.",
                    "add a memory limit, e.g. .limits(Cpu.cores(1), Memory.gibibytes(1)) (usually equal to the request).");
        }
    }
}
