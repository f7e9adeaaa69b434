package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ingress.duplicate-path}: the same host + path + path type twice in one Ingress, or in two Ingresses of one
 * namespace and ingress class (the controller merges them and picks one); only one can get traffic.
 */
final class IngressDuplicatePath extends BaseRule {

    IngressDuplicatePath() {
        super(RuleDeclaration.error("ingress.duplicate-path",
                "the same host + path + path type twice (Prefix `/api/` is `/api`) in one Ingress, or in "
                + "two Ingresses of one namespace and ingress class (the controller merges them and serves "
                + "one)",
                "remove one route, or give the Ingresses different hosts or classes"));
    }

    @Override
    public void register(Registry registry) {
        registry.object("Ingress", this::check);
        registry.graph(this::across);
    }

    /** The same route in two Ingress objects of one namespace and class: the controller serves one of them. */
    private void across(CheckContext ctx, Findings findings) {
        Map<String, IngressRoutes> seen = new HashMap<>();
        for (Item ingress : ctx.index().ofKind("Ingress")) {
            Map<String, IngressRoutes> own = new LinkedHashMap<>();
            for (List<IngressRoutes> routes : IngressRoutes.byHost(ingress).values()) {
                for (IngressRoutes r : routes) {
                    String key = ingress.namespace() + '\0' + className(ingress) + '\0' + r.host().orElse("*") + '\0'
                            + r.pathType() + '\0' + r.normalized();
                    own.putIfAbsent(key, r);
                }
            }
            own.forEach((key, r) -> {
                IngressRoutes other = seen.putIfAbsent(key, r);
                if (other != null) {
                    findings.report(r.place(), r.pathType() + " path '" + r.path() + "' on " + r.hostText() + " is also"
                                    + " routed by " + other.ingress().ref() + " (" + other.place().path() + "); the ingress"
                                    + " controller serves only one of the two.",
                            "route the path in one Ingress only, or give the Ingresses different hosts or ingress classes.");
                }
            });
        }
    }

    /** The Ingress's class: {@code spec.ingressClassName}, else the legacy annotation, else {@code ""} (the default). */
    private static String className(Item ingress) {
        if (ingress.object() instanceof Ingress i && i.getSpec() != null && i.getSpec().getIngressClassName() != null) {
            return i.getSpec().getIngressClassName();
        }
        return ingress.annotations().getOrDefault("kubernetes.io/ingress.class", "");
    }

    private void check(Item ingress, CheckContext ctx, Findings findings) {
        for (List<IngressRoutes> routes : IngressRoutes.byHost(ingress).values()) {
            Map<String, IngressRoutes> seen = new HashMap<>();
            for (IngressRoutes r : routes) {
                IngressRoutes original = seen.putIfAbsent(r.pathType() + " " + r.normalized(), r);
                if (original != null) {
                    findings.report(r.place(),
                            r.pathType() + " path '" + r.path() + "' (position " + r.position() + ") repeats '"
                                    + original.path() + "' (position " + original.position() + ") on " + r.hostText()
                                    + "; only one of them can receive traffic.",
                            "remove one of the two routes, or give them different paths.");
                }
            }
        }
    }
}
