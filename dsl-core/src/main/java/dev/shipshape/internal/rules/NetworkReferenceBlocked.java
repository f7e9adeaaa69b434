package dev.shipshape.internal.rules;

import dev.shipshape.internal.graph.Addresses;
import dev.shipshape.internal.graph.Traffic;
import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.objects.Place;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.PodNode;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import dev.shipshape.model.AppSpec;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.EgressRule;
import dev.shipshape.model.EnvSource;
import dev.shipshape.model.PortSpec;
import dev.shipshape.model.WorkloadSpec;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
                + "controller to a routed port, a call of the graph (an endpoint, a store's host), a call to another "
                + "namespace, a pod to kube-dns, declared egress; in YAML read by `Shipshape.check`, an env var "
                + "whose value names a Service among the files that the policies there keep it from",
                "undo the customization, or declare where the controller runs; in YAML, allow the call in a "
                + "NetworkPolicy"));
    }

    @Override
    public void register(Registry registry) {
        registry.graph(this::check);
    }

    private void check(CheckContext ctx, Findings findings) {
        if (ctx.app().isEmpty()) {
            literalAddresses(ctx, findings);
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
        Map<String, List<Traffic.Call>> callsOf = new HashMap<>();
        for (Traffic.Call c : Traffic.calls(app)) {
            callsOf.computeIfAbsent(c.from().name(), k -> new ArrayList<>()).add(c);
        }
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
            for (Traffic.Call call : callsOf.getOrDefault(w.name(), List.of())) {
                if (call.namespace().isPresent()) {
                    String ns = call.namespace().get();
                    for (int port : call.ports()) {
                        if (!net.egressAllowed(pod, Reachability.Peer.anyPodIn(ns), port, "TCP")) {
                            findings.report(at.child(call.where()), w.name() + " calls " + Addresses.render(call.address(),
                                            app.namespace()) + " in namespace " + ns + " (" + call.where() + "), but the"
                                            + " NetworkPolicies block its egress there on port " + port + ".",
                                    "keep the workload's NetworkPolicy as Shipshape renders it (a customization removed or"
                                            + " narrowed it).");
                        }
                    }
                    continue;
                }
                WorkloadSpec target = call.target().orElseThrow();
                PodNode targetPod = pods.get(target.id());
                if (targetPod == null) {
                    continue;
                }
                for (int port : call.ports()) {
                    boolean out = net.egressAllowed(pod, Reachability.Peer.of(targetPod), port, "TCP");
                    boolean in = net.ingressAllowed(targetPod, Reachability.Peer.of(pod), port, "TCP");
                    if (!out || !in) {
                        boolean host = call.address() instanceof EnvSource.HostRef;
                        findings.report(host ? at.child("store:" + target.name()) : at.child(call.where()),
                                (host ? w.name() + " reads the host of " + target.name()
                                        : w.name() + " calls " + target.name() + " (" + call.where() + ")")
                                        + ", but the NetworkPolicies block it on port " + port + " ("
                                        + (!out ? "egress of " + w.name() : "ingress of " + target.name()) + ").",
                                "keep the NetworkPolicies Shipshape renders for " + w.name() + " and " + target.name()
                                        + " (a customization removed or narrowed them).");
                    }
                }
            }
        }
    }

    /**
     * Manifests read from files write their calls as text: an env var whose value names a Service among them
     * ({@code catalog:3550}, {@code http://catalog.shop.svc/api}, {@code redis-0.redis}) is a call, reported when the
     * NetworkPolicies among the files block it, with the policies that decide.
     */
    private static void literalAddresses(CheckContext ctx, Findings findings) {
        Reachability net = ctx.index().derived(Reachability.class, Reachability::new);
        for (PodNode pod : ctx.index().pods()) {
            for (ContainerNode c : pod.containers()) {
                for (EnvVar e : c.container().getEnv() == null ? List.<EnvVar>of() : c.container().getEnv()) {
                    if (e == null || e.getValue() == null || e.getName() == null) {
                        continue;
                    }
                    for (LiteralAddresses.Candidate a : LiteralAddresses.of(e.getValue())) {
                        Optional<Item> service = service(a, pod.item().namespace(), ctx);
                        if (service.isPresent() && blocked(pod, c, e, a, service.get(), net, ctx, findings)) {
                            break;
                        }
                    }
                }
            }
        }
    }

    /** The Service a candidate names: {@code name} (standing alone), {@code name.ns[.svc[.cluster.local]]}, {@code pod.name…}. */
    private static Optional<Item> service(LiteralAddresses.Candidate a, String namespace, CheckContext ctx) {
        String[] labels = a.labels();
        for (int first = 0; first < Math.min(2, labels.length); first++) {
            int rest = labels.length - first - 1;
            String ns = rest == 0 ? namespace : labels[first + 1];
            String tail = rest <= 1 ? "" : String.join(".", java.util.Arrays.copyOfRange(labels, first + 2, labels.length));
            boolean form = rest == 0 ? a.bare() || first == 1 : tail.isEmpty() || tail.equals("svc") || tail.equals("svc.cluster.local");
            if (!form) {
                continue;
            }
            Optional<Item> s = ctx.index().find("Service", ns, labels[first]);
            if (s.isPresent() && (first == 0 || Services.headless(s.get()))) {
                return s;
            }
        }
        return Optional.empty();
    }

    /** Reports the call if the policies block it; whether a call was found (one finding per env var). */
    private static boolean blocked(PodNode pod, ContainerNode c, EnvVar e, LiteralAddresses.Candidate a, Item service,
                                   Reachability net, CheckContext ctx, Findings findings) {
        List<ServicePort> ports = Services.ports(service);
        Optional<ServicePort> port = a.port().isEmpty()
                ? (ports.size() == 1 ? Optional.of(ports.get(0)) : Optional.empty())
                : ports.stream().filter(p -> p.getPort() != null && p.getPort().toString().equals(a.port())).findFirst();
        if (port.isEmpty()) {
            return false;
        }
        String protocol = port.get().getProtocol() == null ? "TCP" : port.get().getProtocol();
        for (PodNode target : Services.pods(service, ctx)) {
            for (ContainerNode tc : Services.serving(target, port.get())) {
                int number = Services.servedPort(tc, port.get()).map(ContainerPort::getContainerPort).orElse(0);
                boolean out = net.egressAllowed(pod, Reachability.Peer.of(target), number, protocol);
                boolean in = net.ingressAllowed(target, Reachability.Peer.of(pod), number, protocol);
                if (!out || !in) {
                    PodNode decides = out ? target : pod;
                    findings.report(c.place().child("env:" + e.getName()), c.describe() + " of " + pod.item().ref()
                                    + " calls Service " + service.name() + " ('" + a.text() + "' in env var " + e.getName()
                                    + "), but the NetworkPolicies block it on port " + number + " ("
                                    + (out ? "ingress of " + target.item().ref() : "egress of " + pod.item().ref())
                                    + ", decided by " + String.join(", ", net.isolatedBy(decides, out ? "Ingress" : "Egress")) + ").",
                            "allow the call in a NetworkPolicy (" + (out ? "an ingress rule on " + target.item().name()
                                    + " from " + pod.item().name() : "an egress rule of " + pod.item().name() + " to "
                                    + target.item().name()) + " on port " + number + "), or stop calling the Service.");
                }
                return true;
            }
        }
        return false;
    }
}
