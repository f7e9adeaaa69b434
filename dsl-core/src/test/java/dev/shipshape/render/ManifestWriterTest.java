package dev.shipshape.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.dsl.App;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestWriterTest {

    @TempDir
    Path tmp;

    @Test
    void writes_one_file_per_object_a_kustomization_and_the_topology_in_render_order() throws IOException {
        Manifests m = RenderTest.sample().render();
        Path out = tmp.resolve("manifests");
        List<String> written = m.writeTo(out);
        assertThat(written).hasSize(m.size() + 2).startsWith("namespace-journal.yaml").endsWith("kustomization.yaml", "topology.md");
        assertThat(Files.readString(out.resolve("topology.md"))).isEqualTo(m.topology().markdown());
        assertThat(Files.readString(out.resolve("namespace-journal.yaml"))).isEqualTo(m.documents().get(0));
        String k = Files.readString(out.resolve("kustomization.yaml"));
        assertThat(k).startsWith("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- namespace-journal.yaml\n");
        assertThat(siblings()).containsExactly(".manifests.lock", "manifests");
    }

    @Test
    void rewriting_replaces_its_own_files_removes_stale_ones_and_keeps_the_users() throws IOException {
        Path out = tmp.resolve("manifests");
        RenderTest.sample().render().writeTo(out);
        Files.writeString(out.resolve("README.txt"), "mine");
        Files.createDirectories(out.resolve("notes")).resolve("a.txt").toFile().createNewFile();
        App smaller = RenderTest.sample();
        smaller.namespace("other");
        smaller.render().writeTo(out);
        assertThat(out.resolve("namespace-journal.yaml")).doesNotExist();
        assertThat(out.resolve("namespace-other.yaml")).exists();
        assertThat(Files.readString(out.resolve("README.txt"))).isEqualTo("mine");
        assertThat(out.resolve("notes/a.txt")).exists();
        assertThat(siblings()).containsExactly(".manifests.lock", "manifests");
    }

    @Test
    void refuses_to_overwrite_a_file_it_did_not_write_and_leaves_everything_as_it_was() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("manifests"));
        Files.writeString(out.resolve("kustomization.yaml"), "hand-written");
        assertThatThrownBy(() -> RenderTest.sample().render().writeTo(out)).isInstanceOf(IOException.class)
                .hasMessageContaining("did not write it");
        assertThat(Files.readString(out.resolve("kustomization.yaml"))).isEqualTo("hand-written");
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s).hasSize(1);
        }
        assertThat(siblings()).containsExactly(".manifests.lock", "manifests");
    }

    @Test
    void a_file_where_the_directory_should_be_is_an_io_exception() throws IOException {
        Path out = Files.writeString(tmp.resolve("manifests"), "a file");
        assertThatThrownBy(() -> RenderTest.sample().render().writeTo(out)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a directory");
        assertThat(Files.readString(out)).isEqualTo("a file");
    }

    @Test
    void two_objects_of_one_kind_and_name_are_refused_rather_than_one_lost() {
        App app = RenderTest.sample();
        app.externalSecret("x");
        app.developmentSecret("dup", java.util.Map.of("k", "v"));
        app.developmentSecret("dup", java.util.Map.of("k", "w"));
        app.policy(dev.shipshape.validation.Policy.defaults().off("name.duplicate", "test").off("secret.development-data", "test"));
        Manifests m = app.render();
        assertThatThrownBy(() -> m.writeTo(tmp.resolve("out"))).isInstanceOf(IOException.class)
                .hasMessageContaining("two Secret objects are named 'dup'");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
