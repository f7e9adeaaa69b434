package dev.shipshape.render;

import dev.shipshape.internal.graph.StoreNames;
import dev.shipshape.model.Address;
import dev.shipshape.model.AddressUse;
import dev.shipshape.model.AppSpec;
import dev.shipshape.model.BackendSpec;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.ComponentKind;
import dev.shipshape.model.ConfigSpec;
import dev.shipshape.model.ContainerSpec;
import dev.shipshape.model.EnvSource;
import dev.shipshape.model.EnvVarSpec;
import dev.shipshape.model.Exposure;
import dev.shipshape.model.GatewayRouteSpec;
import dev.shipshape.model.GrpcRouteSpec;
import dev.shipshape.model.GrpcRuleSpec;
import dev.shipshape.model.HttpRouteSpec;
import dev.shipshape.model.IncludedObject;
import dev.shipshape.model.IngressSpec;
import dev.shipshape.model.MountSpec;
import dev.shipshape.model.NamespaceIngress;
import dev.shipshape.model.ParentSpec;
import dev.shipshape.model.RouteSpec;
import dev.shipshape.model.SecretSpec;
import dev.shipshape.model.VolumeSpec;
import dev.shipshape.model.WorkloadSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The application as a graph: ingress → routes → services, and gateway → HTTPRoutes and GRPCRoutes → services;
 * services → workloads → configs, secrets and stores, with ports and hosts, and the calls between services (each
 * typed endpoint, host or template a workload or a config uses). Rendered as a Mermaid flowchart (GitHub draws it in
 * Markdown) or as Graphviz DOT.
 *
 * <pre>{@code
 * String md = manifests.topology().markdown();    // what writeTo puts in topology.md
 * String dot = manifests.topology().dot();        // dot -Tsvg topology.dot > topology.svg
 * }</pre>
 */
public final class Topology {

    /** A node: id, label, shape. */
    record Node(String id, String label, Shape shape) {
    }

    /** An edge: from, to, label, whether it is a data dependency (dashed) rather than traffic. */
    record Edge(String from, String to, String label, boolean dashed) {
    }

    enum Shape { GATEWAY, INGRESS, SERVICE, WORKLOAD, STORE, VOLUME, CONFIG, SECRET }

    private final String title;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Set<Edge> edges = new LinkedHashSet<>();

    private Topology(String title) {
        this.title = title;
    }

