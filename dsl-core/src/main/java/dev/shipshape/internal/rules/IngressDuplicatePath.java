package dev.shipshape.internal.rules;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.IngressSpec;
import dev.shipshape.model.RouteSpec;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code ingress.duplicate-path}: the same host, path and path type twice (Prefix {@code /api/} is {@code /api}). */
final class IngressDuplicatePath extends BaseRule {

    /** The rule id. */
    public static final String ID = "ingress.duplicate-path";

    /** Creates the rule. */
    IngressDuplicatePath() {
        super(ID, Severity.ERROR, "the same host + path + path type appears twice in one Ingress");
    }

    @Override
    public void check(AppSpec app, Policy policy, Findings findings) {
        for (IngressSpec ingress : app.ingresses()) {
            for (List<RouteSpec> routes : IngressRoutes.byHost(ingress).values()) {
                Map<String, Integer> seen = new HashMap<>();
                for (int i = 0; i < routes.size(); i++) {
                    RouteSpec r = routes.get(i);
                    Integer first = seen.putIfAbsent(r.pathType() + " " + IngressRoutes.normalized(r), i);
                    if (first != null) {
                        RouteSpec original = routes.get(first);
                        findings.report(RulePaths.route(ingress, r),
                                r.pathType().kubernetesName() + " path '" + r.path() + "' (position " + (i + 1)
                                        + ") repeats '" + original.path() + "' (position " + (first + 1) + ") on "
                                        + r.host().map(h -> "host " + h).orElse("any host")
                                        + "; only one of them can receive traffic.",
                                "remove one of the two routes, or give them different paths.");
                    }
                }
            }
        }
    }
}
