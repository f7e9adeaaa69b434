package dev.shipshape.dsl;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.model.BackendSpec;
import dev.shipshape.units.Names;
import java.util.Optional;

/**
 * A backend with its share of a route rule's traffic: for canaries and blue-green switches. Weights are relative:
 * 90 and 10 send 90 % and 10 %; 0 sends nothing (a backend kept ready).
 *
 * <pre>{@code
 * app.httpRoute("web").parent(gw).route("/", Weighted.of(webV1, 90), Weighted.of(webV2, 10));
 * app.grpcRoute("cart").parent(gw).service("shop.Cart", Weighted.of(cart, "grpc", 95), Weighted.of(cartNext, "grpc", 5));
 * }</pre>
 *
 * @param target the component whose Service gets the traffic
 * @param port   the target's port, when named; else as {@link HttpRoute#route(String, Routable)} picks it
 * @param weight the share, 0 to 1 000 000
 */
public record Weighted(Routable target, Optional<String> port, int weight) {

    /**
     * Rejects a null target or port, an invalid port name and weights outside 0 … 1 000 000.
     *
     * @param target the component whose Service gets the traffic
     * @param port the target's port, when named
     * @param weight the share
     */
    public Weighted {
        Args.notNull(target, "weighted target");
        Args.notNull(port, "weighted port");
        port.ifPresent(Names::requirePortName);
        if (weight < 0 || weight > BackendSpec.MAX_WEIGHT) {
            throw new IllegalArgumentException("weight of " + target.id().name() + " must be 0-" + BackendSpec.MAX_WEIGHT
                    + " (the Gateway API's bounds), got " + weight);
        }
    }

    /**
     * {@return {@code target} with {@code weight}, on the port a route picks}
     *
     * <pre>{@code
     * Weighted.of(webV2, 10)
     * }</pre>
     *
     * @param target a web service or static site of this app
     * @param weight the share, 0 to 1 000 000
     * @throws IllegalArgumentException if the weight is out of bounds
     */
    public static Weighted of(Routable target, int weight) {
        return new Weighted(target, Optional.empty(), weight);
    }

    /**
     * {@return {@code target}'s port {@code portName} with {@code weight}}
     *
     * <pre>{@code
     * Weighted.of(cartNext, "grpc", 5)
     * }</pre>
     *
     * @param target a web service or static site of this app
     * @param portName the name of one of its ports
     * @param weight the share, 0 to 1 000 000
     * @throws IllegalArgumentException if the port name is invalid or the weight is out of bounds
     */
    public static Weighted of(Routable target, String portName, int weight) {
        return new Weighted(target, Optional.of(Args.notNull(portName, "port name")), weight);
    }
}
