package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code route.shadowed}: a match of an HTTPRoute or GRPCRoute that can never win, because an earlier match of the
 * same route matches the same requests ({@link RouteMatches}: the same path once a {@code PathPrefix}'s trailing
 * {@code /} is dropped, header names in any case, header and query matches in any order). The Gateway API gives a tie
 * within a route to the first rule in list order, so the later rule's backends and filters never see a request: a
 * canary that gets no traffic, a redirect that never happens.
 */
final class RouteShadowed extends BaseRule {

    RouteShadowed() {
        super(RuleDeclaration.error("route.shadowed",
                "a match of an HTTPRoute or GRPCRoute that an earlier match of the same route always wins: the same "
                + "requests (`/api` and `/api/` are one PathPrefix; header names in any case), and the Gateway API "
                + "gives a tie within a route to the first rule",
                "remove the later match, or merge its backends and filters into the earlier rule"));
    }

    @Override
    public void register(Registry registry) {
        for (String kind : RouteMatches.KINDS) {
            registry.object(kind, this::check);
        }
    }

    private void check(Item route, CheckContext ctx, Findings findings) {
        RouteMatches rm = RouteMatches.of(route);
        Map<String, RouteMatches.Match> first = new HashMap<>();
        for (RouteMatches.Match m : rm.matches()) {
            RouteMatches.Match earlier = first.putIfAbsent(m.key(), m);
            if (earlier != null) {
                findings.report(rm.place(m), rm.line(m) + m.key() + " is matched first by " + earlier.field()
                        + " of the same " + route.kind() + ", so this rule never receives a request.",
                        earlier.rule() == m.rule() ? "remove the duplicate match from " + m.field()
                                : "remove " + m.field() + ", or move its backends and filters into spec.rules["
                                + earlier.rule() + "]");
            }
        }
    }
}
