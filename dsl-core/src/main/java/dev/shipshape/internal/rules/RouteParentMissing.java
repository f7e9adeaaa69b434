package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import tools.jackson.databind.JsonNode;

/**
 * {@code route.parent-missing}: an HTTPRoute or GRPCRoute without {@code spec.parentRefs}. The Gateway API accepts it
 * (the field is optional), but a route attaches only to the parents it names, so no Gateway serves it and its requests
 * go nowhere. Not API.
 */
final class RouteParentMissing extends BaseRule {

    RouteParentMissing() {
        super(RuleDeclaration.error("route.parent-missing",
                "an HTTPRoute or GRPCRoute that names no parent Gateway: the API server accepts it, but no Gateway serves it",
                "attach the route to the Gateway that should serve it: `.parent(app.gateway(namespace, name))`, or "
                        + "`spec.parentRefs` in YAML"));
    }

    @Override
    public void register(Registry registry) {
        registry.graph(this::check);
    }

    private void check(CheckContext ctx, Findings findings) {
        for (String kind : RouteMatches.KINDS) {
            for (Item route : ctx.index().ofKind(kind)) {
                JsonNode parents = RouteMatches.tree(route).path("spec").path("parentRefs");
                if (parents.isArray() && !parents.isEmpty()) {
                    continue;
                }
                boolean dsl = route.isRendered() && route.customizedBy().isEmpty();
                findings.report(route.place().child("spec.parentRefs"), kind + " " + route.name() + " attaches to no"
                                + " Gateway, so no Gateway serves it: its requests go nowhere.",
                        dsl ? "attach it: ." + (kind.equals("HTTPRoute") ? "httpRoute" : "grpcRoute") + "(\"" + route.name()
                                + "\").parent(app.gateway(\"<namespace>\", \"<gateway>\"))."
                                : "add spec.parentRefs: [{name: <gateway>, namespace: <its namespace>}]"
                                + " (and sectionName for one listener).");
            }
        }
    }
}
