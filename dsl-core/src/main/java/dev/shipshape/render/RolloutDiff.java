package dev.shipshape.render;

import dev.shipshape.internal.io.ManifestWriter;
import dev.shipshape.internal.yaml.Serialization;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * What changed between two renders and which workloads will roll because of it. A workload rolls when its
 * pod template changes: a new image, new env, or, the common case with versioned config, a ConfigMap whose
 * content changed and so got a new name. Changes that roll nothing (an HPA bound, an Ingress route) are
 * listed too.
 *
 * <pre>{@code
 * RolloutDiff d = app.render().diff(Path.of("target/manifests/prod-eu"));   // against the previous output
 * System.out.print(d.describe());
 * // ConfigMap frontend-config-2t7kh9mgkf → frontend-config-g9dc65m7bm (content changed)
 * // Deployment frontend rolls: reads ConfigMap frontend-config-g9dc65m7bm instead of frontend-config-2t7kh9mgkf
 * }</pre>
 */
public final class RolloutDiff {

    /** How an object changed. */
    public enum Kind {
        /** Only in the new render. */
        ADDED,
        /** Only in the old render. */
        REMOVED,
        /** In both, different. */
        CHANGED
    }

    /**
     * One changed object.
     *
     * @param kind   the Kubernetes kind
     * @param name   the object's name
     * @param change added, removed or changed
     */
    public record Change(String kind, String name, Kind change) {
    }

    /**
     * A workload that will roll, and why.
     *
     * @param workload {@code Deployment/frontend}
     * @param reason   what in its pod template changed
     */
    public record Roll(String workload, String reason) {
    }

    private final boolean firstRender;
    private final List<Change> changes;
    private final List<Roll> rolls;
    private final List<String> notes;
    private final List<String> addedCalls;
    private final List<String> removedCalls;

    private RolloutDiff(boolean firstRender, List<Change> changes, List<Roll> rolls, List<String> notes,
                        List<String> addedCalls, List<String> removedCalls) {
        this.firstRender = firstRender;
        this.changes = List.copyOf(changes);
        this.rolls = List.copyOf(rolls);
        this.notes = List.copyOf(notes);
        this.addedCalls = List.copyOf(addedCalls);
        this.removedCalls = List.copyOf(removedCalls);
    }

    /**
     * The diff from {@code before} to {@code after}, both keyed {@code Kind/name}, both trees from {@code Serialization}
     * ({@code tree} of a rendered object, {@code readTree} of a written file), which hold every integer as a long, so
     * a file read back equals the object it was written from.
     */
    static RolloutDiff between(Map<String, JsonNode> before, Map<String, JsonNode> after) {
        List<Change> changes = new ArrayList<>();
        List<Roll> rolls = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        Map<String, String> removedConfigs = new TreeMap<>();
        Map<String, String> addedConfigs = new TreeMap<>();
        for (String key : keys) {
            String kind = key.substring(0, key.indexOf('/'));
            String name = key.substring(key.indexOf('/') + 1);
            JsonNode b = before.get(key);
            JsonNode a = after.get(key);
            if (b == null) {
                changes.add(new Change(kind, name, Kind.ADDED));
                if (kind.equals("ConfigMap")) {
                    addedConfigs.put(configOf(a), name);
                }
            } else if (a == null) {
                changes.add(new Change(kind, name, Kind.REMOVED));
                if (kind.equals("ConfigMap")) {
                    removedConfigs.put(configOf(b), name);
                }
            } else if (!a.equals(b)) {
                changes.add(new Change(kind, name, Kind.CHANGED));
                if (kind.equals("Deployment") || kind.equals("StatefulSet")) {
                    JsonNode tb = b.path("spec").path("template");
                    JsonNode ta = a.path("spec").path("template");
                    if (!ta.equals(tb)) {
                        rolls.add(new Roll(key, reason(tb, ta)));
                    } else {
                        notes.add(key + " changed outside its pod template (" + changedPaths(b, a)
                                + "); no pod rolls");
                    }
                } else if (!kind.equals("ConfigMap")) {
                    notes.add(key + " changed; no pod rolls because of it");
                }
            }
        }
        removedConfigs.forEach((config, oldName) -> {
            String newName = addedConfigs.get(config);
            if (newName != null) {
                notes.add(0, "ConfigMap " + oldName + " → " + newName + " (content of config " + config + " changed)");
            }
        });
        Set<String> callsBefore = calls(before);
        Set<String> callsAfter = calls(after);
        List<String> added = new ArrayList<>(callsAfter);
        added.removeAll(callsBefore);
        List<String> removed = new ArrayList<>(callsBefore);
        removed.removeAll(callsAfter);
        return new RolloutDiff(before.isEmpty(), changes, rolls, notes, added, removed);
    }

