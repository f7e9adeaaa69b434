package dev.shipshape.internal.rules;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.IngressSpec;
import dev.shipshape.model.PathType;
import dev.shipshape.model.RouteSpec;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ingress.path-order}: a Prefix route that also matches a later route of the same host comes before it.
 *
 * <p>networking/v1 says the longest match wins, but controllers that route by order (AWS Load Balancer
 * Controller before 2.4.3, HAProxy ingress before its fix, many ImplementationSpecific setups) would send
 * everything to the earlier route. Most-specific-first routes the same on every controller.
 *
 * <p>Linear: each route looks up its element-wise prefixes in a map of the earlier Prefix paths, so the
 * cost is the total number of path elements, not the number of route pairs.
 */
final class IngressPathOrder extends BaseRule {

    /** The rule id. */
    public static final String ID = "ingress.path-order";

    /** Creates the rule. */
    IngressPathOrder() {
        super(ID, Severity.ERROR, "a route that also matches a later route's path comes before it (e.g. '/' before '/api')");
    }
    private static final int SHOWN = 3;

    @Override
    public void check(AppSpec app, Policy policy, Findings findings) {
        for (IngressSpec ingress : app.ingresses()) {
            for (List<RouteSpec> routes : IngressRoutes.byHost(ingress).values()) {
                checkHost(ingress, routes, findings);
            }
        }
    }

    private static void checkHost(IngressSpec ingress, List<RouteSpec> routes, Findings findings) {
        Map<String, Integer> earlierPrefixes = new HashMap<>();
        Map<Integer, List<Integer>> shadowed = new LinkedHashMap<>();
        for (int i = 0; i < routes.size(); i++) {
            RouteSpec route = routes.get(i);
            if (!route.path().startsWith("/")) {
                continue; // ingress.path-invalid reports it; it matches nothing element-wise
            }
            String path = IngressRoutes.normalized(route);
            for (String prefix : IngressRoutes.elementPrefixes(path)) {
                Integer earlier = earlierPrefixes.get(prefix);
                boolean sameRoute = prefix.equals(path) && route.pathType() == PathType.PREFIX;
                if (earlier != null && !sameRoute) {
                    List<Integer> list = shadowed.computeIfAbsent(earlier, k -> new ArrayList<>());
                    if (list.isEmpty() || list.get(list.size() - 1) != i) {
                        list.add(i);
                    }
                }
            }
            if (route.pathType() == PathType.PREFIX) {
                earlierPrefixes.putIfAbsent(path, i);
            }
        }
        shadowed.forEach((earlier, later) -> {
            RouteSpec first = routes.get(earlier);
            StringBuilder names = new StringBuilder();
            for (int k = 0; k < Math.min(SHOWN, later.size()); k++) {
                RouteSpec r = routes.get(later.get(k));
                names.append(k == 0 ? "" : ", ").append('\'').append(r.path()).append("' (")
                        .append(r.pathType().kubernetesName()).append(", position ").append(later.get(k) + 1).append(')');
            }
            if (later.size() > SHOWN) {
                names.append(" and ").append(later.size() - SHOWN).append(" more");
            }
            String firstLater = routes.get(later.get(0)).path();
            findings.report(RulePaths.route(ingress, first),
                    "route '" + first.path() + "' (Prefix, position " + (earlier + 1) + ") also matches the later "
                            + (later.size() == 1 ? "route " : "routes ") + names
                            + "; a controller that routes by order would never reach "
                            + (later.size() == 1 ? "it." : "them."),
                    "put the more specific route first: move '" + firstLater + "' above '" + first.path() + "'.");
        });
    }
}
