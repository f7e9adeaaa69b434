package dev.shipshape.internal.graph;

import dev.shipshape.model.Address;
import dev.shipshape.model.AddressUse;
import dev.shipshape.model.AppSpec;
import dev.shipshape.model.BackendSpec;
import dev.shipshape.model.ConfigSpec;
import dev.shipshape.model.ContainerSpec;
import dev.shipshape.model.EnvSource;
import dev.shipshape.model.EnvVarSpec;
import dev.shipshape.model.GatewayRouteSpec;
import dev.shipshape.model.IngressSpec;
import dev.shipshape.model.MountSpec;
import dev.shipshape.model.ParentSpec;
import dev.shipshape.model.PortSpec;
import dev.shipshape.model.RouteSpec;
import dev.shipshape.model.WorkloadSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who talks to whom in an application, from its typed references: the edges the NetworkPolicies allow and the
 * {@code network.reference-blocked} rule checks. A workload calls what its containers' env vars, commands and arguments
 * name (a store's host, an endpoint, a template of them), and what the configs it reads name: the entries its env vars
 * read, every entry of one it mounts. Not API.
 *
 * <pre>{@code
 * Traffic.routedPorts(app);   // {frontend=[http], fileserver=[http]}
 * Traffic.calls(app);         // [frontend → redis on 6379 (container:frontend/env:REDIS_HOST),
 *                             //  checkout → catalog on 3550 (container:checkout/env:CATALOG_ADDR), …]
 * }</pre>
 */
public final class Traffic {

    /** The label every Namespace carries with its own name (Kubernetes 1.21+), which NetworkPolicies select on. */
    public static final String NAMESPACE_NAME = "kubernetes.io/metadata.name";
    /** Where the cluster DNS runs. */
    public static final String DNS_NAMESPACE = "kube-system";
    /** The labels of the cluster DNS pods (CoreDNS as kubeadm, kind and the managed offerings install it). */
    public static final Map<String, String> DNS_PODS = Map.of("k8s-app", "kube-dns");
    /** The port the cluster DNS answers on, UDP and TCP. */
    public static final int DNS_PORT = 53;

    private Traffic() {
    }

    /**
     * One call of the graph: {@code from}'s pods call a workload of the app, or the pods of another namespace, on
     * container ports.
     *
     * @param from      the calling workload
     * @param where     where the address is written: {@code container:web/env:NAME}, {@code initContainer:proxy/args:2},
     *                  {@code config:name/entry:key}
     * @param address   the address
     * @param target    the workload called, when it is one of the app
     * @param namespace the namespace called, when it is another
     * @param ports     the container ports called: the port named (or every port of a store whose host is named)
     */
    public record Call(WorkloadSpec from, String where, Address address, Optional<WorkloadSpec> target,
                       Optional<String> namespace, SortedSet<Integer> ports) {
    }

    /**
     * The workloads of the app that an Ingress routes to, by name, with the names of the ports routed to.
     *
     * @param app the frozen app
     * @return workload name → routed port names
     */
    public static Map<String, SortedSet<String>> routedPorts(AppSpec app) {
        Map<String, SortedSet<String>> out = new TreeMap<>();
        for (IngressSpec i : app.ingresses()) {
            for (RouteSpec r : i.routes()) {
                if (r.target().app().equals(app.id()) && r.port().isPresent() && app.workload(r.target()).isPresent()) {
                    out.computeIfAbsent(r.target().name(), k -> new TreeSet<>()).add(r.port().get());
                }
            }
        }
        return out;
    }

    /**
     * The workloads of the app that a Gateway API route sends to, by name, with the namespaces the routes' Gateways
     * run their pods in and the names of the ports routed to from there.
     *
     * <pre>{@code
     * Traffic.gatewayPorts(app);   // {frontend={infra=[http]}, fileserver={infra=[http]}}
     * }</pre>
     *
     * @param app the frozen app
     * @return workload name → Gateway pods' namespace → routed port names, all sorted
     */
    public static SortedMap<String, SortedMap<String, SortedSet<String>>> gatewayPorts(AppSpec app) {
        SortedMap<String, SortedMap<String, SortedSet<String>>> out = new TreeMap<>();
        for (GatewayRouteSpec r : app.gatewayRoutes()) {
            for (BackendSpec b : r.backends()) {
                if (!app.owns(b.target()) || b.port().isEmpty()
                        || app.workload(b.target()).flatMap(w -> w.port(b.port().get())).isEmpty()) {
                    continue;
                }
                for (ParentSpec p : r.parents()) {
                    out.computeIfAbsent(b.target().name(), k -> new TreeMap<>())
                            .computeIfAbsent(p.podsNamespace(), k -> new TreeSet<>()).add(b.port().get());
                }
            }
        }
        return out;
    }

    /**
     * Every call of the app's graph, workload by workload in definition order; a call to a component of another app, or
     * on a port its target does not have, is left out (the rules report it).
     *
     * @param app the frozen app
     * @return the calls
     */
    public static List<Call> calls(AppSpec app) {
        List<Call> out = new ArrayList<>();
        for (WorkloadSpec w : app.workloads()) {
            Map<ConfigSpec, Set<String>> read = null;   // made when a config holding addresses is read: most hold none
            Set<ConfigSpec> mounted = null;
            List<ConfigSpec> order = null;
            for (ContainerSpec c : w.containers()) {
                String container = (c.role() == ContainerSpec.Role.MAIN ? "container:" : "initContainer:") + c.name() + "/";
                for (AddressUse use : c.addresses()) {
                    call(app, w, container + use.where(), use.address()).ifPresent(out::add);
                }
                for (EnvVarSpec e : c.env()) {
                    if (e.source() instanceof EnvSource.ConfigKeyRef ref && !ref.config().addresses().isEmpty()) {
                        if (read == null) {
                            read = new IdentityHashMap<>();
                            mounted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                            order = new ArrayList<>();
                        }
                        List<ConfigSpec> inOrder = order;
                        read.computeIfAbsent(ref.config(), k -> {
                            inOrder.add(k);
                            return new HashSet<>();
                        }).add("entry:" + ref.key());
                    }
                }
                for (MountSpec m : c.mounts()) {
                    if (m instanceof MountSpec.OfConfig config && !config.config().addresses().isEmpty()) {
                        if (read == null) {
                            read = new IdentityHashMap<>();
                            mounted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                            order = new ArrayList<>();
                        }
                        if (mounted.add(config.config()) && !read.containsKey(config.config())) {
                            read.put(config.config(), new HashSet<>());
                            order.add(config.config());
                        }
                    }
                }
            }
            if (order == null) {
                continue;
            }
            for (ConfigSpec config : order) {
                Set<String> keys = read.get(config);
                for (AddressUse use : config.addresses()) {
                    if (mounted.contains(config) || keys.contains(use.where())) {
                        call(app, w, "config:" + config.name() + "/" + use.where(), use.address()).ifPresent(out::add);
                    }
                }
            }
        }
        return out;
    }

    private static Optional<Call> call(AppSpec app, WorkloadSpec from, String where, Address address) {
        if (address instanceof Address.OtherNamespace o) {
            return Optional.of(new Call(from, where, address, Optional.empty(), Optional.of(o.namespace()),
                    new TreeSet<>(List.of(o.targetPort()))));
        }
        if (address instanceof EnvSource.HostRef h) {
            return app.owns(h.store()) ? app.workload(h.store()).map(store -> new Call(from, where, address, Optional.of(store),
                    Optional.empty(), numbers(store.ports()))) : Optional.empty();
        }
        Address.ServiceEndpoint e = (Address.ServiceEndpoint) address;
        if (!app.owns(e.target()) || e.targetPort().isEmpty()) {
            return Optional.empty();
        }
        return app.workload(e.target()).filter(t -> t.port(e.port()).isPresent()).map(target -> new Call(from, where, address,
                Optional.of(target), Optional.empty(), new TreeSet<>(List.of(target.port(e.port()).get().number()))));
    }

    private static SortedSet<Integer> numbers(List<PortSpec> ports) {
        SortedSet<Integer> out = new TreeSet<>();
        ports.forEach(p -> out.add(p.number()));
        return out;
    }

    /**
     * The calls to workloads of the app grouped: client name → target name → the container ports called.
     *
     * @param calls what {@link #calls(AppSpec)} returned
     * @return client → target → ports, both sorted by name
     */
    public static SortedMap<String, SortedMap<String, SortedSet<Integer>>> byClient(List<Call> calls) {
        SortedMap<String, SortedMap<String, SortedSet<Integer>>> out = new TreeMap<>();
        for (Call c : calls) {
            c.target().ifPresent(t -> out.computeIfAbsent(c.from().name(), k -> new TreeMap<>())
                    .computeIfAbsent(t.name(), k -> new TreeSet<>()).addAll(c.ports()));
        }
        return out;
    }

    /**
     * The calls to workloads of the app grouped the other way: target name → client name → the container ports called.
     *
     * @param calls what {@link #calls(AppSpec)} returned
     * @return target → client → ports, both sorted by name
     */
    public static SortedMap<String, SortedMap<String, SortedSet<Integer>>> byTarget(List<Call> calls) {
        SortedMap<String, SortedMap<String, SortedSet<Integer>>> out = new TreeMap<>();
        for (Call c : calls) {
            c.target().ifPresent(t -> out.computeIfAbsent(t.name(), k -> new TreeMap<>())
                    .computeIfAbsent(c.from().name(), k -> new TreeSet<>()).addAll(c.ports()));
        }
        return out;
    }

    /**
     * The calls to other namespaces grouped: client name → namespace → the ports called.
     *
     * @param calls what {@link #calls(AppSpec)} returned
     * @return client → namespace → ports, both sorted
     */
    public static SortedMap<String, SortedMap<String, SortedSet<Integer>>> toNamespaces(List<Call> calls) {
        SortedMap<String, SortedMap<String, SortedSet<Integer>>> out = new TreeMap<>();
        for (Call c : calls) {
            c.namespace().ifPresent(ns -> out.computeIfAbsent(c.from().name(), k -> new TreeMap<>())
                    .computeIfAbsent(ns, k -> new TreeSet<>()).addAll(c.ports()));
        }
        return out;
    }
}
