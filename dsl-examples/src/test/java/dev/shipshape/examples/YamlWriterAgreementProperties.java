package dev.shipshape.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.internal.render.ManifestReader;
import dev.shipshape.internal.render.ModelWriter;
import dev.shipshape.internal.render.Serialization;
import dev.shipshape.render.Manifests;
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
 * Rendering writes YAML with Shipshape's own {@link ModelWriter} instead of Jackson's databind (a fresh JVM then
 * never starts databind); databind is the oracle. For every object of generated apps and of the journal, the
 * writer alone (no fallback) produces the bytes {@code YAMLMapper.writeValueAsString} produces; for objects read
 * from other people's YAML, whatever the writer does not model falls back, and the result still equals databind's.
 */
class YamlWriterAgreementProperties {

    private static void agreesWithoutFallback(Manifests m) {
        List<HasMetadata> objects = m.objects();
        for (int i = 0; i < objects.size(); i++) {
            HasMetadata o = objects.get(i);
            String databind = Serialization.yaml().writeValueAsString(o);
            assertThat(Serialization.modelYaml(o)).as("%s/%s", o.getKind(), o.getMetadata().getName()).isEqualTo(databind);
            assertThat(m.documents().get(i)).isEqualTo(databind);
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