    static Topology of(AppSpec app) {
        Topology t = new Topology(app.name() + app.namespace().map(ns -> " (namespace " + ns + ")").orElse(""));
        for (IngressSpec i : app.ingresses()) {
            String id = t.node(i.id(), "Ingress " + i.name() + (i.hosts().isEmpty() ? "" : "\n" + String.join(", ", i.hosts()))
                    + i.tlsSecret().map(s -> "\nTLS: " + s.name()).orElse(""), Shape.INGRESS);
            for (RouteSpec r : i.routes()) {
                app.workload(r.target()).ifPresent(w -> {
                    String port = r.port().orElse("?");
                    t.edges.add(new Edge(id, serviceId(w.name()), r.host().orElse("*") + r.path()
                            + (r.pathType().name().equals("EXACT") ? " (exact)" : "") + " → :" + port, false));
                });
            }
        }
        for (GatewayRouteSpec r : app.gatewayRoutes()) {
            List<String> gateways = new ArrayList<>();
            for (ParentSpec p : r.parents()) {
                String gateway = "gateway_" + sanitize(p.namespace()) + "_" + sanitize(p.name());
                t.nodes.putIfAbsent(gateway, new Node(gateway, "Gateway " + p.namespace() + "/" + p.name() + "\n(platform)",
                        Shape.GATEWAY));
                gateways.add(gateway);
            }
            String kind = r instanceof HttpRouteSpec ? "HTTPRoute " : "GRPCRoute ";
            String id = t.node(r.id(), kind + r.name() + (r.hostnames().isEmpty() ? "" : "\n" + String.join(", ", r.hostnames())),
                    Shape.INGRESS);
            for (int i = 0; i < gateways.size(); i++) {
                t.edges.add(new Edge(gateways.get(i), id, r.parents().get(i).listener().map(l -> "listener " + l).orElse(""),
                        false));
            }
            List<String> matches = r instanceof HttpRouteSpec h ? h.rules().stream().map(x -> x.match().describe()).toList()
                    : ((GrpcRouteSpec) r).rules().stream().map(GrpcRuleSpec::describe).toList();
            for (int i = 0; i < matches.size(); i++) {
                List<BackendSpec> backends = r.ruleBackends().get(i);
                for (BackendSpec b : backends) {
                    String match = matches.get(i);
                    app.workload(b.target()).ifPresent(w -> t.edges.add(new Edge(id, serviceId(w.name()), match + " → :"
                            + b.port().orElse("?") + (backends.size() > 1 ? " (weight " + b.weight() + ")" : ""), false)));
                }
            }
        }
        for (WorkloadSpec w : app.workloads()) {
            String ports = w.ports().stream().map(p -> p.name() + ":" + p.servicePort()
                    + (p.servicePort() == p.number() ? "" : "→" + p.number())).collect(Collectors.joining(", "));
            boolean store = w.kind() == ComponentKind.STATEFUL_STORE;
            String workload = t.node(w.id(), w.kind().workloadKind().orElseThrow() + " " + w.name() + "\n" + replicas(w)
                    + "\n" + w.image() + w.extraContainers().stream().map(c -> "\n+ " + c.role().name().toLowerCase(java.util.Locale.ROOT)
                    + " " + c.name()).collect(Collectors.joining()), store ? Shape.STORE : Shape.WORKLOAD);
            if (w.kind().hasService()) {
                t.nodes.putIfAbsent(serviceId(w.name()), new Node(serviceId(w.name()),
                        "Service " + w.name() + (store ? " (headless)" : "") + (ports.isEmpty() ? "" : "\n" + ports), Shape.SERVICE));
                t.edges.add(new Edge(serviceId(w.name()), workload, "", false));
            }
            w.pod().exposure().ifPresent(e -> {
                String external = serviceId(Exposure.serviceName(w.name()));
                String how = e.loadBalancer() ? "LoadBalancer" + (e.sourceRanges().isEmpty() ? "" : " from " + String.join(", ", e.sourceRanges()))
                        : "NodePort";
                String nodePorts = e.nodePorts().entrySet().stream().map(n -> n.getKey() + " on node port " + n.getValue())
                        .collect(Collectors.joining(", "));
                t.nodes.putIfAbsent(external, new Node(external, "Service " + Exposure.serviceName(w.name()) + "\n" + how
                        + (nodePorts.isEmpty() ? "" : "\n" + nodePorts), Shape.SERVICE));
                t.edges.add(new Edge(external, workload, "", false));
            });
            for (NamespaceIngress in : w.pod().ingressFrom()) {
                String from = "namespace_" + sanitize(in.namespace());
                t.nodes.putIfAbsent(from, new Node(from, "Namespace " + in.namespace(), Shape.CONFIG));
                t.edges.add(new Edge(from, workload, in.ports().isEmpty() ? "every port" : String.join(", ", in.ports()), true));
            }
            if (store && w.readService()) {
                String read = serviceId(StoreNames.readService(w.name()));
                t.nodes.putIfAbsent(read, new Node(read, "Service " + StoreNames.readService(w.name()) + "\n" + ports, Shape.SERVICE));
                t.edges.add(new Edge(read, workload, "", false));
            }
            if (store) {
                for (VolumeSpec v : w.volumes()) {
                    String volume = "volume_" + sanitize(w.name()) + "_" + sanitize(v.name());
                    t.nodes.putIfAbsent(volume, new Node(volume, "PersistentVolumeClaim " + v.name() + "-" + w.name() + "-N\n"
                            + v.size() + " per pod", Shape.VOLUME));
                    t.edges.add(new Edge(workload, volume, "mount " + v.path(), true));
                }
            }
            for (ContainerSpec container : w.containers()) {
                String by = container.role() == ContainerSpec.Role.MAIN ? "" : container.name() + ": ";
                for (EnvVarSpec e : container.env()) {
                    EnvSource s = e.source();
                    if (s instanceof EnvSource.ConfigKeyRef c) {
                        t.edges.add(new Edge(workload, t.config(c.config()), "env " + e.name(), true));
                    } else if (s instanceof EnvSource.SecretKeyRef k) {
                        t.edges.add(new Edge(workload, t.secret(k.secret()), "env " + e.name(), true));
                    } else if (s instanceof EnvSource.HostRef h) {
                        app.workload(h.store()).ifPresent(target -> t.edges.add(new Edge(workload,
                                serviceId(h.kind() == EnvSource.HostKind.PRIMARY ? target.name() : StoreNames.readService(target.name())),
                                e.name() + "=" + StoreNames.hostname(h, app.namespace()), false)));
                    } else if (s instanceof EnvSource.Interpolated i) {
                        container.addresses().stream().filter(u -> u.where().equals("env:" + e.name()))
                                .forEach(u -> t.call(app, workload, u.address(), by + e.name() + "=" + i.value(), false));
                    }
                }
                for (AddressUse u : container.addresses()) {
                    if (!u.where().startsWith("env:")) {
                        String[] at = u.where().split(":", 2);
                        List<String> values = at[0].equals("command") ? container.command() : container.args();
                        t.call(app, workload, u.address(), by + at[0] + "[" + at[1] + "]=" + values.get(Integer.parseInt(at[1])), false);
                    }
                }
            }
            for (MountSpec m : w.containers().stream().flatMap(c -> c.mounts().stream()).toList()) {
                String target = m instanceof MountSpec.OfConfig c ? t.config(c.config()) : t.secret(((MountSpec.OfSecret) m).secret());
                t.edges.add(new Edge(workload, target, "mount " + m.path(), true));
            }
        }
        for (ConfigSpec c : app.configs()) {
            for (AddressUse u : c.addresses()) {
                String key = u.where().substring(u.where().indexOf(':') + 1);
                t.call(app, t.config(c), u.address(), key + "=" + c.data().get(key), true);
            }
        }
        for (IncludedObject included : app.included()) {
            String kind = included.object().getKind();
            String name = included.object().getMetadata().getName();
            Shape shape = switch (kind) {
                case "Ingress" -> Shape.INGRESS;
                case "Service" -> Shape.SERVICE;
                case "Deployment", "ReplicaSet", "DaemonSet", "Job", "CronJob", "Pod", "ReplicationController" -> Shape.WORKLOAD;
                case "StatefulSet" -> Shape.STORE;
                case "PersistentVolumeClaim" -> Shape.VOLUME;
                case "Secret" -> Shape.SECRET;
                default -> Shape.CONFIG;
            };
            String id = "included_" + sanitize(kind) + "_" + sanitize(name);
            t.nodes.putIfAbsent(id, new Node(id, kind + " " + name + "\n(included" + included.file().map(f -> " from " + f).orElse("")
                    + ")", shape));
        }
        return t;
    }

