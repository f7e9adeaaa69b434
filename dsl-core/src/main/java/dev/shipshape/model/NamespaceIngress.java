package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.units.Names;
import java.util.List;

/**
 * Traffic from pods of another namespace that the NetworkPolicies let in, for a caller outside the app's graph (a
 * metrics scraper, another team's service): {@code .allowFromNamespace("monitoring", "metrics")}.
 *
 * <pre>{@code
 * NamespaceIngress in = workload.pod().ingressFrom().get(0);
 * in.namespace();   // "monitoring"
 * in.ports();       // [metrics]
 * }</pre>
 *
 * @param namespace the namespace the callers run in
 * @param ports     the names of the component's ports they may call; empty: every port
 */
public record NamespaceIngress(String namespace, List<String> ports) {

    /**
     * Checks the namespace and copies the ports.
     *
     * @param namespace the namespace the callers run in, a DNS-1123 label
     * @param ports     the names of the component's ports they may call; empty: every port
     */
    public NamespaceIngress {
        Names.requireDns1123Label("namespace", namespace);
        ports = Args.list(ports, "ports");
    }
}
