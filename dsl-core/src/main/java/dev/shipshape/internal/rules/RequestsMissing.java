package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code resources.requests-missing}: without requests the scheduler places the pod anywhere and it is first to be
 * evicted. A limit without a request counts as a request (the API server defaults one to the other).
 */
final class RequestsMissing extends BaseRule {

    RequestsMissing() {
        super(RuleDeclaration.warning("resources.requests-missing",
                "a container without a cpu or memory request",
                "`.resources(Resources.of(cpu, memory))`"));
    }

    @Override
    public void register(Registry registry) {
        registry.container(this::check);
    }

    private void check(ContainerNode c, CheckContext ctx, Findings findings) {
        List<String> missing = new ArrayList<>();
        for (String resource : List.of("cpu", "memory")) {
            if (Amounts.request(c.container(), resource).isEmpty()) {
                missing.add(resource);
            }
        }
        if (!missing.isEmpty()) {
            findings.report(c.place().child("resources"),
                    "no " + String.join(" and no ", missing) + " request; the scheduler cannot place the pod by"
                            + " its needs and it is the first to be evicted under pressure.",
                    c.pod().item().isRendered()
                            ? "set requests, e.g. .resources(Resources.of(Cpu.millis(250), Memory.mebibytes(256)))."
                            : "set resources.requests, e.g. cpu: 250m and memory: 256Mi.");
        }
    }
}
