package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;

/** {@code resources.memory-limit-missing}: a leak without a memory limit can exhaust the node. */
final class MemoryLimitMissing extends BaseRule {

    MemoryLimitMissing() {
        super(RuleDeclaration.warning("resources.memory-limit-missing",
                "a container without a memory limit",
                "`.limits(cpu, memory)`"));
    }

    @Override
    public void register(Registry registry) {
        registry.container(this::check);
    }

    private void check(ContainerNode c, CheckContext ctx, Findings findings) {
        if (Amounts.limit(c.container(), "memory").isEmpty()) {
            findings.report(c.place().child("resources").child("memory"),
                    "no memory limit; a leak can exhaust the node and get other pods killed.",
                    c.pod().item().isRendered()
                            ? "add a memory limit, e.g. .limits(Cpu.cores(1), Memory.gibibytes(1)) (usually equal to the request)."
                            : "set resources.limits.memory (usually equal to the request).");
        }
    }
}
