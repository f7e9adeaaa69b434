package dev.shipshape.internal.render;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.objects.Origin;
import dev.shipshape.internal.yaml.Compaction;
import dev.shipshape.model.AppSpec;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.ConfigSpec;
import dev.shipshape.model.WorkloadSpec;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What every renderer is given, explicitly: the frozen app, the annotations of the rules the policy waives, the
 * rendered names of its configs, and where rendered objects go. Renderers write objects through a {@link Scope}, which
 * knows the component they belong to; nothing is read from a field set by someone else. One context renders one app,
 * on one thread. Not API.
 */
final class RenderContext {

    /**
     * The number of objects from which rendered objects are compacted. Below it (an app of some 300 web services) the
     * memory saved is not worth the start-up time the reflection costs a one-app build script (about 17 ms for the
     * journal); the output is the same either way.
     */
    static final int COMPACT_FROM = 2_000;

    private final AppSpec app;
    private final SortedMap<String, String> appWaivers;
    private final Map<ConfigSpec, String> configNames = new IdentityHashMap<>();
    private final List<Item> items = new ArrayList<>();
    private final List<Item> known = new ArrayList<>();

    /**
     * A context for {@code app}.
     *
     * @param app        the frozen app
     * @param appWaivers rule id → reason of the rules the policy switches off, annotated on every object
     */
    RenderContext(AppSpec app, Map<String, String> appWaivers) {
        this.app = app;
        this.appWaivers = new TreeMap<>();
        appWaivers.forEach((rule, reason) -> this.appWaivers.put(Item.WAIVED + rule, reason));
    }

    AppSpec app() {
        return app;
    }

    /** The objects rendered so far, in the order added. */
    List<Item> items() {
        return items;
    }

    /** The stand-ins of objects created out of band (declared external Secrets), for references; never written. */
    List<Item> known() {
        return known;
    }

    /** The name a config renders under: versioned by its content hash unless told otherwise; hashed once per render. */
    String configName(ConfigSpec c) {
        return configNames.computeIfAbsent(c, ConfigSpec::renderedName);
    }

    /** Where the objects of {@code component} go: its waivers annotated, each object tagged with it. */
    Scope scope(ComponentId component) {
        return new Scope(Optional.of(component));
    }

    /** Where objects of the app as a whole go (its Namespace, its app-wide NetworkPolicies). */
    Scope appScope() {
        return new Scope(Optional.empty());
    }

    /** The objects of one component, or of the app as a whole. */
    final class Scope {

        private final Optional<ComponentId> component;
        private final Origin origin;
        private WorkloadSpec labelled;
        private SortedMap<String, String> podLabels;
        private SortedMap<String, String> selector;

        private Scope(Optional<ComponentId> component) {
            this.component = component;
            this.origin = new Origin.Rendered(app.id(), component);
        }

        RenderContext context() {
            return RenderContext.this;
        }

        AppSpec app() {
            return app;
        }

        /**
         * Adds a rendered object; once the app has many, compacted (its empty lists and maps dropped: they would live
         * until it is written, and with thousands of objects the collector copies them again and again).
         */
        void add(HasMetadata object) {
            if (items.size() >= COMPACT_FROM) {
                Compaction.compact(object);
            }
            items.add(Item.of(object, origin));
        }

        /** Adds the stand-in of an object created out of band. */
        void addKnown(HasMetadata object) {
            known.add(Item.of(object, origin));
        }

        /**
         * Metadata with {@code name} and {@code labels} (the map itself: the workload's objects share one, which nothing
         * changes), the app's namespace when {@code namespaced}, and the waiver annotations: the policy's, then the
         * component's own.
         */
        ObjectMeta meta(String name, SortedMap<String, String> labels, boolean namespaced) {
            ObjectMeta b = new ObjectMeta();
            b.setName(name);
            b.setLabels(labels);
            if (namespaced) {
                app.namespace().ifPresent(b::setNamespace);
            }
            Map<String, String> annotations = new TreeMap<>(appWaivers);
            component.ifPresent(c -> app.waivers(c).forEach((rule, reason) -> annotations.put(Item.WAIVED + rule, reason)));
            if (!annotations.isEmpty()) {
                b.setAnnotations(annotations);
            }
            return b;
        }

        /** The metadata of a workload's object: Shipshape's labels, the workload's own labels and annotations. */
        ObjectMeta meta(WorkloadSpec w, String name) {
            return withAnnotations(meta(name, podLabels(w), true), w.pod().annotations());
        }

        /**
         * Shipshape's labels of the workload plus its own (which never reach a selector): one map for all of its objects
         * and pods, so 10 000 workloads keep 10 000 maps alive, not 100 000. Nothing changes a rendered object in place
         * (customizations edit copies; rules only read), so the objects can share it; a plain map, because the rules
         * iterate labels often and an unmodifiable view costs a wrapper per entry.
         */
        SortedMap<String, String> podLabels(WorkloadSpec w) {
            if (labelled != w) {
                SortedMap<String, String> labels = new TreeMap<>(w.pod().labels());
                labels.putAll(Labels.of(app, w.name(), w.kind()));
                podLabels = labels;
                selector = new TreeMap<>(Labels.selector(app, w.name()));
                labelled = w;
            }
            return podLabels;
        }

        /** The selector of the workload's pods (name and part-of, which never change), one map for all its objects. */
        SortedMap<String, String> selector(WorkloadSpec w) {
            podLabels(w);
            return selector;
        }
    }

    /** {@code meta} with the user's annotations added (Shipshape's own, the waivers, win). */
    static ObjectMeta withAnnotations(ObjectMeta meta, Map<String, String> user) {
        if (!user.isEmpty()) {
            Map<String, String> annotations = new TreeMap<>(user);
            if (meta.getAnnotations() != null) {
                annotations.putAll(meta.getAnnotations());
            }
            meta.setAnnotations(annotations);
        }
        return meta;
    }
}