    /** An edge from {@code from} to the Service {@code address} calls, labelled {@code label}. */
    private void call(AppSpec app, String from, Address address, String label, boolean dashed) {
        String to;
        if (address instanceof Address.OtherNamespace o) {
            to = "other_" + sanitize(o.namespace()) + "_" + sanitize(o.service());
            nodes.putIfAbsent(to, new Node(to, "Service " + o.service() + "\n(namespace " + o.namespace() + ")", Shape.SERVICE));
        } else if (address instanceof EnvSource.HostRef h) {
            to = serviceId(h.kind() == EnvSource.HostKind.PRIMARY ? h.store().name() : StoreNames.readService(h.store().name()));
        } else {
            Address.ServiceEndpoint e = (Address.ServiceEndpoint) address;
            to = serviceId(e.via() == Address.Via.READ ? StoreNames.readService(e.target().name()) : e.target().name());
        }
        edges.add(new Edge(from, to, label, dashed));
    }

    private static String replicas(WorkloadSpec w) {
        if (w.cron().isPresent()) {
            return "schedule " + w.cron().get().schedule() + w.cron().get().timeZone().map(z -> " (" + z + ")").orElse("");
        }
        if (w.job().isPresent()) {
            return "runs to completion";
        }
        return w.autoscaling().map(a -> a.minReplicas() + "–" + a.maxReplicas() + " replicas (HPA " + a.targetCpuUtilization() + "% cpu)")
                .orElse(w.effectiveReplicas() + (w.effectiveReplicas() == 1 ? " replica" : " replicas"));
    }


