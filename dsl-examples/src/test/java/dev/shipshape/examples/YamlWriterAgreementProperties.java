package dev.shipshape.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.internal.io.ManifestReader;
import dev.shipshape.internal.yaml.Compaction;
import dev.shipshape.internal.yaml.ModelWriter;
import dev.shipshape.internal.yaml.Serialization;
import dev.shipshape.render.Manifests;
import dev.shipshape.testing.TriesCap;
import dev.shipshape.testkit.ShipshapeArbitraries;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Rendering writes YAML with Shipshape's own writers instead of Jackson's databind (a fresh JVM then never starts
 * databind, and many apps in one JVM skip the generic emitter); databind is the oracle. For every object of
 * generated apps and of the journal, each writer alone (no fallback) — {@code BlockYaml}'s layout and
 * {@link ModelWriter} on the YAML generator — produces the bytes {@code YAMLMapper.writeValueAsString} produces; so
 * do they for arbitrary strings as keys, values and list items; for objects read from other people's YAML,
 * whatever the writers do not model falls back, and the result still equals databind's. Compacting an object (as a
 * large app's renderer does) changes none of it.
 */
class YamlWriterAgreementProperties {

    private static void agreesWithoutFallback(Manifests m) {
        List<HasMetadata> objects = m.objects();
        for (int i = 0; i < objects.size(); i++) {
            HasMetadata o = objects.get(i);
            String databind = Serialization.yaml().writeValueAsString(o);
            assertThat(Serialization.blockYaml(o)).as("%s/%s", o.getKind(), o.getMetadata().getName()).isEqualTo(databind);
            assertThat(Serialization.modelYaml(o)).as("%s/%s", o.getKind(), o.getMetadata().getName()).isEqualTo(databind);
            assertThat(m.documents().get(i)).isEqualTo(databind);
            assertThat(ModelWriter.tree(o)).as("the tree a diff compares").isEqualTo(Serialization.readTree(databind));
        }
    }

    @Provide
    Arbitrary<App> apps() {
        return ShipshapeArbitraries.apps().workers(0, 2).jobs(0, 1).cronJobs(0, 1).stores(0, 2).staticSites(0, 2);
    }

    @Property(tries = 300)
    void every_rendered_object_is_written_as_databind_writes_it(@ForAll("apps") App app) {
        agreesWithoutFallback(app.render());
    }

    /**
     * Compaction (what a large app does to every object it renders, so the empty collections fabric8's constructors
     * make die young) changes nothing that is written: for every object of generated apps, the YAML each writer writes,
     * databind's YAML and JSON, and the tree a diff compares are the same before and after; and a copy read back from
     * the compacted object is the uncompacted object again.
     */
    @Property(tries = 300)
    void compacting_a_rendered_object_changes_nothing_that_is_written(@ForAll("apps") App app) {
        for (HasMetadata o : app.render().objects()) {
            String yaml = Serialization.yaml().writeValueAsString(o);
            String json = Serialization.json().writeValueAsString(o);
            var tree = ModelWriter.tree(o);
            HasMetadata compacted = Serialization.json().convertValue(o, o.getClass());
            Compaction.compact(compacted);
            String what = o.getKind() + "/" + o.getMetadata().getName();
            assertThat(Serialization.yaml().writeValueAsString(compacted)).as(what).isEqualTo(yaml);
            assertThat(Serialization.blockYaml(compacted)).as(what).isEqualTo(yaml);
            assertThat(Serialization.modelYaml(compacted)).as(what).isEqualTo(yaml);
            assertThat(Serialization.json().writeValueAsString(compacted)).as(what).isEqualTo(json);
            assertThat(ModelWriter.tree(compacted)).as(what).isEqualTo(tree);
            assertThat(Serialization.json().convertValue(compacted, o.getClass())).as(what).isEqualTo(o);
            assertThat(compacted.getMetadata().getOwnerReferences()).as("an empty list is dropped").isNull();
            assertThat(compacted.getMetadata().getAdditionalProperties()).as("an empty any-map is dropped").isNull();
        }
    }

