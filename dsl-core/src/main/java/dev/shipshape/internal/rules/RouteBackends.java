package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.objects.Place;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Index;
import dev.shipshape.model.AppSpec;
import dev.shipshape.model.BackendSpec;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.GatewayRouteSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The backends of the HTTPRoutes and GRPCRoutes of a check ({@code spec.rules[].backendRefs[]}), with the Gateway API's
 * defaults: group {@code ""} and kind {@code Service}, the route's namespace. For the reference rules: a Service
 * backend must be among the manifests and have the port named ({@code reference.unresolved},
 * {@code reference.outside-manifests}), and one in another namespace needs a ReferenceGrant there that lets the route
 * refer to it ({@code route.reference-grant-missing}). Not API.
 *
 * @param route     the route
 * @param field     where: {@code spec.rules[0].backendRefs[1]}
 * @param line      {@code "line N: "} for a route read from a file, else empty
 * @param group     the backend's API group ({@code ""} for the core group)
 * @param kind      the backend's kind
 * @param namespace the backend's namespace
 * @param name      the backend's name
 * @param port      the port, if set
 * @param rule      the index of its rule
 * @param index     its index among the rule's backends
 */
record RouteBackends(Item route, String field, String line, String group, String kind, String namespace, String name,
        Optional<Integer> port, int rule, int index) {

    /** The backends of one check, found once and shared by the three rules that read them. */
    private record All(List<RouteBackends> backends) {
    }

    /** {@return every backend of every HTTPRoute and GRPCRoute in the check, in object and rule order} */
    static List<RouteBackends> all(CheckContext ctx) {
        return ctx.index().derived(All.class, index -> new All(find(index))).backends();
    }

    private static List<RouteBackends> find(Index index) {
        List<RouteBackends> out = new ArrayList<>();
        for (String kind : RouteMatches.KINDS) {
            for (Item route : index.ofKind(kind)) {
                JsonNode tree = RouteMatches.tree(route);
                JsonNode rules = tree.path("spec").path("rules");
                for (int r = 0; r < rules.size(); r++) {
                    JsonNode refs = rules.get(r).path("backendRefs");
                    for (int b = 0; b < refs.size(); b++) {
                        JsonNode ref = refs.get(b);
                        int at = route.raw().map(raw -> raw.line(ref)).orElse(0);
                        out.add(new RouteBackends(route, "spec.rules[" + r + "].backendRefs[" + b + "]",
                                at > 0 ? "line " + at + ": " : "", ref.path("group").asString(""),
                                ref.path("kind").asString("Service"), ref.path("namespace").asString(route.namespace()),
                                ref.path("name").asString(""),
                                ref.path("port").isIntegralNumber() ? Optional.of(ref.path("port").asInt()) : Optional.empty(),
                                r, b));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** {@return whether the backend is a core Service, the kind every implementation supports} */
    boolean isService() {
        return group.isEmpty() && kind.equals("Service");
    }

    /** {@return whether the backend is in another namespace than its route} */
    boolean crossesNamespaces() {
        return !namespace.equals(route.namespace());
    }

    /** {@return where it is reported} */
    Place place() {
        return route.place().child(field);
    }

    /**
     * {@return the backend as the app defined it, for a route Shipshape rendered and no customization changed}: what
     * the user wrote (the port name) where the rendered object only has what it resolved to.
     */
    Optional<BackendSpec> spec(CheckContext ctx) {
        if (!route.isRendered() || route.customizedBy().isPresent() || route.component().isEmpty() || ctx.app().isEmpty()) {
            return Optional.empty();
        }
        GatewayRouteSpec spec = ctx.index().derived(Specs.class, i -> Specs.of(ctx.app().get())).byId()
                .get(route.component().get());
        if (spec == null || rule >= spec.ruleBackends().size() || index >= spec.ruleBackends().get(rule).size()) {
            return Optional.empty();
        }
        return Optional.of(spec.ruleBackends().get(rule).get(index));
    }

    /** The app's routes by component, found once per check rather than once per backend. */
    private record Specs(Map<ComponentId, GatewayRouteSpec> byId) {
        static Specs of(AppSpec app) {
            Map<ComponentId, GatewayRouteSpec> byId = new HashMap<>();
            app.gatewayRoutes().forEach(r -> byId.putIfAbsent(r.id(), r));
            return new Specs(byId);
        }
    }

    /** {@return the Service it names, if it is among the manifests} */
    Optional<Item> service(CheckContext ctx) {
        return ctx.index().find("Service", namespace, name);
    }
}