    private String node(ComponentId id, String label, Shape shape) {
        String nodeId = id.kind().pathSegment() + "_" + sanitize(id.name());
        nodes.putIfAbsent(nodeId, new Node(nodeId, label, shape));
        return nodeId;
    }

    private String config(ConfigSpec c) {
        return node(c.id(), "ConfigMap " + c.renderedName(), Shape.CONFIG);
    }

    private String secret(SecretSpec s) {
        return node(s.id(), "Secret " + s.name() + (s.isDevelopment() ? " (development)" : " (external)"), Shape.SECRET);
    }

    private static String serviceId(String name) {
        return "service_" + sanitize(name);
    }

    private static String sanitize(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "_");
    }

    /** {@return a Mermaid flowchart ({@code flowchart LR})} */
    public String mermaid() {
        StringBuilder b = new StringBuilder("flowchart LR\n");
        for (Node n : nodes.values()) {
            String label = "\"" + n.label().replace("\"", "#quot;").replace("\n", "<br/>") + "\"";
            String shaped = switch (n.shape()) {
                case GATEWAY -> "[/" + label + "\\]";
                case INGRESS -> "[/" + label + "/]";
                case SERVICE -> "([" + label + "])";
                case WORKLOAD -> "[" + label + "]";
                case STORE -> "[" + label + "]";
                case VOLUME -> "[(" + label + ")]";
                case CONFIG -> "[[" + label + "]]";
                case SECRET -> "{{" + label + "}}";
            };
            b.append("  ").append(n.id()).append(shaped).append('\n');
        }
        for (Edge e : edges) {
            String label = e.label().isEmpty() ? "" : "|\"" + e.label().replace("\"", "#quot;") + "\"|";
            b.append("  ").append(e.from()).append(e.dashed() ? " -.->" : " -->").append(label).append(' ').append(e.to()).append('\n');
        }
        return b.toString();
    }

    /**
     * Graphviz DOT ({@code dot -Tsvg}).
     *
     * @return the string
     */
    public String dot() {
        StringBuilder b = new StringBuilder("digraph \"").append(escape(title)).append("\" {\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n");
        for (Node n : nodes.values()) {
            String shape = switch (n.shape()) {
                case GATEWAY -> "trapezium";
                case INGRESS -> "parallelogram";
                case SERVICE -> "ellipse";
                case WORKLOAD -> "box";
                case STORE -> "box3d";
                case VOLUME -> "cylinder";
                case CONFIG -> "note";
                case SECRET -> "hexagon";
            };
            b.append("  ").append(n.id()).append(" [shape=").append(shape).append(", label=\"").append(escape(n.label())).append("\"];\n");
        }
        for (Edge e : edges) {
            b.append("  ").append(e.from()).append(" -> ").append(e.to());
            List<String> attrs = new ArrayList<>();
            if (!e.label().isEmpty()) {
                attrs.add("label=\"" + escape(e.label()) + "\"");
            }
            if (e.dashed()) {
                attrs.add("style=dashed");
            }
            if (!attrs.isEmpty()) {
                b.append(" [").append(String.join(", ", attrs)).append(']');
            }
            b.append(";\n");
        }
        return b.append("}\n").toString();
    }

    /** {@return a Markdown page with the Mermaid diagram, as {@code writeTo} writes it to {@code topology.md}} */
    public String markdown() {
        return "# " + title + "\n\nGenerated by Shipshape from the application definition; do not edit.\n\n```mermaid\n"
                + mermaid() + "```\n";
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    /** Just for debugging: the node and edge counts. */
    @Override
    public String toString() {
        return "Topology[" + nodes.size() + " nodes, " + edges.size() + " edges]";
    }

}
