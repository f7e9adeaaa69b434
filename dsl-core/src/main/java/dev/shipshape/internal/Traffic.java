package dev.shipshape.internal;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.ContainerSpec;
import dev.shipshape.model.EnvSource;
import dev.shipshape.model.EnvVarSpec;
import dev.shipshape.model.IngressSpec;
import dev.shipshape.model.RouteSpec;
import dev.shipshape.model.WorkloadSpec;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who talks to whom in an application, from its typed references: the edges the NetworkPolicies allow and the
 * {@code network.reference-blocked} rule checks. Not API.
 *
 * <pre>{@code
 * Traffic.routedPorts(app);    // {frontend=[http], fileserver=[http]}
 * Traffic.storesReadBy(app);   // {frontend=[redis], migrate=[redis]}
 * }</pre>
 */
public final class Traffic {

    private Traffic() {
    }

    /**
     * The workloads of the app that an Ingress routes to, by name, with the names of the ports routed to.
     *
     * @param app the app
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
     * @param app the app
     * @return client workload name → store names
     */
    public static Map<String, SortedSet<String>> storesReadBy(AppSpec app) {
        Map<String, SortedSet<String>> out = new TreeMap<>();
        for (WorkloadSpec w : app.workloads()) {
            for (ContainerSpec c : w.containers()) {
                for (EnvVarSpec e : c.env()) {
                    if (e.source() instanceof EnvSource.HostRef h && h.store().app().equals(app.id())
                            && app.workload(h.store()).isPresent()) {
                        out.computeIfAbsent(w.name(), k -> new TreeSet<>()).add(h.store().name());
                    }
                }
            }
        }
        return out;
    }

    /**
     * The inverse of {@link #storesReadBy}: each store's clients, by name.
     *
     * @param app the app
     * @return store name → client workload names
     */
    public static Map<String, SortedSet<String>> clientsOf(AppSpec app) {
        Map<String, SortedSet<String>> out = new TreeMap<>();
        storesReadBy(app).forEach((client, stores) -> stores.forEach(s -> out.computeIfAbsent(s, k -> new TreeSet<>()).add(client)));
        return out;
    }
}
