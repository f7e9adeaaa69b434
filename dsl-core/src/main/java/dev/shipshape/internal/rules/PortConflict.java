package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.PodNode;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code port.conflict}: two ports that the API server refuses side by side: two ports of one Service with the same
 * number and protocol (core {@code ValidateService}), or two containers of one pod asking for the same host port,
 * host IP and protocol ({@code checkHostPortConflicts}).
 */
final class PortConflict extends BaseRule {

    private static final String TCP = "TCP";

    PortConflict() {
        super(RuleDeclaration.error("port.conflict",
                "two ports of one Service with one number and protocol; two Services on one node port (whatever "
                + "the protocol; one Service may serve it over TCP and UDP); two "
                + "containers of a pod on one host port (each refused by the API server; the DSL refuses the "
                + "first at once)",
                "give each its own number"));
    }

    @Override
    public void register(Registry registry) {
        registry.object("Service", this::service);
        registry.pod(this::hostPorts);
        registry.graph(this::nodePorts);
    }

    private void service(Item service, CheckContext ctx, Findings findings) {
        Map<String, ServicePort> seen = new HashMap<>();
        for (ServicePort p : Services.ports(service)) {
            if (p.getPort() == null) {
                continue;
            }
            String protocol = p.getProtocol() == null ? TCP : p.getProtocol();
            ServicePort first = seen.putIfAbsent(p.getPort() + "/" + protocol, p);
            if (first != null) {
                findings.report(service.place().child("port:" + (p.getName() != null ? p.getName() : p.getPort())),
                        "Service " + service.name() + " has two " + protocol + " ports numbered " + p.getPort() + " ("
                                + label(first) + " and " + label(p) + "); the API server refuses it.",
                        service.isRendered() ? "expose each number once: remove one of the two .port(…) calls."
                                : "give each port its own number, or keep one of them.");
            }
        }
    }

    /**
     * A node port is one per cluster, whatever the protocol: a second Service asking for it is refused ("provided port
     * is already allocated"). One Service may serve a node port over TCP and UDP, not twice over one protocol
     * ({@code ValidateService}: "Duplicate value").
     */
    private void nodePorts(CheckContext ctx, Findings findings) {
        Map<Integer, Item> taken = new HashMap<>();
        for (Item service : ctx.index().ofKind("Service")) {
            Set<String> own = null;
            for (ServicePort p : Services.ports(service)) {
                if (p.getNodePort() == null || p.getNodePort() == 0) {
                    continue;
                }
                own = own == null ? new HashSet<>() : own;
                String protocol = p.getProtocol() == null ? TCP : p.getProtocol();
                Item first = taken.putIfAbsent(p.getNodePort(), service);
                if (first != null && first != service) {
                    findings.report(Services.place(service).child("nodePort:" + p.getNodePort()), "Service " + service.name()
                                    + " asks for node port " + p.getNodePort() + ", which Service " + first.name()
                                    + " already takes; the API server refuses the second.",
                            "give each Service its own node port (or none, and let the API server choose one).");
                } else if (!own.add(p.getNodePort() + "/" + protocol)) {
                    findings.report(Services.place(service).child("nodePort:" + p.getNodePort()), "Service " + service.name()
                                    + " asks for node port " + p.getNodePort() + "/" + protocol + " twice; the API server"
                                    + " refuses it.",
                            "give each port its own node port (or none, and let the API server choose one).");
                }
            }
        }
    }

    private static String label(ServicePort p) {
        return p.getName() == null || p.getName().isEmpty() ? "unnamed" : "'" + p.getName() + "'";
    }

    private void hostPorts(PodNode pod, CheckContext ctx, Findings findings) {
        Map<String, ContainerNode> seen = new HashMap<>();
        for (ContainerNode c : pod.containers()) {
            if (c.init()) {
                continue;
            }
            for (ContainerPort p : c.ports()) {
                if (p.getHostPort() == null || p.getHostPort() == 0) {
                    continue;
                }
                String protocol = p.getProtocol() == null ? TCP : p.getProtocol();
                String key = (p.getHostIP() == null ? "" : p.getHostIP()) + "/" + p.getHostPort() + "/" + protocol;
                ContainerNode first = seen.putIfAbsent(key, c);
                if (first != null) {
                    findings.report(c.place().child("hostPort:" + p.getHostPort()), c.describe() + " asks for host port "
                                    + p.getHostPort() + "/" + protocol + ", which " + (first == c ? "it" : first.describe())
                                    + " already takes; the API server refuses it.",
                            "use another host port, or none (a Service reaches the container without one).");
                }
            }
        }
    }
}
