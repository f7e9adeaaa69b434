package dev.shipshape.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.internal.io.ManifestWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Injected failures never cost the previous output. */
class ManifestWriterFailureTest {

    @TempDir
    Path tmp;

    private static Map<String, String> snapshot(Path dir) throws IOException {
        return ManifestWriterCrashTest.snapshot(dir);
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
            assertThat(siblings()).containsExactly(".manifests.lock", "manifests");
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

    /** A mover that fails on the moves whose numbers (from 0) are given, and moves for real otherwise. */
    private static ManifestWriter.Mover failingOn(java.util.Set<Integer> failing, java.util.List<String> log) {
        AtomicInteger n = new AtomicInteger();
        return (from, to) -> {
            int i = n.getAndIncrement();
            log.add(from.getFileName() + " -> " + to.getFileName());
            if (failing.contains(i)) {
                throw new IOException("move " + i + " failed (injected)");
            }
            ManifestWriter.MOVES.move(from, to);
        };
    }

    @Test
    void a_first_write_is_one_move_and_a_failed_one_leaves_nothing_behind() throws IOException {
        Path out = tmp.resolve("manifests");
        Map<String, String> files = RenderTest.sample().render().files();
        java.util.List<String> log = new java.util.ArrayList<>();
        assertThatThrownBy(() -> ManifestWriter.write(out, files, ManifestWriter.FILES, failingOn(java.util.Set.of(0), log)))
                .isInstanceOf(IOException.class).hasMessage("move 0 failed (injected)");
        assertThat(log).singleElement().asString().startsWith(".manifests.tmp-").endsWith(" -> manifests");
        assertThat(siblings()).containsExactly(".manifests.lock");
        log.clear();
        ManifestWriter.write(out, files, ManifestWriter.FILES, failingOn(java.util.Set.of(), log));
        assertThat(log).hasSize(1);
        assertThat(siblings()).containsExactly(".manifests.lock", "manifests");
    }

    @Test
    void moving_the_old_output_aside_or_the_new_one_in_can_fail_and_the_old_output_stays() throws IOException {
        Path out = tmp.resolve("manifests");
        RenderTest.sample().render().writeTo(out);
        Map<String, String> before = snapshot(out);
        var changed = RenderTest.sample();
        changed.namespace("changed");
        Map<String, String> files = changed.render().files();

        // move 0: the old output aside to the backup
        java.util.List<String> log = new java.util.ArrayList<>();
        assertThatThrownBy(() -> ManifestWriter.write(out, files, ManifestWriter.FILES, failingOn(java.util.Set.of(0), log)))
                .isInstanceOf(IOException.class).hasMessage("move 0 failed (injected)");
        assertThat(log).hasSize(1);
        assertThat(log.get(0)).startsWith("manifests -> .manifests.old-");
        assertThat(snapshot(out)).isEqualTo(before);
        assertThat(siblings()).containsExactly(".manifests.lock", "manifests");

        // move 1: the new output into place; move 2 brings the old one back
        log.clear();
        assertThatThrownBy(() -> ManifestWriter.write(out, files, ManifestWriter.FILES, failingOn(java.util.Set.of(1), log)))
                .isInstanceOf(IOException.class).hasMessage("move 1 failed (injected)");
        assertThat(log).hasSize(3);
        assertThat(log.get(1)).startsWith(".manifests.tmp-").endsWith(" -> manifests");
        assertThat(log.get(2)).startsWith(".manifests.old-").endsWith(" -> manifests");
        assertThat(snapshot(out)).isEqualTo(before);
        assertThat(siblings()).containsExactly(".manifests.lock", "manifests");

        // the success path: three files moved around, two; the backup is gone
        log.clear();
        ManifestWriter.write(out, files, ManifestWriter.FILES, failingOn(java.util.Set.of(), log));
        assertThat(log).hasSize(2);
        assertThat(snapshot(out)).containsKey("namespace-changed.yaml");
        assertThat(siblings()).containsExactly(".manifests.lock", "manifests");
    }

    @Test
    void when_the_old_output_cannot_be_moved_back_the_error_says_where_it_is() throws IOException {
        Path out = tmp.resolve("manifests");
        RenderTest.sample().render().writeTo(out);
        Map<String, String> before = snapshot(out);
        Map<String, String> files = RenderTest.sample().render().files();
        java.util.List<String> log = new java.util.ArrayList<>();
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> ManifestWriter.write(out, files, ManifestWriter.FILES, failingOn(java.util.Set.of(1, 2), log)));
        String[] left = java.util.Arrays.stream(siblings()).filter(n -> !n.equals(".manifests.lock")).toArray(String[]::new);
        assertThat(left).singleElement().asString().startsWith(".manifests.old-");
        Path backup = tmp.resolve(left[0]);
        assertThat(e).hasMessage("could not move the new manifests into " + out + " (move 1 failed (injected)) nor the"
                + " previous ones back; the previous ones are in " + backup + " (the next writeTo puts them back)");
        assertThat(e.getCause()).hasMessage("move 1 failed (injected)");
        assertThat(e.getCause().getSuppressed()).singleElement().extracting(Throwable::getMessage)
                .isEqualTo("move 2 failed (injected)");
        assertThat(snapshot(backup)).isEqualTo(before);
    }

    @Test
    void the_file_system_root_is_refused() {
        assertThatThrownBy(() -> ManifestWriter.write(Path.of("/"), Map.of(), ManifestWriter.FILES))
                .isInstanceOf(IOException.class).hasMessage("cannot write manifests to the file system root");
    }
}
