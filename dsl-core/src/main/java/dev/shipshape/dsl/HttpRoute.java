package dev.shipshape.dsl;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.HttpMatch;
import dev.shipshape.model.HttpRouteSpec;
import dev.shipshape.model.HttpRuleSpec;
import dev.shipshape.units.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An HTTPRoute ({@code gateway.networking.k8s.io/v1}) attached to a Gateway the platform owns: the Gateway API's
 * successor of the Ingress. Routes go to components, not to Service names and port numbers typed by hand: the backend
 * is the target's Service, on the port named {@code http}, else its only port (name another with
 * {@link #route(String, Routable, String)}). Each {@code route} is one rule with one match, rendered in the order given;
 * the Gateway API picks among them by precedence, not by order ({@code route.shadowed} reports a match that can never
 * win).
 *
 * <pre>{@code
 * GatewayRef gw = app.gateway("infra", "public");
 * app.httpRoute("shop").parent(gw).host("shop.example.com")
 *         .route("/api", api)                                       // PathPrefix
 *         .route(Match.exact("/healthz"), api)
 *         .route("/", Weighted.of(webV1, 90), Weighted.of(webV2, 10));   // a canary
 * app.gatewayPods("gateway.networking.k8s.io/gateway-name", "public");   // who sends the traffic
 * }</pre>
 */
public final class HttpRoute extends GatewayRoute<HttpRoute> {

    /** The port a route picks on its own, when the target has it. */
    static final String PREFERRED_PORT = "http";

    private record PendingRule(HttpMatch match, List<PendingBackend> backends) {
    }

    private final List<PendingRule> rules = new ArrayList<>();

    HttpRoute(ComponentId id) {
        super(id);
    }

    @Override
    HttpRoute self() {
        return this;
    }

    /**
     * Routes requests whose path has the element-wise prefix {@code path} to {@code target}'s port named {@code http},
     * or to its only port when it has one; a target with several ports and none named {@code http} is reported
     * ({@code reference.unresolved}, naming its ports): name the port with {@link #route(String, Routable, String)}.
     *
     * <pre>{@code
     * route.route("/api", api);
     * }</pre>
     *
     * @param path an absolute path, e.g. {@code /api}
     * @param target a web service or static site of this app
     * @return this route, for chaining
     */
    public HttpRoute route(String path, Routable target) {
        return route(Match.prefix(path), target);
    }

    /**
     * Routes requests whose path has the element-wise prefix {@code path} to {@code target}'s port {@code portName}.
     *
     * <pre>{@code
     * route.route("/metrics", api, "metrics");
     * }</pre>
     *
     * @param path an absolute path
     * @param target a web service or static site of this app
     * @param portName the name of one of the target's ports
     * @return this route, for chaining
     * @throws IllegalArgumentException if {@code portName} is not a valid port name
     */
    public HttpRoute route(String path, Routable target, String portName) {
        return route(Match.prefix(path), target, portName);
    }

    /**
     * Routes the requests {@code match} takes to {@code target}, on the port picked as by {@link #route(String, Routable)}.
     *
     * <pre>{@code
     * route.route(Match.exact("/healthz"), api);
     * route.route(Match.prefix("/api").withHeader("x-canary", "true"), apiCanary);
     * }</pre>
     *
     * @param match a path, and optionally headers, query parameters and a method
     * @param target a web service or static site of this app
     * @return this route, for chaining
     */
    public HttpRoute route(Match match, Routable target) {
        return add(match, single(target, Optional.empty()));
    }

    /**
     * Routes the requests {@code match} takes to {@code target}'s port {@code portName}.
     *
     * <pre>{@code
     * route.route(Match.exact("/metrics"), api, "metrics");
     * }</pre>
     *
     * @param match a path, and optionally headers, query parameters and a method
     * @param target a web service or static site of this app
     * @param portName the name of one of the target's ports
     * @return this route, for chaining
     * @throws IllegalArgumentException if {@code portName} is not a valid port name
     */
    public HttpRoute route(Match match, Routable target, String portName) {
        return add(match, single(target, Optional.of(Names.requirePortName(portName))));
    }

    /**
     * Splits the requests under the prefix {@code path} between weighted backends: a canary, a blue-green switch.
     *
     * <pre>{@code
     * route.route("/", Weighted.of(webV1, 90), Weighted.of(webV2, 10));
     * }</pre>
     *
     * @param path an absolute path
     * @param first a backend and its weight
     * @param more further backends and their weights
     * @return this route, for chaining
     */
    public HttpRoute route(String path, Weighted first, Weighted... more) {
        return route(Match.prefix(path), first, more);
    }

    /**
     * Splits the requests {@code match} takes between weighted backends.
     *
     * <pre>{@code
     * route.route(Match.prefix("/api").withMethod("GET"), Weighted.of(readV1, 50), Weighted.of(readV2, 50));
     * }</pre>
     *
     * @param match a path, and optionally headers, query parameters and a method
     * @param first a backend and its weight
     * @param more further backends and their weights
     * @return this route, for chaining
     */
    public HttpRoute route(Match match, Weighted first, Weighted... more) {
        return add(match, backends(first, more));
    }

    private HttpRoute add(Match match, List<PendingBackend> backends) {
        rules.add(new PendingRule(Args.notNull(match, "match").spec(), backends));
        return this;
    }

    HttpRouteSpec freeze() {
        List<HttpRuleSpec> specs = new ArrayList<>(rules.size());
        for (PendingRule r : rules) {
            specs.add(new HttpRuleSpec(r.match(), freeze(r.backends(), PREFERRED_PORT)));
        }
        return new HttpRouteSpec(id(), parents(), hosts(), specs, adjustments().labels(), adjustments().annotations());
    }
}
