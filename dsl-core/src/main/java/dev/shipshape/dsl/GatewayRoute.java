package dev.shipshape.dsl;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.model.BackendSpec;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.ParentSpec;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What {@link HttpRoute} and {@link GrpcRoute} share: the Gateways they attach to, their hostnames, and the component
 * options (waivers, customizations, labels, annotations).
 *
 * <pre>{@code
 * GatewayRef gw = app.gateway("infra", "public");
 * app.httpRoute("shop").parent(gw).host("shop.example.com").route("/", web);
 * app.grpcRoute("cart").parent(gw).host("grpc.example.com").service("shop.Cart", cart);
 * }</pre>
 *
 * @param <SELF> the route type, returned for chaining
 */
public abstract sealed class GatewayRoute<SELF extends GatewayRoute<SELF>> implements Component<SELF>
        permits HttpRoute, GrpcRoute {

    private final ComponentId id;
    private final Set<ParentSpec> parents = new LinkedHashSet<>();
    private final Set<String> hosts = new LinkedHashSet<>();
    private final Adjustments adjustments;

    /** One backend as given; its port is resolved when the app is frozen. */
    record PendingBackend(Routable target, Optional<String> port, int weight) {
        static PendingBackend of(Weighted w) {
            return new PendingBackend(w.target(), w.port(), w.weight());
        }

        BackendSpec freeze(String preferredPort) {
            return new BackendSpec(target.id(), port.or(() -> ((ContainerDefinition<?>) target).routedPortName(preferredPort)),
                    weight);
        }
    }

    GatewayRoute(ComponentId id) {
        this.id = id;
        this.adjustments = new Adjustments(Optional.of(id));
    }

    abstract SELF self();

    @Override
    public ComponentId id() {
        return id;
    }

    /** {@return the route's name} */
    @Override
    public String name() {
        return id.name();
    }

    /**
     * Attaches the route to a Gateway ({@code spec.parentRefs[]}); called again, to several (an internal and a public
     * one, say). A route attached to none is served by no Gateway, and is reported ({@code route.parent-missing}).
     *
     * <pre>{@code
     * route.parent(app.gateway("infra", "public").listener("https"));
     * }</pre>
     *
     * @param gateway a Gateway of the platform, from {@link App#gateway(String, String)}
     * @return this route, for chaining
     */
    public SELF parent(GatewayRef gateway) {
        parents.add(Args.notNull(gateway, "gateway").spec());
        return self();
    }

    /**
     * Adds a hostname the route serves ({@code spec.hostnames[]}): a DNS name such as {@code shop.example.com}, or a
     * wildcard {@code *.example.com}. Unlike an Ingress's hosts they apply to every rule of the route; none means every
     * hostname the Gateway's listeners accept.
     *
     * <pre>{@code
     * route.host("shop.example.com").host("www.shop.example.com");
     * }</pre>
     *
     * @param hostname a DNS name, or a wildcard {@code *.example.com}; not an IP address
     * @return this route, for chaining
     * @throws IllegalArgumentException if the hostname is not a DNS-1123 subdomain (optionally after {@code *.}), is
     *         longer than 253 characters, or is an IP address (the Gateway API's {@code Hostname})
     */
    public SELF host(String hostname) {
        hosts.add(Ingress.requireHost("route hostname", hostname));
        return self();
    }

    @Override
    public SELF waive(String ruleId, String reason) {
        adjustments.waive(ruleId, reason);
        return self();
    }

    @Override
    public <T extends HasMetadata> SELF customize(Class<T> type, Consumer<? super T> edit) {
        adjustments.customize(type, edit);
        return self();
    }

    @Override
    public SELF label(String key, String value) {
        adjustments.label(key, value);
        return self();
    }

    @Override
    public SELF annotation(String key, String value) {
        adjustments.annotation(key, value);
        return self();
    }

    Adjustments adjustments() {
        return adjustments;
    }

    List<ParentSpec> parents() {
        return List.copyOf(parents);
    }

    List<String> hosts() {
        return List.copyOf(hosts);
    }

    /** The backends of one rule: a single target with the default weight, or the weighted ones given. */
    static List<PendingBackend> backends(Weighted first, Weighted... more) {
        Args.notNull(first, "backend");
        Args.notNull(more, "backends");
        List<PendingBackend> out = new ArrayList<>(1 + more.length);
        out.add(PendingBackend.of(first));
        for (Weighted w : more) {
            out.add(PendingBackend.of(Args.notNull(w, "backend")));
        }
        return out;
    }

    /** One target on its routed port (or the one named) with the Gateway API's default weight, 1. */
    static List<PendingBackend> single(Routable target, Optional<String> port) {
        return List.of(new PendingBackend(Args.notNull(target, "route target"), port, 1));
    }

    static List<BackendSpec> freeze(List<PendingBackend> backends, String preferredPort) {
        return backends.stream().map(b -> b.freeze(preferredPort)).toList();
    }
}
