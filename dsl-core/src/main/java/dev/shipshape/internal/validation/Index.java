package dev.shipshape.internal.validation;

import dev.shipshape.internal.objects.Item;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.autoscaling.v2.CrossVersionObjectReference;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Lookups over the objects under check, built once per validation so that reference checks are hash lookups, not
 * scans: objects by kind, namespace and name; pods by label; autoscalers by target. Objects known to exist outside
 * the manifests (an app's declared external Secrets) can be found but are not checked. Not API.
 */
public final class Index {

    private final List<Item> items;
    private final Map<String, List<Item>> byKind = new HashMap<>();
    private final Map<Key, Item> byKey = new HashMap<>();
    private final List<PodNode> pods = new ArrayList<>();
    private final Map<String, List<PodNode>> podsByNamespace = new HashMap<>();
    private final Map<Key, List<PodNode>> podsByLabel = new HashMap<>();
    private final Map<Key, Item> autoscalerByTarget = new HashMap<>();
    private final Map<Class<?>, Object> derived = new HashMap<>();

    /**
     * Indexes {@code items}; {@code known} are found by {@link #find} too.
     *
     * @param items the objects under check
     * @param known objects that exist outside the manifests
     */
    public Index(List<Item> items, List<Item> known) {
        this.items = List.copyOf(items);
        for (Item i : this.items) {
            byKind.computeIfAbsent(i.kind(), k -> new ArrayList<>()).add(i);
            byKey.putIfAbsent(key(i.kind(), i.namespace(), i.name()), i);
            Pods.of(i).ifPresent(p -> {
                pods.add(p);
                podsByNamespace.computeIfAbsent(i.namespace(), k -> new ArrayList<>()).add(p);
                p.labels().forEach((k, v) -> podsByLabel.computeIfAbsent(new Key(i.namespace(), k, v),
                        x -> new ArrayList<>()).add(p));
            });
            if (i.object() instanceof HorizontalPodAutoscaler h && h.getSpec() != null && h.getSpec().getScaleTargetRef() != null) {
                CrossVersionObjectReference t = h.getSpec().getScaleTargetRef();
                autoscalerByTarget.putIfAbsent(key(String.valueOf(t.getKind()), i.namespace(), String.valueOf(t.getName())), i);
            }
        }
        for (Item k : known) {
            byKey.putIfAbsent(key(k.kind(), k.namespace(), k.name()), k);
        }
    }

    private static Key key(String kind, String namespace, String name) {
        return new Key(kind, namespace, name);
    }

    /** Three strings as one map key (no concatenation per lookup; a record's hash combines the strings' cached ones). */
    private record Key(String a, String b, String c) {
    }

    /**
     * A structure computed from these objects once per validation and shared by the rules that need it (the
     * NetworkPolicy evaluator, …): the first call computes it, later ones get the same instance. An index serves one
     * validation on one thread.
     *
     * @param type    the structure's class, its key
     * @param compute how to build it from this index
     * @param <T>     the structure's type
     * @return the structure
     */
    public <T> T derived(Class<T> type, Function<Index, T> compute) {
        Object value = derived.get(type);
        if (value == null) {
            value = compute.apply(this);
            derived.put(type, value);
        }
        return type.cast(value);
    }

    /** Every object under check, in order. */
    public List<Item> items() {
        return items;
    }

    /** The objects of {@code kind}, in order. */
    public List<Item> ofKind(String kind) {
        return byKind.getOrDefault(kind, Collections.emptyList());
    }

    /** The object of {@code kind} named {@code name} in {@code namespace}, among the manifests or known to exist. */
    public Optional<Item> find(String kind, String namespace, String name) {
        return Optional.ofNullable(byKey.get(key(kind, namespace, name)));
    }

    /** Every pod template and pod, in object order. */
    public List<PodNode> pods() {
        return pods;
    }

    /** The HorizontalPodAutoscaler that scales {@code workload}, if one does. */
    public Optional<Item> autoscalerOf(Item workload) {
        return Optional.ofNullable(autoscalerByTarget.get(key(workload.kind(), workload.namespace(), workload.name())));
    }

    /**
     * The pods a Service selector ({@code key=value} pairs, all of which must match) selects in {@code namespace}.
     * An empty selector selects nothing (a Service without selector has its endpoints managed by hand).
     */
    public List<PodNode> selected(String namespace, Map<String, String> matchLabels) {
        return selected(namespace, matchLabels, List.of());
    }

    /** The pods a label selector selects in {@code namespace}; an empty or null selector selects nothing here. */
    public List<PodNode> selected(String namespace, LabelSelector selector) {
        if (selector == null) {
            return List.of();
        }
        return selected(namespace, selector.getMatchLabels(),
                selector.getMatchExpressions() == null ? List.of() : selector.getMatchExpressions());
    }

    private List<PodNode> selected(String namespace, Map<String, String> written, List<LabelSelectorRequirement> expressions) {
        Map<String, String> labels = Item.labels(written);
        if (labels.isEmpty() && expressions.isEmpty()) {
            return List.of();
        }
        List<PodNode> candidates = null;
        for (Map.Entry<String, String> e : labels.entrySet()) {
            List<PodNode> posting = podsByLabel.getOrDefault(new Key(namespace, e.getKey(), e.getValue()), List.of());
            if (candidates == null || posting.size() < candidates.size()) {
                candidates = posting;
            }
        }
        if (candidates == null) {
            candidates = podsByNamespace.getOrDefault(namespace, List.of());
        }
        List<PodNode> out = new ArrayList<>();
        for (PodNode p : candidates) {
            if (satisfies(p.labels(), labels, expressions)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Whether {@code podLabels} satisfy every label and every expression (In, NotIn, Exists, DoesNotExist). */
    public static boolean matches(Map<String, String> podLabels, Map<String, String> labels, List<LabelSelectorRequirement> expressions) {
        return satisfies(podLabels, Item.labels(labels), expressions);
    }

    /** {@link #matches} for selector labels already read as the API server stores them ({@link Item#labels(Map)}). */
    private static boolean satisfies(Map<String, String> podLabels, Map<String, String> labels,
                                     List<LabelSelectorRequirement> expressions) {
        for (Map.Entry<String, String> e : labels.entrySet()) {
            if (!e.getValue().equals(podLabels.get(e.getKey()))) {
                return false;
            }
        }
        for (LabelSelectorRequirement r : expressions) {
            String value = podLabels.get(r.getKey());
            List<String> values = r.getValues() == null ? List.of() : r.getValues();
            boolean ok = switch (String.valueOf(r.getOperator())) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
