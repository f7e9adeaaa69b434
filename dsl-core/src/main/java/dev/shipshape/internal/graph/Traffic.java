package dev.shipshape.internal.graph;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.ContainerSpec;
import dev.shipshape.model.EnvSource;
import dev.shipshape.model.EnvVarSpec;
import dev.shipshape.model.IngressSpec;
import dev.shipshape.model.RouteSpec;
import dev.shipshape.model.WorkloadSpec;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who talks to whom in an application, from its typed references: the edges the NetworkPolicies allow and the
 * {@code network.reference-blocked} rule checks. Not API.
 *
 * <pre>{@code
 * Traffic.routedPorts(app);    // {frontend=[http], fileserver=[http]}
 * Traffic.storesReadBy(app);   // {frontend={redis=…}, migrate={redis=…}}
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
     * The stores of the app each workload reads the host of ({@code .env("DB_HOST", store.primaryHost())}), by name.
     *
     * @param app the frozen app
     * @return client workload name → store name → store
     */
    public static Map<String, SortedMap<String, WorkloadSpec>> storesReadBy(AppSpec app) {
        Map<String, SortedMap<String, WorkloadSpec>> out = new TreeMap<>();
        for (WorkloadSpec w : app.workloads()) {
            for (ContainerSpec c : w.containers()) {
                for (EnvVarSpec e : c.env()) {
                    if (e.source() instanceof EnvSource.HostRef h && h.store().app().equals(app.id())) {
                        app.workload(h.store()).ifPresent(store -> out.computeIfAbsent(w.name(), k -> new TreeMap<>())
                                .put(store.name(), store));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The inverse of {@link #storesReadBy}: each store's clients, by name.
     *
     * @param readBy what {@link #storesReadBy} returned
     * @return store name → client workload names
     */
    public static Map<String, SortedSet<String>> clientsOf(Map<String, SortedMap<String, WorkloadSpec>> readBy) {
        Map<String, SortedSet<String>> out = new TreeMap<>();
        readBy.forEach((client, stores) -> stores.keySet().forEach(s -> out.computeIfAbsent(s, k -> new TreeSet<>()).add(client)));
        return out;
    }
}
