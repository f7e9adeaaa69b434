package dev.shipshape.internal.rules;

import dev.shipshape.internal.graph.Traffic;
import dev.shipshape.internal.objects.Place;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.PodNode;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import dev.shipshape.model.AppSpec;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.EgressRule;
import dev.shipshape.model.PortSpec;
import dev.shipshape.model.WorkloadSpec;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * {@code network.reference-blocked}: traffic the typed references need that the final NetworkPolicies block: the
 * ingress controller's namespace to a routed workload on its routed port; a workload to a store whose host it reads,
 * on the store's ports; any pod to kube-dns on port 53; a workload to the addresses it declared with
 * {@code egressTo}. Only a customization (or an included NetworkPolicy that selects the app's pods) can cause it.
 */
final class NetworkReferenceBlocked extends BaseRule {

    NetworkReferenceBlocked() {
        super(RuleDeclaration.error("network.reference-blocked",
                "traffic a typed reference needs that the final NetworkPolicies block: the ingress "
                + "controller to a routed port, a client to the store whose host it reads, a pod to kube-dns, "
                + "declared egress",
                "undo the customization, or declare where the controller runs"));
    }

    @Override
    public void register(Registry registry) {
        registry.graph(this::check);
    }

    private void check(CheckContext ctx, Findings findings) {
        if (ctx.app().isEmpty()) {
            return;
        }
        AppSpec app = ctx.app().get();
        Map<ComponentId, PodNode> pods = new HashMap<>();
        for (PodNode p : ctx.index().pods()) {
            if (p.item().isRendered()) {
                p.item().component().ifPresent(c -> pods.putIfAbsent(c, p));
            }
        }
        Reachability net = ctx.index().derived(Reachability.class, Reachability::new);
        Map<String, SortedSet<String>> routed = Traffic.routedPorts(app);
        Map<String, SortedMap<String, WorkloadSpec>> storesReadBy = Traffic.storesReadBy(app);
        for (WorkloadSpec w : app.workloads()) {
            PodNode pod = pods.get(w.id());
            if (pod == null) {
                continue;
            }
            Place at = Place.of(w.id());
            if (!net.egressAllowed(pod, Reachability.Peer.pod(Traffic.DNS_NAMESPACE, Traffic.DNS_PODS),
                    Traffic.DNS_PORT, "UDP")) {
                findings.report(at, "the NetworkPolicies keep " + w.name() + " from kube-dns (UDP port 53), so it cannot"
                                + " resolve any name, not even its stores'.",
                        "keep Shipshape's allow-dns NetworkPolicy (a customization removed or narrowed it).");
            }
            for (String port : routed.getOrDefault(w.name(), Collections.emptySortedSet())) {
                Optional<PortSpec> p = w.port(port);
                Reachability.Peer controller = app.ingressControllerPods().isEmpty()
                        ? Reachability.Peer.anyPodIn(app.ingressControllerNamespace())
                        : Reachability.Peer.pod(app.ingressControllerNamespace(), app.ingressControllerPods());
                if (p.isPresent() && !net.ingressAllowed(pod, controller, p.get().number(), "TCP")) {
                    findings.report(at.child("port:" + port), "the NetworkPolicies keep the ingress controller (namespace "
                                    + app.ingressControllerNamespace() + ") from " + w.name() + " on port " + p.get().number()
                                    + ", so its routes answer 502/504.",
                            "if the controller runs elsewhere, say so with app.ingressControllerNamespace(\"…\") (and"
                                    + " .ingressControllerPods(…)); otherwise"
                                    + " keep the workload's NetworkPolicy as Shipshape renders it.");
                }
            }
            for (EgressRule e : w.pod().egress()) {
                String ip = e.cidr().substring(0, e.cidr().indexOf('/'));
                int port = e.ports().isEmpty() ? 443 : e.ports().get(0);
                if (!net.egressAllowed(pod, Reachability.Peer.address(ip), port, "TCP")) {
                    findings.report(at.child("egress:" + e.cidr()), w.name() + " declares egress to "
                                    + e.cidr() + ", but the NetworkPolicies block it (tried " + ip + " port " + port + ").",
                            "keep the workload's NetworkPolicy as Shipshape renders it (a customization removed or narrowed it).");
                }
            }
            for (WorkloadSpec store : storesReadBy.getOrDefault(w.name(), Collections.emptySortedMap()).values()) {
                String storeName = store.name();
                PodNode storePod = pods.get(store.id());
                if (storePod == null) {
                    continue;
                }
                for (PortSpec p : store.ports()) {
                    boolean out = net.egressAllowed(pod, Reachability.Peer.of(storePod), p.number(), "TCP");
                    boolean in = net.ingressAllowed(storePod, Reachability.Peer.of(pod), p.number(), "TCP");
                    if (!out || !in) {
                        findings.report(at.child("store:" + storeName), w.name() + " reads the host of " + storeName
                                        + ", but the NetworkPolicies block it on port " + p.number() + " ("
                                        + (!out ? "egress of " + w.name() : "ingress of " + storeName) + ").",
                                "keep the NetworkPolicies Shipshape renders for " + w.name() + " and " + storeName
                                        + " (a customization removed or narrowed them).");
                    }
                }
            }
        }
    }
}
