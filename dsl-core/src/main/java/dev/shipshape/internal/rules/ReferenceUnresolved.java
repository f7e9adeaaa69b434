package dev.shipshape.internal.rules;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.IngressSpec;
import dev.shipshape.model.PortSpec;
import dev.shipshape.model.Probe;
import dev.shipshape.model.RouteSpec;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import dev.shipshape.internal.validation.WorkloadRule;
import java.util.stream.Collectors;

/**
 * {@code reference.unresolved}: a named reference with nothing behind it: a probe on a port name the
 * workload does not expose, or a route to a workload that exposes no port (its Service would have none).
 */
final class ReferenceUnresolved extends BaseRule implements WorkloadRule {

    /** The rule id. */
    public static final String ID = "reference.unresolved";

    /** Creates the rule. */
    ReferenceUnresolved() {
        super(ID, Severity.ERROR, "a probe on a port the workload does not expose, or a route to a workload without ports");
    }

    @Override
    public void checkWorkload(AppSpec app, Policy policy, WorkloadSpec w, Findings findings) {
        if (w.readinessProbe().isPresent()) {
            probe(w, "readinessProbe", w.readinessProbe().get(), findings);
        }
        if (w.livenessProbe().isPresent()) {
            probe(w, "livenessProbe", w.livenessProbe().get(), findings);
        }
    }

    @Override
    public void checkOthers(AppSpec app, Policy policy, Findings findings) {
        for (IngressSpec i : app.ingresses()) {
            for (RouteSpec r : i.routes()) {
                app.workload(r.target()).filter(w -> w.ports().isEmpty()).ifPresent(w -> findings.report(RulePaths.route(i, r),
                        "routes to " + w.id().kind().pathSegment() + " '" + w.name() + "', which exposes no port, so its"
                                + " Service has none to send traffic to.",
                        "give " + w.name() + " a port: .port(\"http\", 8080)."));
            }
        }
    }

    private static void probe(WorkloadSpec w, String which, Probe probe, Findings findings) {
        String port = probe.portName().orElse(null);
        if (port != null && !w.exposes(port)) {
            findings.report(RulePaths.container(w) + "/" + which,
                    "probes port '" + port + "', which " + w.name() + " does not expose (it has "
                            + (w.ports().isEmpty() ? "no ports" : w.ports().stream().map(PortSpec::name).collect(Collectors.joining(", ")))
                            + "); the probe would always fail.",
                    "probe one of its ports, or add .port(\"" + port + "\", …).");
        }
    }
}