    @Provide
    Arbitrary<String> awkwardStrings() {
        return net.jqwik.api.Arbitraries.oneOf(
                net.jqwik.api.Arbitraries.strings().ofMaxLength(12),
                net.jqwik.api.Arbitraries.strings().withChars("ab -:#'\"\n\t.,/@!&*|>%?[]{}~01eExyYnN").ofMaxLength(8),
                net.jqwik.api.Arbitraries.strings().alpha().numeric().withChars("-._/").ofMinLength(1).ofMaxLength(120),
                net.jqwik.api.Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20),
                net.jqwik.api.Arbitraries.strings().alpha().numeric().withChars("-._/").ofMaxLength(20).map(x -> "/" + x),
                net.jqwik.api.Arbitraries.strings().withChars("ab \n\t:#-").ofMinLength(1).ofMaxLength(12).map(x -> x + "\nline"),
                net.jqwik.api.Arbitraries.of("true", "True", "yes", "No", "ON", "off", "y", "n", "null", "Null", "~", "NaN",
                        ".inf", "-.Inf", "Infinity", "1.0", "0x1F", "0o17", "1e3", "1_000", "500m", "8080", "-1", "+1",
                        "2024-01-01", "12:30", "- a", ": x", "a: b", "#c", "a #b", "a:b", "@x", "`x", "'q'", "\"q\"",
                        "a\nb", " lead", "trail ", "", " ", "*a", "&a", "!t", "%x", "|", ">", "[a]", "{a}", "a,b",
                        "é", "日本", "\u0000", "\u007f", "\u00a0", "\ud83d\ude00", "x".repeat(129)));
    }

    @Property(tries = 500)
    void arbitrary_strings_as_keys_values_and_list_items_are_written_as_databind_writes_them(
            @ForAll("awkwardStrings") String key, @ForAll("awkwardStrings") String value, @ForAll("awkwardStrings") String item) {
        io.fabric8.kubernetes.api.model.ConfigMap cm = new io.fabric8.kubernetes.api.model.ConfigMap();
        io.fabric8.kubernetes.api.model.ObjectMeta meta = new io.fabric8.kubernetes.api.model.ObjectMeta();
        meta.setName(value);
        meta.setLabels(new java.util.TreeMap<>(java.util.Map.of(key, value, "app", item)));
        meta.setFinalizers(new java.util.ArrayList<>(List.of(item, value)));
        cm.setMetadata(meta);
        cm.setData(java.util.Map.of(key, value));
        String databind = Serialization.yaml().writeValueAsString(cm);
        assertThat(Serialization.yaml(cm)).isEqualTo(databind);
        boolean laidOut = true;
        try {
            assertThat(Serialization.blockYaml(cm)).isEqualTo(databind);
        } catch (ModelWriter.Unsupported e) {
            laidOut = false; // a layout BlockYaml leaves to the generator (checked above through the fallback)
        }
        var blockYaml = net.jqwik.api.statistics.Statistics.label("written by BlockYaml").collect(laidOut);
        var lineBreaks = net.jqwik.api.statistics.Statistics.label("a value with a line break").collect(value.contains("\n"));
        if (!TriesCap.capped()) {
            blockYaml.coverage(c -> c.check(true).percentage(p -> p >= 45));
            lineBreaks.coverage(c -> c.check(true).percentage(p -> p >= 8));
        }
    }

    @Test
    void the_journal_variants_are_written_as_databind_writes_them() {
        for (JournalParameters p : RenderJournal.variants()) {
            agreesWithoutFallback(Journal.define(p).render());
        }
    }

    @Test
    void objects_read_from_other_people_s_yaml_are_written_as_databind_writes_them() {
        List<ManifestReader.Read> read = ManifestReader.read(List.of(
                Path.of("src/test/resources/third-party/kubernetes-examples"), Path.of("src/test/resources/snapshots")));
        assertThat(read).hasSizeGreaterThan(20);
        for (ManifestReader.Read r : read) {
            assertThat(Serialization.yaml(r.object())).as(r.file() + ":" + r.line())
                    .isEqualTo(Serialization.yaml().writeValueAsString(r.object()));
        }
    }
}
