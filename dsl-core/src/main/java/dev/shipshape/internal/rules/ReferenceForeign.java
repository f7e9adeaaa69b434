package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Place;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import dev.shipshape.model.Address;
import dev.shipshape.model.AppSpec;
import dev.shipshape.model.BackendSpec;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.EnvSource;
import dev.shipshape.model.EnvVarSpec;
import dev.shipshape.model.GatewayRouteSpec;
import dev.shipshape.model.IngressSpec;
import dev.shipshape.model.MountSpec;
import dev.shipshape.model.RouteSpec;
import dev.shipshape.model.WorkloadSpec;
import java.util.List;

/**
 * {@code reference.foreign}: a reference to a component of another App, whose manifests are not this app's. Only the
 * model knows which app a component belongs to.
 */
final class ReferenceForeign extends BaseRule {

    ReferenceForeign() {
        super(RuleDeclaration.error("reference.foreign",
                "a reference to a config, secret, store host, endpoint or route target of another `App`",
                "define it in this app"));
    }

    @Override
    public void register(Registry registry) {
        registry.model(this::check);
    }

    private void check(AppSpec app, CheckContext ctx, Findings findings) {
        for (WorkloadSpec w : app.workloads()) {
            Place container = Place.of(w.id()).child("container:" + w.name());
            for (EnvVarSpec e : w.env()) {
                ComponentId target = targetOf(e.source());
                if (target != null && !app.owns(target)) {
                    report(app, container.child("env:" + e.name()), target, findings);
                }
            }
            for (MountSpec m : w.mounts()) {
                ComponentId target = m instanceof MountSpec.OfConfig c ? c.config().id() : ((MountSpec.OfSecret) m).secret().id();
                if (!app.owns(target)) {
                    report(app, container.child("mount:" + m.path()), target, findings);
                }
            }
        }
        for (Uses.At at : Uses.of(app)) {
            Address a = at.use().address();
            ComponentId target = a instanceof Address.ServiceEndpoint e ? e.target()
                    : a instanceof EnvSource.HostRef h ? h.store() : null;
            if (target != null && !app.owns(target)) {
                report(app, at.place(), target, findings);
            }
        }
        for (IngressSpec i : app.ingresses()) {
            for (RouteSpec r : i.routes()) {
                if (!app.owns(r.target())) {
                    report(app, Place.of(i.id()).child(r.hostSegment()).child("route:" + r.path()), r.target(), findings);
                }
            }
            i.tlsSecret().filter(s -> !app.owns(s.id())).ifPresent(s -> report(app, Place.of(i.id()).child("tls"), s.id(), findings));
        }
        for (GatewayRouteSpec r : app.gatewayRoutes()) {
            for (int rule = 0; rule < r.ruleBackends().size(); rule++) {
                List<BackendSpec> backends = r.ruleBackends().get(rule);
                for (int b = 0; b < backends.size(); b++) {
                    if (!app.owns(backends.get(b).target())) {
                        report(app, Place.of(r.id()).child("spec.rules[" + rule + "].backendRefs[" + b + "]"),
                                backends.get(b).target(), findings);
                    }
                }
            }
        }
    }

    private static ComponentId targetOf(EnvSource source) {
        if (source instanceof EnvSource.ConfigKeyRef c) {
            return c.config().id();
        }
        if (source instanceof EnvSource.SecretKeyRef s) {
            return s.secret().id();
        }
        return null;
    }

    private static void report(AppSpec app, Place place, ComponentId target, Findings findings) {
        findings.report(place,
                "refers to " + target.kind().pathSegment() + " '" + target.name() + "' of app '" + target.app().name()
                        + "', not of this app '" + app.name() + "'; its manifests would not contain it.",
                "define the " + target.kind().pathSegment() + " in this app (app." + target.kind().pathSegment()
                        + "(…)), or render the apps as one.");
    }
}
