package dev.shipshape.internal.rules;

import dev.shipshape.internal.graph.Traffic;
import dev.shipshape.internal.lang.Cidrs;
import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.Index;
import dev.shipshape.internal.validation.PodNode;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicySpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the NetworkPolicies among the objects under check let through, by the networking/v1 semantics: a pod that
 * no policy of a direction selects is open in that direction; one that some policy selects takes only what a rule
 * of those policies allows (peer and port). Traffic passes when the source's egress and the destination's ingress
 * both allow it.
 */
final class Reachability {


    /**
     * One end of a connection: a pod (its namespace, and its labels, or null for "any pod there") or an IP address.
     *
     * @param namespace the pod's namespace
     * @param labels    the pod's labels; null matches every pod selector
     * @param ip        the address, for a peer outside the cluster
     * @param pod       the pod among the objects, when it is one (for named ports)
     */
    record Peer(String namespace, Map<String, String> labels, String ip, Optional<PodNode> pod) {

        static Peer of(PodNode pod) {
            return new Peer(pod.item().namespace(), pod.labels(), null, Optional.of(pod));
        }

        static Peer anyPodIn(String namespace) {
            return new Peer(namespace, null, null, Optional.empty());
        }

        static Peer pod(String namespace, Map<String, String> labels) {
            return new Peer(namespace, labels, null, Optional.empty());
        }

        static Peer address(String ip) {
            return new Peer(null, null, ip, Optional.empty());
        }
    }

    /**
     * The policies, each filed under the rarest {@code key=value} of its pod selector's matchLabels in its namespace,
     * or under the namespace alone when it has none: a pod is compared only with the policies filed under its
     * namespace or one of its labels, so the checks stay linear in the size of the app instead of pods × policies.
     */
    private final Map<String, List<NetworkPolicySpec>> policies = new HashMap<>();
    private final Map<String, Map<String, String>> namespaceLabels = new HashMap<>();
    private final Map<NetworkPolicySpec, String> names = new java.util.IdentityHashMap<>();

    /**
     * The network the NetworkPolicies of {@code index} make; built once per validation
     * ({@code index.derived(Reachability.class, Reachability::new)}).
     */
    Reachability(Index index) {
        List<Item> items = new ArrayList<>();
        Map<String, Integer> frequency = new HashMap<>();
        for (Item i : index.ofKind("NetworkPolicy")) {
            if (i.object() instanceof NetworkPolicy p && p.getSpec() != null) {
                items.add(i);
                matchLabels(p.getSpec()).forEach((k, v) -> frequency.merge(key(i.namespace(), k, v), 1, Integer::sum));
            }
        }
        for (Item i : items) {
            NetworkPolicySpec s = ((NetworkPolicy) i.object()).getSpec();
            String file = i.namespace();
            for (Map.Entry<String, String> e : matchLabels(s).entrySet()) {
                String k = key(i.namespace(), e.getKey(), e.getValue());
                if (file.equals(i.namespace()) || frequency.get(k) < frequency.get(file)) {
                    file = k;
                }
            }
            policies.computeIfAbsent(file, x -> new ArrayList<>()).add(s);
            names.put(s, i.name());
        }
        for (Item i : index.ofKind("Namespace")) {
            Map<String, String> labels = new HashMap<>(i.labels());
            labels.put(Traffic.NAMESPACE_NAME, i.name());
            namespaceLabels.put(i.name(), labels);
        }
    }

    private static Map<String, String> matchLabels(NetworkPolicySpec s) {
        return s.getPodSelector() == null ? Map.of() : Item.labels(s.getPodSelector().getMatchLabels());
    }

    private static String key(String namespace, String labelKey, String labelValue) {
        return namespace + '\0' + labelKey + '=' + labelValue;
    }

    /** Whether some policies of the pod's namespace select it for {@code type} ({@code Ingress} or {@code Egress}). */
    boolean isolated(PodNode pod, String type) {
        return !selecting(pod, type).isEmpty();
    }

    /** The names of the policies that select the pod for {@code type}, sorted: who decides what it may send or get. */
    List<String> isolatedBy(PodNode pod, String type) {
        return selecting(pod, type).stream().map(names::get).sorted().toList();
    }

    private List<NetworkPolicySpec> selecting(PodNode pod, String type) {
        List<NetworkPolicySpec> out = new ArrayList<>();
        String namespace = pod.item().namespace();
        collect(policies.get(namespace), pod, type, out);
        pod.labels().forEach((k, v) -> collect(policies.get(key(namespace, k, v)), pod, type, out));
        return out;
    }

    private static void collect(List<NetworkPolicySpec> candidates, PodNode pod, String type, List<NetworkPolicySpec> out) {
        if (candidates == null) {
            return;
        }
        for (NetworkPolicySpec s : candidates) {
            if (types(s).contains(type) && selects(s.getPodSelector(), pod.labels())) {
                out.add(s);
            }
        }
    }