    /**
     * The calls the NetworkPolicies let out of the app's workloads, read from the policies as rendered: {@code checkout →
     * catalog on 3550}, {@code checkout → namespace payments on 443}, one per target and port, sorted. Both renders are
     * compared the same way whether they come from objects or from files written before.
     */
    private static Set<String> calls(Map<String, JsonNode> trees) {
        Set<String> out = new TreeSet<>();
        trees.forEach((key, policy) -> {
            if (!key.startsWith("NetworkPolicy/")) {
                return;
            }
            String from = policy.path("spec").path("podSelector").path("matchLabels").path(NAME).asString("");
            if (from.isEmpty()) {
                return;
            }
            for (JsonNode rule : policy.path("spec").path("egress")) {
                for (JsonNode peer : rule.path("to")) {
                    String to = peer.path("podSelector").path("matchLabels").path(NAME).asString("");
                    String ns = peer.path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name").asString("");
                    String target = !to.isEmpty() && peer.path("namespaceSelector").isMissingNode() ? to
                            : !ns.isEmpty() && peer.path("podSelector").isMissingNode() ? "namespace " + ns : "";
                    if (target.isEmpty() || ns.equals("kube-system")) {
                        continue;
                    }
                    for (JsonNode port : rule.path("ports")) {
                        out.add(from + " → " + target + " on " + port.path("port").asString(""));
                    }
                }
            }
        });
        return out;
    }

    private static final String NAME = "app.kubernetes.io/name";

    private static String configOf(JsonNode configMap) {
        JsonNode label = configMap.path("metadata").path("labels").path("app.kubernetes.io/name");
        return label.isMissingNode() ? configMap.path("metadata").path("name").asString() : label.asString();
    }

    private static String reason(JsonNode before, JsonNode after) {
        List<String> reasons = new ArrayList<>();
        Set<String> cmBefore = configMapRefs(before);
        Set<String> cmAfter = configMapRefs(after);
        if (!cmBefore.equals(cmAfter)) {
            Set<String> added = new TreeSet<>(cmAfter);
            added.removeAll(cmBefore);
            Set<String> gone = new TreeSet<>(cmBefore);
            gone.removeAll(cmAfter);
            reasons.add("reads ConfigMap " + String.join(", ", added) + (gone.isEmpty() ? "" : " instead of " + String.join(", ", gone)));
        }
        JsonNode cb = before.path("spec").path("containers");
        JsonNode ca = after.path("spec").path("containers");
        for (int i = 0; i < Math.min(cb.size(), ca.size()); i++) {
            String ib = cb.get(i).path("image").asString();
            String ia = ca.get(i).path("image").asString();
            if (!ib.equals(ia)) {
                reasons.add("image " + ib + " → " + ia);
            }
            if (!cb.get(i).path("resources").equals(ca.get(i).path("resources"))) {
                reasons.add("resources changed");
            }
        }
        if (reasons.isEmpty()) {
            reasons.add("pod template changed (" + changedPaths(before, after) + ")");
        }
        return String.join("; ", reasons);
    }

