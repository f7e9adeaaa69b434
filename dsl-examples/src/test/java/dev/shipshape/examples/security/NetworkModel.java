package dev.shipshape.examples.security;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1IPBlock;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1LabelSelectorRequirement;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1NetworkPolicyEgressRule;
import io.kubernetes.client.openapi.models.V1NetworkPolicyIngressRule;
import io.kubernetes.client.openapi.models.V1NetworkPolicyPeer;
import io.kubernetes.client.openapi.models.V1NetworkPolicyPort;
import io.kubernetes.client.openapi.models.V1NetworkPolicySpec;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An independent evaluator of NetworkPolicies, written from the networking/v1 API reference and the "Network
 * Policies" concept page, over the official Kubernetes Java client models (nothing of Shipshape is used):
 *
 * <ul>
 *   <li>a policy applies to the pods its {@code podSelector} selects in its own namespace (an empty selector selects
 *       them all); it governs the directions of {@code policyTypes}, which default to Ingress, plus Egress when it
 *       has egress rules;</li>
 *   <li>a pod no policy governs in a direction is non-isolated that way: everything is allowed; an isolated pod
 *       allows exactly the union of the rules of the policies governing it;</li>
 *   <li>a rule matches a connection when one of its peers matches (no peers: every source or destination) and one of
 *       its ports matches (no ports: every port); a port matches by protocol (TCP unless given) and number, a range up to
 *       {@code endPort}, or by name against the destination pod's named container ports;</li>
 *   <li>a peer with {@code podSelector} alone selects pods of the policy's namespace; with {@code namespaceSelector}
 *       (alone or with a podSelector) pods of the selected namespaces; an {@code ipBlock} addresses outside the cluster,
 *       minus {@code except};</li>
 *   <li>a connection succeeds when the source's egress and the destination's ingress both allow it.</li>
 * </ul>
 */
public final class NetworkModel {

    /**
     * One end of a connection: a pod (namespace, labels, named container ports) or an address outside the cluster.
     *
     * @param name      a label for messages
     * @param namespace the pod's namespace, null for an address
     * @param labels    the pod's labels
     * @param ports     the pod's container ports: name → "number/protocol"
     * @param ip        the address, for a peer outside the cluster
     */
    public record Endpoint(String name, String namespace, Map<String, String> labels, Map<String, String> ports, String ip) {

        /** A pod. */
        public static Endpoint pod(String name, String namespace, Map<String, String> labels, Map<String, String> ports) {
            return new Endpoint(name, namespace, labels, ports, null);
        }

        /** An address outside the cluster. */
        public static Endpoint address(String ip) {
            return new Endpoint(ip, null, Map.of(), Map.of(), ip);
        }

        boolean isPod() {
            return ip == null;
        }
    }

    private final List<V1NetworkPolicy> policies;
    private final Map<String, Map<String, String>> namespaceLabels = new HashMap<>();

    /**
     * The network the policies make.
     *
     * @param policies   every NetworkPolicy
     * @param namespaces namespace → its labels (the {@code kubernetes.io/metadata.name} label is added)
     */
    public NetworkModel(List<V1NetworkPolicy> policies, Map<String, Map<String, String>> namespaces) {
        this.policies = List.copyOf(policies);
        namespaces.forEach((ns, labels) -> {
            Map<String, String> all = new HashMap<>(labels);
            all.put("kubernetes.io/metadata.name", ns);
            namespaceLabels.put(ns, all);
        });
    }

    private Map<String, String> labelsOf(String namespace) {
        return namespaceLabels.getOrDefault(namespace, Map.of("kubernetes.io/metadata.name", namespace));
    }

    /** Whether a connection from {@code from} to {@code to} on {@code port}/{@code protocol} succeeds. */
    public boolean allows(Endpoint from, Endpoint to, int port, String protocol) {
        return direction(from, to, port, protocol, false) && direction(to, from, port, protocol, true);
    }