    /** The directions a policy governs: {@code policyTypes}, or Ingress (and Egress if it has egress rules). */
    static List<String> types(NetworkPolicySpec s) {
        if (s.getPolicyTypes() != null && !s.getPolicyTypes().isEmpty()) {
            return s.getPolicyTypes();
        }
        return s.getEgress() != null && !s.getEgress().isEmpty() ? List.of("Ingress", "Egress") : List.of("Ingress");
    }

    /** Whether {@code to} accepts a connection from {@code from} on {@code port}/{@code protocol}. */
    boolean ingressAllowed(PodNode to, Peer from, int port, String protocol) {
        return allowed(to, "Ingress", from, port, protocol, Optional.of(to));
    }

    /** Whether {@code from} may open a connection to {@code to} on {@code port}/{@code protocol}. */
    boolean egressAllowed(PodNode from, Peer to, int port, String protocol) {
        return allowed(from, "Egress", to, port, protocol, to.pod());
    }

    /** One rule of a direction: its peers ({@code from} or {@code to}) and ports. */
    private record Rule(List<NetworkPolicyPeer> peers, List<NetworkPolicyPort> ports) {
    }

    private static List<Rule> rules(NetworkPolicySpec s, String type) {
        return type.equals("Ingress")
                ? list(s.getIngress()).stream().map(r -> new Rule(r.getFrom(), r.getPorts())).toList()
                : list(s.getEgress()).stream().map(r -> new Rule(r.getTo(), r.getPorts())).toList();
    }

    /**
     * Whether the policies let {@code self} take part in a connection with {@code other} in direction {@code type}:
     * yes when none isolates it that way, else when one of their rules matches the peer and the port (named ports
     * resolve on {@code destination}).
     */
    private boolean allowed(PodNode self, String type, Peer other, int port, String protocol, Optional<PodNode> destination) {
        List<NetworkPolicySpec> policies = selecting(self, type);
        if (policies.isEmpty()) {
            return true;
        }
        for (NetworkPolicySpec s : policies) {
            for (Rule r : rules(s, type)) {
                if (peers(r.peers(), other, self.item().namespace()) && ports(r.ports(), port, protocol, destination)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean peers(List<NetworkPolicyPeer> peers, Peer peer, String policyNamespace) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPeer p : peers) {
            if (peer(p, peer, policyNamespace)) {
                return true;
            }
        }
        return false;
    }

    private boolean peer(NetworkPolicyPeer p, Peer peer, String policyNamespace) {
        if (p.getIpBlock() != null) {
            return peer.ip() != null && inBlock(peer.ip(), p.getIpBlock());
        }
        if (peer.ip() != null || (p.getPodSelector() == null && p.getNamespaceSelector() == null)) {
            return false;
        }
        if (p.getNamespaceSelector() == null) {
            if (!peer.namespace().equals(policyNamespace)) {
                return false;
            }
        } else if (!selects(p.getNamespaceSelector(), namespaceLabels.getOrDefault(peer.namespace(),
                peer.namespace().isEmpty() ? Map.of() : Map.of(Traffic.NAMESPACE_NAME, peer.namespace())))) {
            return false;
        }
        return p.getPodSelector() == null || peer.labels() == null || selects(p.getPodSelector(), peer.labels());
    }

    private static boolean ports(List<NetworkPolicyPort> ports, int port, String protocol, Optional<PodNode> destination) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPort p : ports) {
            String proto = p.getProtocol() == null ? "TCP" : p.getProtocol();
            if (!proto.equals(protocol)) {
                continue;
            }
            IntOrString value = p.getPort();
            if (value == null) {
                return true;
            }
            if (value.getIntVal() != null) {
                int end = p.getEndPort() == null ? value.getIntVal() : p.getEndPort();
                if (port >= value.getIntVal() && port <= end) {
                    return true;
                }
            } else if (value.getStrVal() != null && destination.isPresent() && named(destination.get(), value.getStrVal(), port, protocol)) {
                return true;
            }
        }
        return false;
    }

    private static boolean named(PodNode pod, String name, int port, String protocol) {
        for (ContainerNode c : pod.containers()) {
            for (ContainerPort p : c.ports()) {
                if (name.equals(p.getName()) && p.getContainerPort() != null && p.getContainerPort() == port
                        && protocol.equals(p.getProtocol() == null ? "TCP" : p.getProtocol())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a selector selects {@code labels}; an empty selector selects everything. */
    static boolean selects(LabelSelector s, Map<String, String> labels) {
        if (s == null) {
            return true;
        }
        return Index.matches(labels, s.getMatchLabels() == null ? Map.of() : s.getMatchLabels(),
                s.getMatchExpressions() == null ? List.of() : s.getMatchExpressions());
    }

    private static boolean inBlock(String ip, IPBlock block) {
        if (block.getCidr() == null || !Cidrs.contains(block.getCidr(), ip)) {
            return false;
        }
        for (String except : list(block.getExcept())) {
            if (Cidrs.contains(except, ip)) {
                return false;
            }
        }
        return true;
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
