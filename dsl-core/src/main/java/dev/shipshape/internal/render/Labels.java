package dev.shipshape.internal.render;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.ComponentKind;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** The recommended {@code app.kubernetes.io/*} labels, and the selector subset that never changes. Not API. */
public final class Labels {

    static final String NAME = "app.kubernetes.io/name";
    static final String PART_OF = "app.kubernetes.io/part-of";
    static final String COMPONENT = "app.kubernetes.io/component";
    static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    static final String MANAGER = "shipshape";
    /** The labels Shipshape sets on every object, which users may not set on a component. */
    public static final Set<String> RESERVED = Set.of(NAME, PART_OF, COMPONENT, MANAGED_BY);

    private Labels() {
    }

    /** Every label of an object of component {@code name}: the recommended four plus the app's own. */
    static Map<String, String> of(AppSpec app, String name, ComponentKind kind) {
        Map<String, String> labels = new TreeMap<>(app.labels());
        labels.put(NAME, name);
        labels.put(PART_OF, app.name());
        labels.put(COMPONENT, kind.label());
        labels.put(MANAGED_BY, MANAGER);
        return labels;
    }

    /** Labels for the app as a whole (the Namespace). */
    static SortedMap<String, String> ofApp(AppSpec app) {
        SortedMap<String, String> labels = new TreeMap<>(app.labels());
        labels.put(NAME, app.name());
        labels.put(PART_OF, app.name());
        labels.put(MANAGED_BY, MANAGER);
        return labels;
    }

    /** The selector of a workload's pods: name and part-of, which never change for the life of the workload. */
    static Map<String, String> selector(AppSpec app, String name) {
        Map<String, String> labels = new TreeMap<>();
        labels.put(NAME, name);
        labels.put(PART_OF, app.name());
        return labels;
    }
}
