package dev.shipshape.internal.render;

import dev.shipshape.model.Exposure;
import dev.shipshape.model.PortSpec;
import dev.shipshape.model.WorkloadSpec;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Services of a workload: every port of its main container, by name, on its Service port, targeting the container
 * port by name; the selector is the workload's never-changing labels. Not API.
 */
final class Services {

    private Services() {
    }

    /**
     * A Service for {@code w}'s pods.
     *
     * @param name     the Service's name (the workload's, or a store's read Service's)
     * @param headless whether it is headless ({@code clusterIP: None}): a store's governing Service
     */
    static Service of(WorkloadSpec w, String name, boolean headless, RenderContext.Scope out) {
        return service(w, name, headless, Map.of(), out);
    }

    /**
     * The Service {@code <name>-external} that exposes {@code w} outside the cluster: of type LoadBalancer (with its
     * source ranges) or NodePort, the same ports, each with the node port chosen for it. With source ranges, the
     * Service keeps the client's address ({@code externalTrafficPolicy: Local}): with the default {@code Cluster}, a
     * node forwarding the request replaces it with its own, and the NetworkPolicy that admits only the source ranges
     * would refuse every request.
     */
    static Service external(WorkloadSpec w, Exposure e, RenderContext.Scope out) {
        Service s = service(w, Exposure.serviceName(w.name()), false, e.nodePorts(), out);
        s.getSpec().setType(e.loadBalancer() ? "LoadBalancer" : "NodePort");
        if (e.loadBalancer() && !e.sourceRanges().isEmpty()) {
            s.getSpec().setLoadBalancerSourceRanges(new ArrayList<>(e.sourceRanges()));
            s.getSpec().setExternalTrafficPolicy("Local");
        }
        return s;
    }

    private static Service service(WorkloadSpec w, String name, boolean headless, Map<String, Integer> nodePorts,
                                   RenderContext.Scope out) {
        List<ServicePort> ports = new ArrayList<>();
        for (PortSpec p : w.ports()) {
            ServicePort port = new ServicePort();
            port.setName(p.name());
            port.setPort(p.servicePort());
            port.setTargetPort(new IntOrString(p.name()));
            port.setNodePort(nodePorts.get(p.name()));
            ports.add(port);
        }
        ServiceSpec spec = new ServiceSpec();
        spec.setClusterIP(headless ? "None" : null);
        spec.setSelector(out.selector(w));
        spec.setPorts(ports);
        Service service = new Service();
        service.setMetadata(out.meta(w, name));
        service.setSpec(spec);
        return service;
    }
}
