package dev.shipshape.internal.render;

import dev.shipshape.internal.graph.Traffic;
import dev.shipshape.model.AppSpec;
import dev.shipshape.model.EgressRule;
import dev.shipshape.model.PortSpec;
import dev.shipshape.model.WorkloadSpec;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicySpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * The app's NetworkPolicies: deny every ingress and egress of its pods, then allow what the typed graph needs — DNS to
 * kube-dns; the ingress controller's namespace to routed workloads on their routed ports; a workload to a store whose
 * host it reads, on the store's ports (egress at the client, ingress at the store); and the declared {@code egressTo}
 * blocks. Not API.
 */
final class NetworkPolicies {

    private NetworkPolicies() {
    }

    static void render(RenderContext ctx) {
        AppSpec app = ctx.app();
        if (app.workloads().isEmpty()) {
            return;
        }
        RenderContext.Scope appWide = ctx.appScope();
        Map<String, String> appPods = Map.of(Labels.PART_OF, app.name());
        appWide.add(policy(appWide.meta("default-deny", Labels.ofApp(app), true), appPods, Fabric.list("Ingress", "Egress"),
                new ArrayList<>(), new ArrayList<>()));
        NetworkPolicyPeer dns = new NetworkPolicyPeer();
        dns.setNamespaceSelector(Fabric.selector(Map.of(Traffic.NAMESPACE_NAME, Traffic.DNS_NAMESPACE)));
        dns.setPodSelector(Fabric.selector(Traffic.DNS_PODS));
        NetworkPolicyEgressRule toDns = new NetworkPolicyEgressRule();
        toDns.setTo(Fabric.list(dns));
        toDns.setPorts(Fabric.list(port("UDP", Traffic.DNS_PORT), port("TCP", Traffic.DNS_PORT)));
        appWide.add(policy(appWide.meta("allow-dns", Labels.ofApp(app), true), appPods, Fabric.list("Egress"),
                new ArrayList<>(), Fabric.list(toDns)));
        Map<String, SortedSet<String>> routedPorts = Traffic.routedPorts(app);
        Map<String, SortedMap<String, WorkloadSpec>> storesOf = Traffic.storesReadBy(app);
        Map<String, SortedSet<String>> clientsOf = Traffic.clientsOf(storesOf);
        for (WorkloadSpec w : app.workloads()) {
            RenderContext.Scope out = ctx.scope(w.id());
            List<NetworkPolicyIngressRule> ingress = new ArrayList<>();
            Set<String> routed = routedPorts.getOrDefault(w.name(), Collections.emptySortedSet());
            if (!routed.isEmpty()) {
                ingress.add(new NetworkPolicyIngressRule(Fabric.list(controllerPeer(app)), ports(w, routed)));
            }
            for (String client : clientsOf.getOrDefault(w.name(), Collections.emptySortedSet())) {
                ingress.add(new NetworkPolicyIngressRule(Fabric.list(podPeer(Labels.selector(app, client))), ports(w, null)));
            }
            List<NetworkPolicyEgressRule> egress = new ArrayList<>();
            for (WorkloadSpec target : storesOf.getOrDefault(w.name(), Collections.emptySortedMap()).values()) {
                egress.add(new NetworkPolicyEgressRule(ports(target, null), Fabric.list(podPeer(Labels.selector(app, target.name())))));
            }
            for (EgressRule e : w.pod().egress()) {
                NetworkPolicyPeer block = new NetworkPolicyPeer();
                block.setIpBlock(new IPBlock(e.cidr(), new ArrayList<>()));
                List<NetworkPolicyPort> ports = new ArrayList<>();
                e.ports().forEach(p -> ports.add(port("TCP", p)));
                egress.add(new NetworkPolicyEgressRule(ports, Fabric.list(block)));
            }
            if (ingress.isEmpty() && egress.isEmpty()) {
                continue;
            }
            List<String> types = new ArrayList<>();
            if (!ingress.isEmpty()) {
                types.add("Ingress");
            }
            if (!egress.isEmpty()) {
                types.add("Egress");
            }
            out.add(policy(out.meta(w, w.name()), out.selector(w), types, ingress, egress));
        }
    }

    /** The ingress controller's pods: its namespace, narrowed to the labels given, if any. */
    private static NetworkPolicyPeer controllerPeer(AppSpec app) {
        NetworkPolicyPeer b = new NetworkPolicyPeer();
        b.setNamespaceSelector(Fabric.selector(Map.of(Traffic.NAMESPACE_NAME, app.ingressControllerNamespace())));
        if (!app.ingressControllerPods().isEmpty()) {
            b.setPodSelector(Fabric.selector(new TreeMap<>(app.ingressControllerPods())));
        }
        return b;
    }

    private static NetworkPolicyPeer podPeer(Map<String, String> labels) {
        NetworkPolicyPeer peer = new NetworkPolicyPeer();
        peer.setPodSelector(Fabric.selector(labels));
        return peer;
    }

    private static NetworkPolicy policy(ObjectMeta meta, Map<String, String> pods, List<String> types,
                                        List<NetworkPolicyIngressRule> ingress, List<NetworkPolicyEgressRule> egress) {
        NetworkPolicySpec spec = new NetworkPolicySpec();
        spec.setPodSelector(Fabric.selector(pods));
        spec.setPolicyTypes(types);
        spec.setIngress(ingress);
        spec.setEgress(egress);
        NetworkPolicy policy = new NetworkPolicy();
        policy.setMetadata(meta);
        policy.setSpec(spec);
        return policy;
    }

    private static NetworkPolicyPort port(String protocol, int port) {
        NetworkPolicyPort p = new NetworkPolicyPort();
        p.setProtocol(protocol);
        p.setPort(new IntOrString(port));
        return p;
    }

    /** The container ports of {@code w} named in {@code names} (every port when null), as policy ports. */
    private static List<NetworkPolicyPort> ports(WorkloadSpec w, Set<String> names) {
        List<NetworkPolicyPort> ports = new ArrayList<>();
        for (PortSpec p : w.ports()) {
            if (names == null || names.contains(p.name())) {
                ports.add(port("TCP", p.number()));
            }
        }
        return ports;
    }
}
