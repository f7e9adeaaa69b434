package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.internal.lang.Cidrs;
import dev.shipshape.units.Names;
import java.util.List;

/**
 * Traffic a component's pods may send outside the app, on top of what the typed references allow.
 *
 * <pre>{@code
 * app.worker("mailer", image).egressTo("10.20.0.0/16", 587);
 * app.model().workloads().get(0).pod().egress();   // [EgressRule[cidr=10.20.0.0/16, ports=[587]]]
 * }</pre>
 *
 * @param cidr  an IPv4 or IPv6 CIDR block, e.g. {@code 0.0.0.0/0} or {@code 10.20.0.0/16}
 * @param ports TCP ports; empty means every port and protocol
 */
public record EgressRule(String cidr, List<Integer> ports) {

    /**
     * Checks the parts.
     *
     * @param cidr the CIDR block
     * @param ports the TCP ports
     * @throws IllegalArgumentException if the CIDR is not valid or a port is not 1-65535
     */
    public EgressRule {
        Args.notNull(cidr, "cidr");
        if (!isCidr(cidr)) {
            throw new IllegalArgumentException("'" + Names.printable(cidr) + "' is not a CIDR block"
                    + " (e.g. 10.20.0.0/16, or 0.0.0.0/0 for anywhere); NetworkPolicies cannot name hosts");
        }
        ports = Args.list(ports, "ports");
        for (int p : ports) {
            if (p < 1 || p > 65535) {
                throw new IllegalArgumentException("egress port must be 1-65535, got " + p);
            }
        }
    }

    /**
     * Whether {@code s} is a CIDR block as Go's {@code net.ParseCIDR} reads one: an IPv4 or IPv6 address, a slash
     * and a prefix length that fits the address.
     *
     * @param s the text
     * @return whether it is one
     */
    public static boolean isCidr(String s) {
        return Cidrs.isCidr(Args.notNull(s, "s"));
    }
}
