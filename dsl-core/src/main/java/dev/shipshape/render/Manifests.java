package dev.shipshape.render;

import dev.shipshape.internal.check.Checked;
import dev.shipshape.internal.io.ManifestWriter;
import dev.shipshape.internal.lang.Args;
import dev.shipshape.internal.lang.Handoff;
import dev.shipshape.internal.render.Explanations;
import dev.shipshape.internal.yaml.Serialization;
import dev.shipshape.model.AppSpec;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.validation.Severity;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rendered application: Kubernetes objects in a fixed order, as YAML, JSON or a directory that
 * {@code kubectl apply -k} accepts. Immutable: nothing the caller holds or does changes what it writes.
 *
 * <pre>{@code
 * Manifests m = app.render();
 * String yaml = m.toYaml();                       // one multi-document YAML string
 * m.writeTo(Path.of("target/manifests"));         // one file per object + kustomization.yaml
 * m.warnings().forEach(System.out::println);      // what validation warned about
 * }</pre>
 */
public final class Manifests {

    /** The diagram file {@link #writeTo(Path)} writes next to the manifests. */
    public static final String TOPOLOGY_FILE = "topology.md";

    static {
        Handoff.offer(Manifests.class, Manifests::new);
    }

    private final AppSpec app;
    private final List<HasMetadata> objects;
    private final List<Violation> warnings;
    /** The YAML documents, written on first use by {@link #documents()}, {@link #writeTo} or a diff; {@link #toYaml()} streams instead. */
    private volatile List<String> documents;

    private Manifests(Checked checked) {
        this.app = checked.app();
        this.objects = List.copyOf(checked.objects());
        this.warnings = checked.violations().stream().filter(v -> v.severity() == Severity.WARNING).toList();
    }

    /** {@return fresh copies of the rendered objects, in render order; changing them changes nothing here} */
    public List<HasMetadata> objects() {
        List<HasMetadata> copies = new ArrayList<>(objects.size());
        for (HasMetadata o : objects) {
            copies.add(Serialization.json().convertValue(o, o.getClass()));
        }
        return copies;
    }

    /** {@return the number of objects} */
    public int size() {
        return objects.size();
    }

