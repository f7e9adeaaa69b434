package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ingress.path-order}: a Prefix route that also matches a later route's path comes before it ({@code /}
 * before {@code /api}). networking/v1 says the longest match wins, but controllers that route by order would send
 * everything to the first; most-specific-first routes the same everywhere. Each route's element-wise prefixes are
 * looked up in a map of earlier Prefix paths: linear in the number of routes, never pairwise.
 */
final class IngressPathOrder extends BaseRule {

    private static final int SHOWN = 3;

    IngressPathOrder() {
        super(RuleDeclaration.error("ingress.path-order",
                "a Prefix route that also matches a later route of the same host (`/` before `/api`). "
                + "networking/v1 says the longest match wins, but controllers that route by order (AWS Load "
                + "Balancer Controller before 2.4.3, HAProxy ingress before its fix, many "
                + "ImplementationSpecific setups) send everything to the first; most-specific-first routes "
                + "the same everywhere. Element-wise: `/api` covers `/api/v1`, not `/apis`; an Exact route "
                + "covers nothing else",
                "put the more specific route first"));
    }

    @Override
    public void register(Registry registry) {
        registry.object("Ingress", this::check);
    }

    private void check(Item ingress, CheckContext ctx, Findings findings) {
        for (List<IngressRoutes> routes : IngressRoutes.byHost(ingress).values()) {
            checkHost(routes, findings);
        }
    }

    private static void checkHost(List<IngressRoutes> routes, Findings findings) {
        Map<String, Integer> earlierPrefixes = new HashMap<>();
        Map<Integer, List<Integer>> shadowed = new LinkedHashMap<>();
        for (int i = 0; i < routes.size(); i++) {
            IngressRoutes route = routes.get(i);
            if (!route.path().startsWith("/")) {
                continue; // ingress.path-invalid reports it; it matches nothing element-wise
            }
            String path = route.normalized();
            boolean prefix = IngressRoutes.PREFIX.equals(route.pathType());
            for (String p : IngressRoutes.elementPrefixes(path)) {
                Integer earlier = earlierPrefixes.get(p);
                boolean sameRoute = p.equals(path) && prefix;
                if (earlier != null && !sameRoute) {
                    List<Integer> list = shadowed.computeIfAbsent(earlier, k -> new ArrayList<>());
                    if (list.isEmpty() || list.get(list.size() - 1) != i) {
                        list.add(i);
                    }
                }
            }
            if (prefix) {
                earlierPrefixes.putIfAbsent(path, i);
            }
        }
        shadowed.forEach((earlier, later) -> {
            IngressRoutes first = routes.get(earlier);
            StringBuilder names = new StringBuilder();
            for (int k = 0; k < Math.min(SHOWN, later.size()); k++) {
                IngressRoutes r = routes.get(later.get(k));
                names.append(k == 0 ? "" : ", ").append('\'').append(r.path()).append("' (")
                        .append(r.pathType()).append(", position ").append(r.position()).append(')');
            }
            if (later.size() > SHOWN) {
                names.append(" and ").append(later.size() - SHOWN).append(" more");
            }
            String firstLater = routes.get(later.get(0)).path();
            findings.report(first.place(),
                    "route '" + first.path() + "' (Prefix, position " + first.position() + ") also matches the later "
                            + (later.size() == 1 ? "route " : "routes ") + names
                            + "; a controller that routes by order would never reach "
                            + (later.size() == 1 ? "it." : "them."),
                    "put the more specific route first: move '" + firstLater + "' above '" + first.path() + "'.");
        });
    }
}
