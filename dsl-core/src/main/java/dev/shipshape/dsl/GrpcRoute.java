package dev.shipshape.dsl;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.GrpcRouteSpec;
import dev.shipshape.model.GrpcRuleSpec;
import dev.shipshape.units.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A GRPCRoute ({@code gateway.networking.k8s.io/v1}) attached to a Gateway the platform owns: gRPC calls, by service
 * and method, to components whose port speaks gRPC. The backend is the target's Service, on the port named
 * {@code grpc}, else its only port; a port whose name says another protocol ({@code http}, {@code redis}, …) is
 * reported ({@code route.backend-protocol}).
 *
 * <pre>{@code
 * GatewayRef gw = app.gateway("infra", "public");
 * app.grpcRoute("cart").parent(gw).host("grpc.example.com")
 *         .service("hipstershop.CartService", cart)
 *         .method("hipstershop.CheckoutService", "PlaceOrder", checkout);
 * }</pre>
 */
public final class GrpcRoute extends GatewayRoute<GrpcRoute> {

    /** The port a route picks on its own, when the target has it. */
    static final String PREFERRED_PORT = "grpc";

    private record PendingRule(String service, Optional<String> method, List<PendingBackend> backends) {
    }

    private final List<PendingRule> rules = new ArrayList<>();

    GrpcRoute(ComponentId id) {
        super(id);
    }

    @Override
    GrpcRoute self() {
        return this;
    }

    /**
     * Routes every method of the gRPC service {@code grpcService} to {@code target}'s port named {@code grpc}, or its
     * only port.
     *
     * <pre>{@code
     * route.service("hipstershop.CartService", cart);
     * }</pre>
     *
     * @param grpcService the fully qualified service, {@code package.Service} as the .proto declares it
     * @param target a web service of this app that serves it
     * @return this route, for chaining
     */
    public GrpcRoute service(String grpcService, Routable target) {
        return add(grpcService, Optional.empty(), single(target, Optional.empty()));
    }

    /**
     * Routes every method of {@code grpcService} to {@code target}'s port {@code portName}.
     *
     * <pre>{@code
     * route.service("hipstershop.CartService", cart, "grpc-tls");
     * }</pre>
     *
     * @param grpcService the fully qualified service
     * @param target a web service of this app that serves it
     * @param portName the name of one of the target's ports
     * @return this route, for chaining
     * @throws IllegalArgumentException if {@code portName} is not a valid port name
     */
    public GrpcRoute service(String grpcService, Routable target, String portName) {
        return add(grpcService, Optional.empty(), single(target, Optional.of(Names.requirePortName(portName))));
    }

    /**
     * Splits the calls of {@code grpcService} between weighted backends.
     *
     * <pre>{@code
     * route.service("hipstershop.CartService", Weighted.of(cart, 95), Weighted.of(cartNext, 5));
     * }</pre>
     *
     * @param grpcService the fully qualified service
     * @param first a backend and its weight
     * @param more further backends and their weights
     * @return this route, for chaining
     */
    public GrpcRoute service(String grpcService, Weighted first, Weighted... more) {
        return add(grpcService, Optional.empty(), backends(first, more));
    }

    /**
     * Routes the calls of one method of {@code grpcService} to {@code target}: it takes precedence over a rule for the
     * whole service.
     *
     * <pre>{@code
     * route.method("hipstershop.CheckoutService", "PlaceOrder", checkout);
     * }</pre>
     *
     * @param grpcService the fully qualified service
     * @param method the method's name, as the .proto declares it
     * @param target a web service of this app that serves it
     * @return this route, for chaining
     */
    public GrpcRoute method(String grpcService, String method, Routable target) {
        return add(grpcService, Optional.of(Args.notNull(method, "gRPC method")), single(target, Optional.empty()));
    }

    /**
     * Routes the calls of one method of {@code grpcService} to {@code target}'s port {@code portName}.
     *
     * <pre>{@code
     * route.method("hipstershop.CheckoutService", "PlaceOrder", checkout, "grpc");
     * }</pre>
     *
     * @param grpcService the fully qualified service
     * @param method the method's name
     * @param target a web service of this app that serves it
     * @param portName the name of one of the target's ports
     * @return this route, for chaining
     * @throws IllegalArgumentException if {@code portName} is not a valid port name
     */
    public GrpcRoute method(String grpcService, String method, Routable target, String portName) {
        return add(grpcService, Optional.of(Args.notNull(method, "gRPC method")),
                single(target, Optional.of(Names.requirePortName(portName))));
    }

    private GrpcRoute add(String service, Optional<String> method, List<PendingBackend> backends) {
        rules.add(new PendingRule(Args.notNull(service, "gRPC service"), method, backends));
        return this;
    }

    GrpcRouteSpec freeze() {
        List<GrpcRuleSpec> specs = new ArrayList<>(rules.size());
        for (PendingRule r : rules) {
            specs.add(new GrpcRuleSpec(r.service(), r.method(), freeze(r.backends(), PREFERRED_PORT)));
        }
        return new GrpcRouteSpec(id(), parents(), hosts(), specs, adjustments().labels(), adjustments().annotations());
    }
}
