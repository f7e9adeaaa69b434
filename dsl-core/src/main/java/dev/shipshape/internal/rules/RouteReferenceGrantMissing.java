package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import tools.jackson.databind.JsonNode;

/**
 * {@code route.reference-grant-missing}: an HTTPRoute or GRPCRoute backend in another namespace without a ReferenceGrant
 * there that lets routes of this kind and namespace refer to it. The Gateway API ignores such a backend (the route's
 * status says {@code RefNotPermitted}) and the requests get a 500. A grant matches when one of its {@code from} entries
 * names the route's group ({@code gateway.networking.k8s.io}), kind and namespace, and one of its {@code to} entries
 * the backend's group and kind, and its name or none. In files read by {@code check}, a grant may be applied from
 * elsewhere, so there it is a warning of {@code reference.outside-manifests} only when the files hold no grant in the
 * backend's namespace at all; a grant among them that does not permit the reference is this rule's error.
 */
final class RouteReferenceGrantMissing extends BaseRule {

    RouteReferenceGrantMissing() {
        super(RuleDeclaration.error("route.reference-grant-missing",
                "an HTTPRoute or GRPCRoute backend in another namespace that no ReferenceGrant there permits: the "
                + "Gateway API ignores it (`RefNotPermitted`) and requests get a 500",
                "add a ReferenceGrant in the backend's namespace from the route's kind and namespace to the backend"));
    }

    @Override
    public void register(Registry registry) {
        registry.graph(this::check);
    }

    private void check(CheckContext ctx, Findings findings) {
        for (RouteBackends b : RouteBackends.all(ctx)) {
            if (!b.crossesNamespaces()) {
                continue;
            }
            boolean anyGrant = false;
            boolean permitted = false;
            for (Item grant : ctx.index().ofKind("ReferenceGrant")) {
                if (grant.namespace().equals(b.namespace())) {
                    anyGrant = true;
                    permitted |= permits(grant, b);
                }
            }
            if (permitted || !anyGrant && b.route().isReadByCheck()) {
                continue; // none among the files: the grant may be applied from elsewhere (reference.outside-manifests)
            }
            findings.report(b.place(), b.line() + "routes to " + b.kind() + " " + b.namespace() + "/" + b.name()
                            + " in another namespace, and " + (anyGrant ? "no ReferenceGrant in " + b.namespace()
                            + " permits it" : "there is no ReferenceGrant in " + b.namespace())
                            + ", so the Gateway API ignores this backend (RefNotPermitted).",
                    "add to namespace " + b.namespace() + " a ReferenceGrant from {group: gateway.networking.k8s.io, kind: "
                            + b.route().kind() + ", namespace: " + b.route().namespace() + "} to {group: '" + b.group()
                            + "', kind: " + b.kind() + ", name: " + b.name() + "}");
        }
    }

    /** Whether {@code grant} lets {@code b}'s route refer to its backend. */
    static boolean permits(Item grant, RouteBackends b) {
        JsonNode spec = RouteMatches.tree(grant).path("spec");
        boolean from = false;
        for (JsonNode f : spec.path("from")) {
            from |= f.path("group").asString("").equals("gateway.networking.k8s.io")
                    && f.path("kind").asString("").equals(b.route().kind())
                    && f.path("namespace").asString("").equals(b.route().namespace());
        }
        if (!from) {
            return false;
        }
        for (JsonNode t : spec.path("to")) {
            if (t.path("group").asString("").equals(b.group()) && t.path("kind").asString("").equals(b.kind())
                    && (!t.has("name") || t.path("name").asString("").equals(b.name()))) {
                return true;
            }
        }
        return false;
    }
}
