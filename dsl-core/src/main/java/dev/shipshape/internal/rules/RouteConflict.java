package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code route.conflict}: two routes of one kind that claim the same match ({@link RouteMatches}) on the same parent and
 * hostname. The Gateway API gives the requests to the oldest route, then to the first by {@code {namespace}/{name}}:
 * which route serves depends on the order they were created in, which differs between clusters and after a restore.
 * Reported once per losing match, on the route that sorts later (in files, nothing says which is older).
 */
final class RouteConflict extends BaseRule {

    RouteConflict() {
        super(RuleDeclaration.error("route.conflict",
                "two HTTPRoutes (or GRPCRoutes) claiming the same match on the same parent and hostname: the Gateway "
                + "API gives it to the older route, then to the first by `{namespace}/{name}`, so which one serves "
                + "depends on the order they were created in",
                "give each route its own hostname or path, or merge them into one route"));
    }

    @Override
    public void register(Registry registry) {
        registry.graph(this::check);
    }

    private static boolean sameObject(RouteMatches a, RouteMatches b) {
        return a.route().namespace().equals(b.route().namespace()) && a.route().name().equals(b.route().name());
    }

    private void check(CheckContext ctx, Findings findings) {
        for (String kind : RouteMatches.KINDS) {
            List<RouteMatches> routes = new ArrayList<>();
            ctx.index().ofKind(kind).forEach(item -> routes.add(RouteMatches.of(item)));
            routes.sort(Comparator.comparing(r -> r.route().namespace() + "/" + r.route().name()));
            // parent + host + match -> the first route (by namespace/name) that claims it
            Map<String, RouteMatches> claimed = new HashMap<>();
            for (RouteMatches r : routes) {
                Set<String> reported = new HashSet<>();
                for (RouteMatches.Match m : r.matches()) {
                    for (String parent : r.parents()) {
                        for (String host : r.hosts()) {
                            String claim = parent + " | " + host + " | " + m.key();
                            RouteMatches owner = claimed.putIfAbsent(claim, r);
                            // one object written twice (alternative files) is name.duplicate's to say, not a conflict
                            if (owner != null && !sameObject(owner, r) && reported.add(m.field())) {
                                findings.report(r.place(m), r.line(m) + m.key() + " on " + parent + " for host "
                                        + host + " is claimed by " + kind + " " + owner.route().namespace() + "/"
                                        + owner.route().name() + " too; the older of the two gets every request, and"
                                        + " in files nothing says which is older.",
                                        "give " + kind + " " + r.route().name() + " a hostname or path of its own, or"
                                        + " merge it into " + owner.route().name());
                            }
                        }
                    }
                }
            }
        }
    }
}
