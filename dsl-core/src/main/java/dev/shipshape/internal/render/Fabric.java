package dev.shipshape.internal.render;

import dev.shipshape.internal.lang.KustomizeHash;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Small pieces of fabric8 objects several renderers build the same way. Not API. */
final class Fabric {

    private Fabric() {
    }

    /** A mutable list, as fabric8's builders made. */
    @SafeVarargs
    static <T> List<T> list(T... items) {
        return new ArrayList<>(List.of(items));
    }

    /**
     * A label selector matching {@code labels}: a sorted map as it is (a workload's objects share their selector map,
     * which nothing changes), any other as a sorted copy.
     */
    static LabelSelector selector(Map<String, String> labels) {
        LabelSelector s = new LabelSelector();
        s.setMatchLabels(labels instanceof SortedMap<String, String> sorted ? sorted : new TreeMap<>(labels));
        return s;
    }

    static VolumeMount mount(String volume, String path, Boolean readOnly) {
        VolumeMount m = new VolumeMount();
        m.setName(volume);
        m.setMountPath(path);
        m.setReadOnly(readOnly);
        return m;
    }

    /**
     * A pod volume name (DNS-1123 label) that differs for different sources: {@code config-<name>} when that is a
     * label; otherwise dots replaced and shortened, with a hash of the name appended, so {@code a.b} and {@code a-b} get
     * two volumes.
     */
    static String volumeName(String prefix, String name) {
        String v = prefix + name;
        if (v.length() <= 63 && name.indexOf('.') < 0) {
            return v;
        }
        String hash = KustomizeHash.of(new TreeMap<>(Map.of("name", name)));
        String readable = (prefix + name.replace('.', '-'));
        return readable.substring(0, Math.min(readable.length(), 52)).replaceAll("-+$", "") + "-" + hash;
    }
}