    /** The egress of {@code self} towards {@code other} (ingress: the ingress of {@code self} from {@code other}). */
    private boolean direction(Endpoint self, Endpoint other, int port, String protocol, boolean ingress) {
        if (!self.isPod()) {
            return true;
        }
        String type = ingress ? "Ingress" : "Egress";
        boolean isolated = false;
        for (V1NetworkPolicy p : policies) {
            String ns = p.getMetadata().getNamespace() == null ? "" : p.getMetadata().getNamespace();
            V1NetworkPolicySpec s = p.getSpec();
            if (!ns.equals(self.namespace()) || !types(s).contains(type) || !selects(s.getPodSelector(), self.labels())) {
                continue;
            }
            isolated = true;
            Endpoint destination = ingress ? self : other;
            if (ingress) {
                for (V1NetworkPolicyIngressRule r : list(s.getIngress())) {
                    if (peers(r.getFrom(), other, ns) && ports(r.getPorts(), destination, port, protocol)) {
                        return true;
                    }
                }
            } else {
                for (V1NetworkPolicyEgressRule r : list(s.getEgress())) {
                    if (peers(r.getTo(), other, ns) && ports(r.getPorts(), destination, port, protocol)) {
                        return true;
                    }
                }
            }
        }
        return !isolated;
    }

    private static List<String> types(V1NetworkPolicySpec s) {
        if (s.getPolicyTypes() != null && !s.getPolicyTypes().isEmpty()) {
            return s.getPolicyTypes();
        }
        List<String> out = new ArrayList<>(List.of("Ingress"));
        if (!list(s.getEgress()).isEmpty()) {
            out.add("Egress");
        }
        return out;
    }

    private boolean peers(List<V1NetworkPolicyPeer> peers, Endpoint e, String policyNamespace) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        for (V1NetworkPolicyPeer p : peers) {
            if (p.getIpBlock() != null) {
                if (!e.isPod() && inBlock(e.ip(), p.getIpBlock())) {
                    return true;
                }
                continue;
            }
            if (!e.isPod()) {
                continue;
            }
            boolean namespaceOk = p.getNamespaceSelector() == null ? e.namespace().equals(policyNamespace)
                    : selects(p.getNamespaceSelector(), labelsOf(e.namespace()));
            boolean podOk = p.getPodSelector() == null || selects(p.getPodSelector(), e.labels());
            if (namespaceOk && podOk) {
                return true;
            }
        }
        return false;
    }

    private static boolean ports(List<V1NetworkPolicyPort> ports, Endpoint destination, int port, String protocol) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        for (V1NetworkPolicyPort p : ports) {
            if (!(p.getProtocol() == null ? "TCP" : p.getProtocol()).equals(protocol)) {
                continue;
            }
            IntOrString value = p.getPort();
            if (value == null) {
                return true;
            }
            if (value.isInteger()) {
                int end = p.getEndPort() == null ? value.getIntValue() : p.getEndPort();
                if (port >= value.getIntValue() && port <= end) {
                    return true;
                }
            } else if ((port + "/" + protocol).equals(destination.ports().get(value.getStrValue()))) {
                return true;
            }
        }
        return false;
    }

    /** A label selector: every matchLabels entry and every expression must hold; an empty selector selects all. */
    static boolean selects(V1LabelSelector s, Map<String, String> labels) {
        if (s == null) {
            return true;
        }
        if (s.getMatchLabels() != null) {
            for (Map.Entry<String, String> e : s.getMatchLabels().entrySet()) {
                if (!e.getValue().equals(labels.get(e.getKey()))) {
                    return false;
                }
            }
        }
        for (V1LabelSelectorRequirement r : list(s.getMatchExpressions())) {
            String v = labels.get(r.getKey());
            List<String> values = list(r.getValues());
            boolean ok = switch (r.getOperator()) {
                case "In" -> v != null && values.contains(v);
                case "NotIn" -> v == null || !values.contains(v);
                case "Exists" -> v != null;
                case "DoesNotExist" -> v == null;
                default -> throw new IllegalArgumentException("operator " + r.getOperator());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean inBlock(String ip, V1IPBlock block) {
        if (!inCidr(ip, block.getCidr())) {
            return false;
        }
        for (String except : list(block.getExcept())) {
            if (inCidr(ip, except)) {
                return false;
            }
        }
        return true;
    }

    /** Containment by integer arithmetic on the addresses: (ip XOR network) shifted right by the host bits is zero. */
    static boolean inCidr(String ip, String cidr) {
        try {
            String[] parts = cidr.split("/");
            byte[] net = InetAddress.getByName(parts[0]).getAddress();
            byte[] addr = InetAddress.getByName(ip).getAddress();
            if (net.length != addr.length) {
                return false;
            }
            int hostBits = net.length * 8 - Integer.parseInt(parts[1]);
            return new BigInteger(1, net).xor(new BigInteger(1, addr)).shiftRight(hostBits).signum() == 0;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
