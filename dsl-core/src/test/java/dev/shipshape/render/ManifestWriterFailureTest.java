package dev.shipshape.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.internal.render.ManifestWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Injected failures never cost the previous output. */
class ManifestWriterFailureTest {

    @TempDir
    Path tmp;

    private Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }

    private String[] siblings() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void a_failure_in_the_middle_of_writing_leaves_the_previous_output_intact() throws IOException {
        Path out = tmp.resolve("manifests");
        RenderTest.sample().render().writeTo(out);
        Files.writeString(out.resolve("NOTES.md"), "mine");
        Map<String, String> before = snapshot(out);
        var changed = RenderTest.sample();
        changed.namespace("changed");
        Map<String, String> files = changed.render().files();
        for (int failAt = 0; failAt <= files.size() + 1; failAt++) {
            AtomicInteger written = new AtomicInteger();
            int limit = failAt;
            ManifestWriter.FileSink failing = (file, content) -> {
                if (written.getAndIncrement() == limit) {
                    throw new IOException("disk full (injected after " + limit + " files)");
                }
                ManifestWriter.FILES.write(file, content);
            };
            assertThatThrownBy(() -> ManifestWriter.write(out, files, failing)).isInstanceOf(IOException.class)
                    .hasMessageContaining("injected");
            assertThat(snapshot(out)).as("after failing at file %d", failAt).isEqualTo(before);
            assertThat(siblings()).containsExactly("manifests");
        }
        ManifestWriter.write(out, files, ManifestWriter.FILES);
        assertThat(snapshot(out)).containsEntry("NOTES.md", "mine").containsKey("namespace-changed.yaml")
                .doesNotContainKey("namespace-journal.yaml");
    }

    @Test
    void an_unwritable_location_is_an_io_exception_and_creates_nothing() {
        // /proc refuses new entries even to root, unlike a chmod-ed directory
        Path out = Path.of("/proc/shipshape-" + ProcessHandle.current().pid() + "/manifests");
        assertThatThrownBy(() -> RenderTest.sample().render().writeTo(out)).isInstanceOf(IOException.class);
        assertThat(out.getParent()).doesNotExist();
    }

    @Test
    void a_file_where_the_parent_directory_should_be_is_an_io_exception() throws IOException {
        Path blocker = Files.writeString(tmp.resolve("target"), "a file");
        assertThatThrownBy(() -> RenderTest.sample().render().writeTo(blocker.resolve("manifests")))
                .isInstanceOf(IOException.class);
        assertThat(Files.readString(blocker)).isEqualTo("a file");
    }

    @Test
    void the_marker_lists_exactly_the_files_written() throws IOException {
        Path out = tmp.resolve("manifests");
        var written = RenderTest.sample().render().writeTo(out);
        assertThat(Files.readAllLines(out.resolve(ManifestWriter.MARKER))).containsExactlyElementsOf(written);
    }
}
