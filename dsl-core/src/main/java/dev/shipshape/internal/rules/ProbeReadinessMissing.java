package dev.shipshape.internal.rules;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.IngressSpec;
import dev.shipshape.model.RouteSpec;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import java.util.HashSet;
import java.util.Set;

/** {@code probe.readiness-missing}: a workload an Ingress routes to without a readiness probe gets traffic before it is ready. */
final class ProbeReadinessMissing extends BaseRule {

    /** The rule id. */
    public static final String ID = "probe.readiness-missing";

    /** Creates the rule. */
    ProbeReadinessMissing() {
        super(ID, Severity.WARNING, "a routed workload without a readiness probe");
    }

    @Override
    public void check(AppSpec app, Policy policy, Findings findings) {
        Set<ComponentId> routed = new HashSet<>();
        for (IngressSpec i : app.ingresses()) {
            for (RouteSpec r : i.routes()) {
                routed.add(r.target());
            }
        }
        for (WorkloadSpec w : app.workloads()) {
            if (routed.contains(w.id()) && w.readinessProbe().isEmpty()) {
                findings.report(RulePaths.container(w) + "/readinessProbe",
                        w.name() + " receives ingress traffic but has no readiness probe, so new pods get requests before"
                                + " they can answer them.",
                        "add .readinessProbe(Probe.http(\"/healthz\", \"" + w.ports().stream().findFirst().map(p -> p.name()).orElse("http")
                                + "\")).");
            }
        }
    }
}
