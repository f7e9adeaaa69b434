package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import java.util.List;
import java.util.Optional;

/**
 * One rule of a GRPCRoute: calls of a gRPC service (every method, or one) go to the backends.
 *
 * <pre>{@code
 * GrpcRuleSpec r = app.model().grpcRoutes().get(0).rules().get(0);
 * r.service();   // "larder.Basket"
 * r.method();    // Optional.empty: every method
 * }</pre>
 *
 * @param service  the fully qualified gRPC service, e.g. {@code hipstershop.CartService}
 * @param method   the method, if the rule takes only one
 * @param backends where it sends the calls, at least one
 */
public record GrpcRuleSpec(String service, Optional<String> method, List<BackendSpec> backends) {
    /**
     * Rejects null parts and copies the list.
     *
     * @param service the gRPC service
     * @param method the method, if one
     * @param backends where it sends the calls
     */
    public GrpcRuleSpec {
        Args.notNull(service, "service");
        Args.notNull(method, "method");
        backends = Args.list(backends, "backends");
    }

    /** {@return how violation paths and the topology show it: {@code larder.Basket} or {@code larder.Basket/GetCart}} */
    public String describe() {
        return service + method.map(m -> "/" + m).orElse("");
    }
}