    private static Set<String> configMapRefs(JsonNode template) {
        Set<String> names = new TreeSet<>();
        collect(template, names);
        return names;
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            JsonNode ref = node.get("configMapKeyRef");
            if (ref != null) {
                names.add(ref.path("name").asString());
            }
            JsonNode volume = node.get("configMap");
            if (volume != null && volume.has("name")) {
                names.add(volume.path("name").asString());
            }
            for (JsonNode child : node.values()) {
                collect(child, names);
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                collect(child, names);
            }
        }
    }

    /**
     * The fields of two objects that differ, sorted, one level deep where both sides are objects:
     * {@code metadata.labels, spec.replicas}.
     */
    private static String changedPaths(JsonNode before, JsonNode after) {
        Set<String> paths = new TreeSet<>();
        for (String field : fieldsThatDiffer(before, after)) {
            JsonNode b = before.path(field);
            JsonNode a = after.path(field);
            if (b.isObject() && a.isObject()) {
                fieldsThatDiffer(b, a).forEach(inner -> paths.add(field + "." + inner));
            } else {
                paths.add(field);
            }
        }
        return String.join(", ", paths);
    }

    private static Set<String> fieldsThatDiffer(JsonNode before, JsonNode after) {
        Set<String> fields = new TreeSet<>();
        before.propertyNames().forEach(f -> {
            if (!before.get(f).equals(after.get(f))) {
                fields.add(f);
            }
        });
        after.propertyNames().forEach(f -> {
            if (!before.has(f)) {
                fields.add(f);
            }
        });
        return fields;
    }

    /** Reads a directory {@code writeTo} wrote: every YAML file it owns but {@code kustomization.yaml}, keyed {@code Kind/name}. */
    static Map<String, JsonNode> read(Path dir) throws IOException {
        Map<String, JsonNode> objects = new LinkedHashMap<>();
        Path marker = dir.resolve(ManifestWriter.MARKER);
        if (!Files.isRegularFile(marker)) {
            return objects;
        }
        for (String file : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
            if (file.endsWith(".yaml") && !file.equals(ManifestWriter.KUSTOMIZATION) && !file.contains("/")
                    && Files.isRegularFile(dir.resolve(file))) {
                JsonNode node = Serialization.readTree(Files.readString(dir.resolve(file), StandardCharsets.UTF_8));
                objects.put(node.path("kind").asString() + "/" + node.path("metadata").path("name").asString(), node);
            }
        }
        return objects;
    }

    /** {@return every changed object, sorted by kind and name} */
    public List<Change> changes() {
        return changes;
    }

    /** {@return the workloads that will roll, and why} */
    public List<Roll> rolls() {
        return rolls;
    }

    /**
     * The calls between workloads (and to other namespaces) the NetworkPolicies let through now and did not before:
     * {@code checkout → catalog on 3550}. Empty on a first render.
     *
     * @return the added calls, sorted
     */
    public List<String> addedCalls() {
        return firstRender ? List.of() : addedCalls;
    }

    /**
     * The calls the NetworkPolicies let through before and no longer do.
     *
     * @return the removed calls, sorted
     */
    public List<String> removedCalls() {
        return firstRender ? List.of() : removedCalls;
    }

    /** {@return whether there was nothing to compare with (no previous render), so every object is new} */
    public boolean isFirstRender() {
        return firstRender;
    }

    /** {@return whether nothing changed} */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** {@return a readable report: config renames, rolling workloads, and changes that roll nothing} */
    public String describe() {
        if (changes.isEmpty()) {
            return "no changes since the previous render\n";
        }
        if (firstRender) {
            return "first render: " + changes.size() + (changes.size() == 1 ? " object" : " objects") + " added\n";
        }
        StringBuilder b = new StringBuilder();
        b.append(changes.size()).append(changes.size() == 1 ? " object" : " objects").append(" changed: ");
        long added = changes.stream().filter(c -> c.change() == Kind.ADDED).count();
        long removed = changes.stream().filter(c -> c.change() == Kind.REMOVED).count();
        b.append(added).append(" added, ").append(removed).append(" removed, ").append(changes.size() - added - removed)
                .append(" modified\n");
        for (String note : notes) {
            b.append("  ").append(note).append('\n');
        }
        if (rolls.isEmpty()) {
            b.append("  no workload rolls\n");
        }
        for (Roll r : rolls) {
            b.append("  ").append(r.workload()).append(" rolls: ").append(r.reason()).append('\n');
        }
        for (String c : addedCalls) {
            b.append("  call added: ").append(c).append('\n');
        }
        for (String c : removedCalls) {
            b.append("  call removed: ").append(c).append('\n');
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
