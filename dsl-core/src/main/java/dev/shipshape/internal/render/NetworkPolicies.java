package dev.shipshape.internal.render;

import dev.shipshape.internal.graph.Traffic;
import dev.shipshape.model.AppSpec;
import dev.shipshape.model.EgressRule;
import dev.shipshape.model.Exposure;
import dev.shipshape.model.NamespaceIngress;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * The app's NetworkPolicies: deny every ingress and egress of its pods, then allow what the typed graph needs — DNS to
 * kube-dns; the ingress controller's namespace to routed workloads on their routed ports; the pods of the Gateways the
 * app's routes attach to (in the namespaces they run in, with the labels of {@code gatewayPods}) to the workloads the
 * routes send to, on the routed ports; every call of the graph
 * ({@link Traffic#calls}: a store's host, an endpoint, a template of them; egress at the caller, ingress at the callee, on
 * the callee's container port), calls to other namespaces; the addresses a load balancer or node port admits; the
 * namespaces allowed in ({@code allowFromNamespace}); and the declared {@code egressTo} blocks. None when the app
 * renders none ({@code withoutNetworkPolicies}). Not API.
 */
final class NetworkPolicies {

    private NetworkPolicies() {
    }

    static void render(RenderContext ctx) {
        AppSpec app = ctx.app();
        if (app.workloads().isEmpty() || app.networkPoliciesOff().isPresent()) {
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
        Map<String, SortedMap<String, SortedSet<String>>> gatewayPorts = Traffic.gatewayPorts(app);
        List<Traffic.Call> calls = Traffic.calls(app);
        Map<String, SortedMap<String, SortedSet<Integer>>> byClient = Traffic.byClient(calls);
        Map<String, SortedMap<String, SortedSet<Integer>>> byTarget = Traffic.byTarget(calls);
        Map<String, SortedMap<String, SortedSet<Integer>>> toNamespaces = Traffic.toNamespaces(calls);
        Map<String, WorkloadSpec> workloads = new HashMap<>();
        app.workloads().forEach(w -> workloads.putIfAbsent(w.name(), w));
        for (WorkloadSpec w : app.workloads()) {
            RenderContext.Scope out = ctx.scope(w.id());
            List<NetworkPolicyIngressRule> ingress = new ArrayList<>();
            Set<String> routed = routedPorts.getOrDefault(w.name(), Collections.emptySortedSet());
            if (!routed.isEmpty()) {
                ingress.add(new NetworkPolicyIngressRule(Fabric.list(controllerPeer(app)), named(w, routed)));
            }
            gatewayPorts.getOrDefault(w.name(), Collections.emptySortedMap()).forEach((namespace, ports) -> ingress.add(
                    new NetworkPolicyIngressRule(Fabric.list(gatewayPeer(app, namespace)), named(w, ports))));
            byTarget.getOrDefault(w.name(), Collections.emptySortedMap()).forEach((client, ports) -> ingress.add(
                    new NetworkPolicyIngressRule(Fabric.list(podPeer(Labels.selector(app, client))), numbered(w, ports))));
            w.pod().exposure().ifPresent(e -> {
                List<NetworkPolicyPeer> blocks = new ArrayList<>();
                (e.loadBalancer() ? e.admitted() : Exposure.ANYWHERE).forEach(cidr -> blocks.add(block(cidr)));
                ingress.add(new NetworkPolicyIngressRule(blocks, named(w, null)));
            });
            for (NamespaceIngress from : w.pod().ingressFrom()) {
                ingress.add(new NetworkPolicyIngressRule(Fabric.list(namespacePeer(from.namespace())),
                        named(w, from.ports().isEmpty() ? null : new HashSet<>(from.ports()))));
            }
            List<NetworkPolicyEgressRule> egress = new ArrayList<>();
            byClient.getOrDefault(w.name(), Collections.emptySortedMap()).forEach((target, ports) -> egress.add(
                    new NetworkPolicyEgressRule(numbered(workloads.get(target), ports),
                            Fabric.list(podPeer(Labels.selector(app, target))))));
            toNamespaces.getOrDefault(w.name(), Collections.emptySortedMap()).forEach((namespace, ports) -> {
                List<NetworkPolicyPort> policyPorts = new ArrayList<>();
                ports.forEach(p -> policyPorts.add(port("TCP", p)));
                egress.add(new NetworkPolicyEgressRule(policyPorts, Fabric.list(namespacePeer(namespace))));
            });
            for (EgressRule e : w.pod().egress()) {
                List<NetworkPolicyPort> ports = new ArrayList<>();
                e.ports().forEach(p -> ports.add(port("TCP", p)));
                egress.add(new NetworkPolicyEgressRule(ports, Fabric.list(block(e.cidr()))));
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

    private static NetworkPolicyPeer block(String cidr) {
        NetworkPolicyPeer block = new NetworkPolicyPeer();
        block.setIpBlock(new IPBlock(cidr, new ArrayList<>()));
        return block;
    }

    /** The pods of another namespace, by the label every Namespace carries with its name. */
    private static NetworkPolicyPeer namespacePeer(String namespace) {
        NetworkPolicyPeer peer = new NetworkPolicyPeer();
        peer.setNamespaceSelector(Fabric.selector(Map.of(Traffic.NAMESPACE_NAME, namespace)));
        return peer;
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

    /** The pods of the Gateways that run in {@code namespace}, narrowed to the labels of {@code gatewayPods}, if any. */
    private static NetworkPolicyPeer gatewayPeer(AppSpec app, String namespace) {
        NetworkPolicyPeer b = namespacePeer(namespace);
        if (!app.gatewayPods().isEmpty()) {
            b.setPodSelector(Fabric.selector(new TreeMap<>(app.gatewayPods())));
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

    /** The container ports of {@code w} named in {@code names} (every port when null), as policy ports, in its order. */
    private static List<NetworkPolicyPort> named(WorkloadSpec w, Set<String> names) {
        List<NetworkPolicyPort> ports = new ArrayList<>();
        for (PortSpec p : w.ports()) {
            if (names == null || names.contains(p.name())) {
                ports.add(port("TCP", p.number()));
            }
        }
        return ports;
    }

    /** The container ports of {@code w} numbered in {@code numbers}, as policy ports, in its order. */
    private static List<NetworkPolicyPort> numbered(WorkloadSpec w, Set<Integer> numbers) {
        List<NetworkPolicyPort> ports = new ArrayList<>();
        for (PortSpec p : w.ports()) {
            if (numbers.contains(p.number())) {
                ports.add(port("TCP", p.number()));
            }
        }
        return ports;
    }
}
