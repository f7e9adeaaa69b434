package dev.shipshape.internal.validation;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.objects.Place;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The pods an object runs: its pod template (a Deployment's, a CronJob's job template's, …) or a bare Pod's own
 * metadata and spec. Not API.
 *
 * @param item     the object
 * @param metadata the pods' metadata (labels and annotations), never null
 * @param spec     the pods' spec, never null
 */
public record PodNode(Item item, ObjectMeta metadata, PodSpec spec) {

    /** Checks every part is there. */
    public PodNode {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(spec, "spec");
    }

    /** The pods' labels, never null; a label written without a value has the value "". */
    public Map<String, String> labels() {
        return Item.labels(metadata.getLabels());
    }

    /** Where the pod's violations are reported: its object's place. */
    public Place place() {
        return item.place();
    }

    /** The containers, init containers first, each with its place. */
    public List<ContainerNode> containers() {
        List<ContainerNode> out = new ArrayList<>();
        for (Container c : list(spec.getInitContainers())) {
            out.add(new ContainerNode(this, c, true));
        }
        for (Container c : list(spec.getContainers())) {
            out.add(new ContainerNode(this, c, false));
        }
        return out;
    }

    /** The pod's volumes, never null. */
    public List<Volume> volumes() {
        return list(spec.getVolumes());
    }

    /** The regular (not init) containers. */
    public List<Container> appContainers() {
        return list(spec.getContainers());
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? Collections.emptyList() : list;
    }
}
