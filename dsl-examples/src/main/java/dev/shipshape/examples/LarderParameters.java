package dev.shipshape.examples;

import java.util.List;

/**
 * What varies between installations of {@link Larder}.
 *
 * <pre>{@code
 * LarderParameters p = LarderParameters.defaults().withSourceRanges(List.of("203.0.113.0/24"));
 * }</pre>
 *
 * @param namespace       the namespace the shop runs in
 * @param replicas        each service's replicas (2 or more)
 * @param grpcServicePort the Service port of the gRPC services (their containers listen on 50051)
 * @param sourceRanges    the client addresses the storefront's load balancer admits; empty: any
 */
public record LarderParameters(String namespace, int replicas, int grpcServicePort, List<String> sourceRanges) {

    /**
     * Copies the list.
     *
     * @param namespace       the namespace the shop runs in
     * @param replicas        each service's replicas
     * @param grpcServicePort the Service port of the gRPC services
     * @param sourceRanges    the load balancer's source ranges
     */
    public LarderParameters {
        sourceRanges = List.copyOf(sourceRanges);
    }

    /** {@return namespace {@code larder}, 2 replicas, gRPC on Service port 9555, a load balancer open to any client} */
    public static LarderParameters defaults() {
        return new LarderParameters("larder", 2, 9555, List.of());
    }

    /**
     * The same with the load balancer limited to {@code ranges}.
     *
     * <pre>{@code
     * LarderParameters.defaults().withSourceRanges(List.of("203.0.113.0/24"));
     * }</pre>
     *
     * @param ranges CIDR blocks
     * @return the parameters
     */
    public LarderParameters withSourceRanges(List<String> ranges) {
        return new LarderParameters(namespace, replicas, grpcServicePort, ranges);
    }
}