    /**
     * How many objects of each kind, in render order: {@code {Namespace=1, ConfigMap=1, …}}.
     *
     * @return kind → count, in render order
     */
    public Map<String, Integer> countByKind() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (HasMetadata o : objects) {
            counts.merge(o.getKind(), 1, Integer::sum);
        }
        return counts;
    }

    /** {@return each object as its own YAML document (without {@code ---}), in render order} */
    public List<String> documents() {
        List<String> docs = documents;
        if (docs == null) {
            List<String> written = new ArrayList<>(objects.size());
            for (HasMetadata o : objects) {
                written.add(Serialization.yaml(o));
            }
            docs = List.copyOf(written);
            documents = docs;
        }
        return docs;
    }

    /**
     * All objects as one multi-document YAML string, documents separated by {@code ---}.
     *
     * @return the string
     */
    public String toYaml() {
        List<String> docs = documents;
        StringBuilder out = new StringBuilder(docs == null ? 1024 * objects.size() : docs.stream().mapToInt(d -> d.length() + 4).sum());
        for (int i = 0; i < objects.size(); i++) {
            out.append("---\n");
            if (docs == null) {
                Serialization.appendYaml(objects.get(i), out); // streamed: no document is kept
            } else {
                out.append(docs.get(i));
            }
        }
        return out.toString();
    }

    /**
     * All objects as one JSON {@code v1/List}, which {@code kubectl apply -f} accepts.
     *
     * @return the string
     */
    public String toJson() {
        ObjectNode list = Serialization.json().createObjectNode();
        list.put("apiVersion", "v1");
        list.put("kind", "List");
        ArrayNode items = list.putArray("items");
        for (HasMetadata o : objects) {
            items.add(Serialization.json().valueToTree(o));
        }
        return Serialization.json().writeValueAsString(list) + "\n";
    }

    /** {@return the warnings validation found (errors stop rendering, so there are none here), sorted by path} */
    public List<Violation> warnings() {
        return warnings;
    }

    /**
     * Writes one YAML file per object plus {@code kustomization.yaml} and the diagram {@value #TOPOLOGY_FILE} to
     * {@code dir}, safely:
     * <ul>
     * <li>the files are written to a temporary sibling ({@code .<dir>.tmp-*}) and swapped in with two renames, so a
     * failure leaves the previous output intact; a process killed between the renames leaves the previous output in
     * {@code .<dir>.old-*}, which the next {@code writeTo} (and {@link #diff(Path)}) finds and puts back; the next
     * {@code writeTo} also deletes what earlier crashed writes left beside {@code dir};</li>
     * <li>one writer at a time: threads and processes writing {@code dir} take turns on the lock file
     * {@code .<dir>.lock} beside it (waiting up to {@code -Dshipshape.lockTimeout} seconds, default 600);</li>
     * <li>files in {@code dir} that Shipshape did not write are kept: directories re-made with their mode, symbolic
     * links as links, everything else hard-linked — never opened, so a FIFO cannot block the write;</li>
     * <li>{@code dir} keeps its mode; a read-only {@code dir} is refused; a symbolic link to a directory is written
     * through (the link stays, the directory it names is replaced).</li>
     * </ul>
     *
     * <pre>{@code
     * List<String> files = app.render().writeTo(Path.of("target/manifests"));
     * }</pre>
     *
     * @param dir the directory
     * @return the files written, relative to {@code dir}
     * @throws IOException if the directory cannot be written, is read-only, is a dangling link, or holds a file
     *         Shipshape would overwrite but did not write
     */
    public List<String> writeTo(Path dir) throws IOException {
        Args.notNull(dir, "directory");
        Map<String, String> files = files();
        files.put(TOPOLOGY_FILE, topology().markdown());
        return ManifestWriter.write(dir, files, ManifestWriter.FILES);
    }

    /**
     * {@return the application as a graph, for a Mermaid ({@code topology().mermaid()}) or DOT ({@code topology().dot()}) diagram}
     */
    public Topology topology() {
        return Topology.of(app);
    }

    /**
     * One sentence per autoscaled workload saying when it scales: <i>frontend scales between 2 and 10 replicas:
     * out when average cpu per pod stays above 400m (80% of its 500m request; …)</i>.
     *
     * @return the list
     */
    public List<String> autoscalingExplanations() {
        List<String> out = new ArrayList<>();
        for (WorkloadSpec w : app.workloads()) {
            w.autoscaling().ifPresent(a -> out.add(Explanations.autoscaling(w, a)));
        }
        return out;
    }

    /**
     * What changed since {@code previous} and which workloads roll because of it.
     *
     * @param previous the manifests to compare with
     * @return the rollout diff
     */
    public RolloutDiff diff(Manifests previous) {
        return RolloutDiff.between(Args.notNull(previous, "previous manifests").trees(), trees());
    }

    /**
     * What changed since the manifests a previous {@code writeTo(dir)} left in {@code dir}; everything is new when
     * {@code dir} holds none.
     *
     * @param dir the directory
     * @return the rollout diff
     * @throws IOException if the previous files cannot be read
     */
    public RolloutDiff diff(Path dir) throws IOException {
        Optional<Path> previous = ManifestWriter.previousOutput(Args.notNull(dir, "directory"));
        return RolloutDiff.between(previous.isPresent() ? RolloutDiff.read(previous.get()) : Map.of(), trees());
    }

    private Map<String, tools.jackson.databind.JsonNode> trees() {
        Map<String, tools.jackson.databind.JsonNode> trees = new LinkedHashMap<>();
        for (HasMetadata o : objects) {
            trees.put(o.getKind() + "/" + o.getMetadata().getName(), Serialization.tree(o));
        }
        return trees;
    }

    /**
     * File name ({@code <kind>-<name>.yaml}) → YAML document, in render order.
     *
     * @throws IOException if two objects would share a file (possible only when {@code name.duplicate} is waived)
     */
    Map<String, String> files() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < objects.size(); i++) {
            HasMetadata o = objects.get(i);
            String file = o.getKind().toLowerCase(Locale.ROOT) + "-" + o.getMetadata().getName() + ".yaml";
            if (files.putIfAbsent(file, documents().get(i)) != null) {
                throw new IOException("two " + o.getKind() + " objects are named '" + o.getMetadata().getName()
                        + "', so one would overwrite the other in " + file + "; rename one (rule name.duplicate reports it)");
            }
        }
        return files;
    }

    @Override
    public String toString() {
        return "Manifests" + countByKind() + ", " + warnings.size() + " warning(s)";
    }
}
