package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import java.util.List;
import java.util.SortedMap;

/**
 * How a web service or static site is reached from outside the cluster: a second Service {@code <name>-external} of type
 * LoadBalancer (optionally limited to source ranges) or NodePort, with the same ports, and the NetworkPolicy that admits
 * those addresses on the container ports.
 *
 * <pre>{@code
 * Exposure e = workload.pod().exposure().orElseThrow();
 * e.loadBalancer();     // true
 * e.sourceRanges();     // [203.0.113.0/24]
 * e.nodePorts();        // {http=30080}
 * }</pre>
 *
 * @param loadBalancer whether the Service is of type LoadBalancer (else NodePort)
 * @param sourceRanges the client addresses a load balancer admits; empty: any (0.0.0.0/0 and ::/0)
 * @param nodePorts    port name → the node port it is served on, where one was chosen
 */
public record Exposure(boolean loadBalancer, List<String> sourceRanges, SortedMap<String, Integer> nodePorts) {

    /** The addresses admitted when none is given: every IPv4 and IPv6 address. */
    public static final List<String> ANYWHERE = List.of("0.0.0.0/0", "::/0");

    /**
     * Copies the collections.
     *
     * @param loadBalancer whether the Service is of type LoadBalancer (else NodePort)
     * @param sourceRanges the client addresses a load balancer admits, CIDR blocks; empty: any
     * @param nodePorts    port name → the node port it is served on
     */
    public Exposure {
        sourceRanges = Args.list(sourceRanges, "sourceRanges");
        nodePorts = Args.sortedCopy(nodePorts, "nodePorts");
    }

    /**
     * The name of the second Service.
     *
     * <pre>{@code
     * Exposure.serviceName("frontend"); // "frontend-external"
     * }</pre>
     *
     * @param component the exposed component's name
     * @return {@code <component>-external}
     */
    public static String serviceName(String component) {
        return Args.notNull(component, "component") + "-external";
    }

    /** {@return the addresses the NetworkPolicy admits: the source ranges, else anywhere} */
    public List<String> admitted() {
        return sourceRanges.isEmpty() ? ANYWHERE : sourceRanges;
    }
}
