package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import java.util.Optional;

/**
 * One backend of a Gateway API route rule: a component's Service, the port it is sent to, and its share of the traffic.
 *
 * <pre>{@code
 * BackendSpec b = app.model().httpRoutes().get(0).rules().get(0).backends().get(0);
 * b.target().name();   // "web"
 * b.port();            // Optional[http]
 * b.weight();          // 90
 * }</pre>
 *
 * @param target the routed workload
 * @param port   the name of the target's port the route sends to: the one named, else the port named {@code http}
 *               ({@code grpc} for a GRPCRoute), else its only port; empty when none of these applies (reported)
 * @param weight the share of the rule's traffic, relative to its other backends' (0 sends none)
 */
public record BackendSpec(ComponentId target, Optional<String> port, int weight) {
    /** The largest weight the Gateway API accepts. */
    public static final int MAX_WEIGHT = 1_000_000;

    /**
     * Rejects null parts and weights outside 0 … 1 000 000.
     *
     * @param target the routed workload
     * @param port the name of the target's port, if known
     * @param weight the share of the rule's traffic
     */
    public BackendSpec {
        Args.notNull(target, "target");
        Args.notNull(port, "port");
        if (weight < 0 || weight > MAX_WEIGHT) {
            throw new IllegalArgumentException("backend weight must be 0-" + MAX_WEIGHT + ", got " + weight);
        }
    }
}
