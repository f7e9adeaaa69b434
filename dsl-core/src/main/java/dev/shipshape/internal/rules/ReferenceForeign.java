package dev.shipshape.internal.rules;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.EnvSource;
import dev.shipshape.model.EnvVarSpec;
import dev.shipshape.model.IngressSpec;
import dev.shipshape.model.MountSpec;
import dev.shipshape.model.RouteSpec;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import dev.shipshape.internal.validation.WorkloadRule;

/**
 * {@code reference.foreign}: a reference to a component of another {@code App} (a config, secret, store host
 * or route target), which this app's manifests would not contain.
 */
final class ReferenceForeign extends BaseRule implements WorkloadRule {

    /** The rule id. */
    public static final String ID = "reference.foreign";

    /** Creates the rule. */
    ReferenceForeign() {
        super(ID, Severity.ERROR, "a reference to a component of another App");
    }

    @Override
    public void checkWorkload(AppSpec app, Policy policy, WorkloadSpec w, Findings findings) {
        for (EnvVarSpec e : w.env()) {
            ComponentId target = targetOf(e.source());
            if (target != null && !app.owns(target)) {
                report(app, RulePaths.env(w, e.name()), target, findings);
            }
        }
        for (MountSpec m : w.mounts()) {
            ComponentId target = m instanceof MountSpec.OfConfig c ? c.config().id() : ((MountSpec.OfSecret) m).secret().id();
            if (!app.owns(target)) {
                report(app, RulePaths.mount(w, m.path()), target, findings);
            }
        }
    }

    @Override
    public void checkOthers(AppSpec app, Policy policy, Findings findings) {
        for (IngressSpec i : app.ingresses()) {
            for (RouteSpec r : i.routes()) {
                if (!app.owns(r.target())) {
                    report(app, RulePaths.route(i, r), r.target(), findings);
                }
            }
            i.tlsSecret().filter(s -> !app.owns(s.id())).ifPresent(s -> report(app, i.id().path() + "/tls", s.id(), findings));
        }
    }

    private static ComponentId targetOf(EnvSource source) {
        if (source instanceof EnvSource.ConfigKeyRef c) {
            return c.config().id();
        }
        if (source instanceof EnvSource.SecretKeyRef s) {
            return s.secret().id();
        }
        if (source instanceof EnvSource.HostRef h) {
            return h.store();
        }
        return null;
    }

    private static void report(AppSpec app, String path, ComponentId target, Findings findings) {
        findings.report(path,
                "refers to " + target.kind().pathSegment() + " '" + target.name() + "' of app '" + target.app().name()
                        + "', not of this app '" + app.name() + "'; its manifests would not contain it.",
                "define the " + target.kind().pathSegment() + " in this app (app." + target.kind().pathSegment()
                        + "(…)), or render the apps as one.");
    }
}
