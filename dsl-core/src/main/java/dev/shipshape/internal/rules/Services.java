package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.objects.Place;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.PodNode;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.networking.v1.ServiceBackendPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Services as the reference rules read them: their ports, the pods they select, the containers behind a port. */
final class Services {

    private Services() {
    }

    /**
     * Where a finding about {@code service} is reported: its place, and for a component's second Service (a store's read
     * Service, a {@code <name>-external} one) the Service's name below the component's path.
     */
    static Place place(Item service) {
        Place place = service.place();
        return service.component().filter(c -> !c.name().equals(service.name()))
                .map(c -> place.child("service:" + service.name())).orElse(place);
    }

    /** The Service's ports, never null. */
    static List<ServicePort> ports(Item service) {
        return service.object() instanceof Service s && s.getSpec() != null && s.getSpec().getPorts() != null
                ? s.getSpec().getPorts() : List.of();
    }

    /** The Service's selector, never null (empty: no selector). */
    static Map<String, String> selector(Item service) {
        return service.object() instanceof Service s && s.getSpec() != null && s.getSpec().getSelector() != null
                ? s.getSpec().getSelector() : Map.of();
    }

    /** Whether the Service is headless ({@code clusterIP: None}). */
    static boolean headless(Item service) {
        return service.object() instanceof Service s && s.getSpec() != null && "None".equals(s.getSpec().getClusterIP());
    }

    /** The pods the Service selects. */
    static List<PodNode> pods(Item service, CheckContext ctx) {
        return ctx.index().selected(service.namespace(), selector(service));
    }

    /** The Service port an Ingress backend names (by name or number), if the Service has it. */
    static Optional<ServicePort> port(Item service, ServiceBackendPort backend) {
        for (ServicePort p : ports(service)) {
            if (backend.getName() != null && !backend.getName().isEmpty() ? backend.getName().equals(p.getName())
                    : backend.getNumber() != null && backend.getNumber().equals(p.getPort())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The containers of {@code pod} that serve {@code port}: those with the target port's name or number. */
    static List<ContainerNode> serving(PodNode pod, ServicePort port) {
        List<ContainerNode> out = new ArrayList<>();
        for (ContainerNode c : pod.containers()) {
            if (!c.init() && servedPort(c, port).isPresent()) {
                out.add(c);
            }
        }
        return out;
    }

    /** The port of {@code c} that {@code port} sends to: the target port's name or number (its own number if unset). */
    static Optional<ContainerPort> servedPort(ContainerNode c, ServicePort port) {
        IntOrString target = port.getTargetPort();
        for (ContainerPort cp : c.ports()) {
            boolean match = target == null || target.getValue() == null
                    ? port.getPort() != null && port.getPort().equals(cp.getContainerPort())
                    : target.getStrVal() != null ? target.getStrVal().equals(cp.getName())
                    : target.getIntVal() != null && target.getIntVal().equals(cp.getContainerPort());
            if (match) {
                return Optional.of(cp);
            }
        }
        return Optional.empty();
    }

    /** {@code a, b} or {@code no ports}. */
    static String portNames(Item service) {
        List<String> names = new ArrayList<>();
        for (ServicePort p : ports(service)) {
            names.add(p.getName() != null ? p.getName() : String.valueOf(p.getPort()));
        }
        return names.isEmpty() ? "no ports" : String.join(", ", names);
    }
}
