package dev.shipshape.internal.validation;

import dev.shipshape.internal.objects.Place;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import java.util.List;
import java.util.Objects;

/**
 * One container of a pod, init or regular. Not API.
 *
 * @param pod       the pod it runs in
 * @param container the fabric8 container, as written
 * @param init      whether it is an init container
 */
public record ContainerNode(PodNode pod, Container container, boolean init) {

    /** Checks every part is there. */
    public ContainerNode {
        Objects.requireNonNull(pod, "pod");
        Objects.requireNonNull(container, "container");
    }

    /** The container's name, or {@code ?} if it has none. */
    public String name() {
        return container.getName() == null ? "?" : container.getName();
    }

    /** {@code …/container:web} or {@code …/initContainer:migrate}. */
    public Place place() {
        return pod.place().child((init ? "initContainer:" : "container:") + name());
    }

    /** {@code container web} or {@code init container migrate}, for messages. */
    public String describe() {
        return (init ? "init container " : "container ") + name();
    }

    /** The container's ports, never null. */
    public List<ContainerPort> ports() {
        return PodNode.list(container.getPorts());
    }

    /** Whether the container exposes a port named {@code name}. */
    public boolean exposes(String name) {
        for (ContainerPort p : ports()) {
            if (name.equals(p.getName())) {
                return true;
            }
        }
        return false;
    }
}
