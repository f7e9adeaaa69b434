package dev.shipshape.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.internal.io.ManifestWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write stopped at any step (as a crash would stop it: an {@link Error} from the seams, which the writer does not
 * clean up after) loses nothing: the output directory is there with the previous or the new output, or — stopped
 * between the two renames — the previous output waits in one backup; the next write puts it back, writes, and
 * leaves no sibling but the lock file. The user's files survive every case.
 */
class ManifestWriterCrashTest {

    @TempDir
    Path tmp;

    /** Stands for the process dying: not an IOException or RuntimeException, so no clean-up runs. */
    static final class Crash extends Error {
        Crash(String where) {
            super("crash at " + where);
        }
    }

    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private List<String> siblings(String infix) throws IOException {
        return siblings().stream().filter(n -> n.startsWith(".manifests" + infix)).toList();
    }

    private static final List<String> STEPS = List.of("lock", "recover", "check", "temporary directory", "carry over",
            "swap", "delete backup");

    @Test
    void a_crash_at_any_step_loses_nothing_and_the_next_write_recovers() throws IOException {
        Path out = tmp.resolve("manifests");
        Map<String, String> oldFiles = RenderTest.sample().render().files();
        var changed = RenderTest.sample();
        changed.namespace("changed");
        Map<String, String> newFiles = changed.render().files();

        // every step of the hook, every file the sink writes, each of the two renames
        List<String> crashPoints = new ArrayList<>();
        STEPS.forEach(s -> crashPoints.add("step " + s));
        // the files are written one after the other, the same way: the first two, one in the middle, the last
        // manifest, the kustomization and the marker
        int files = newFiles.size() + 2;
        for (int i : new java.util.TreeSet<>(List.of(0, 1, files / 2, files - 3, files - 2, files - 1))) {
            crashPoints.add("file " + i);
        }
        crashPoints.add("move 0");
        crashPoints.add("move 1");
        int crashes = 0;
        for (String point : crashPoints) {
            deleteTree(tmp);
            Files.createDirectories(tmp);
            ManifestWriter.write(out, oldFiles, ManifestWriter.FILES);
            Files.writeString(out.resolve("NOTES.md"), "mine");
            Files.createDirectories(out.resolve("docs/deep"));
            Files.writeString(out.resolve("docs/deep/page.md"), "also mine");
            Map<String, String> before = snapshot(out);

            AtomicInteger written = new AtomicInteger();
            AtomicInteger moves = new AtomicInteger();
            ManifestWriter.FileSink sink = (file, content) -> {
                if (point.equals("file " + written.getAndIncrement())) {
                    throw new Crash(point);
                }
                ManifestWriter.FILES.write(file, content);
            };
            ManifestWriter.Mover mover = (from, to) -> {
                if (point.equals("move " + moves.getAndIncrement())) {
                    throw new Crash(point);
                }
                ManifestWriter.MOVES.move(from, to);
            };
            ManifestWriter.Steps steps = step -> {
                if (point.equals("step " + step)) {
                    throw new Crash(point);
                }
            };
            try {
                ManifestWriter.write(out, newFiles, sink, mover, steps);
            } catch (Crash expected) {
                crashes++;
            }

            // the instant after the crash: the previous output, the new one, or the previous one in one backup
            if (Files.isDirectory(out)) {
                Map<String, String> now = snapshot(out);
                assertThat(now).as("after a crash at %s", point).satisfiesAnyOf(
                        s -> assertThat(s).isEqualTo(before),
                        s -> assertThat(s).containsEntry("NOTES.md", "mine").containsEntry("docs/deep/page.md", "also mine")
                                .containsKey("namespace-changed.yaml").doesNotContainKey("namespace-journal.yaml"));
            } else {
                assertThat(point).as("the directory is absent only between the renames").isEqualTo("move 1");
                assertThat(siblings(".old-")).singleElement();
                assertThat(snapshot(tmp.resolve(siblings(".old-").get(0)))).isEqualTo(before);
                // a diff in the meantime reads the backup: nothing changed since the previous output
                RolloutDiff diff = RenderTest.sample().render().diff(out);
                assertThat(diff.changes()).as("diff against the backup").isEmpty();
            }

            // the next write puts things right
            ManifestWriter.write(out, newFiles, ManifestWriter.FILES);
            assertThat(snapshot(out)).as("after recovering from a crash at %s", point)
                    .containsEntry("NOTES.md", "mine").containsEntry("docs/deep/page.md", "also mine")
                    .containsKey("namespace-changed.yaml").doesNotContainKey("namespace-journal.yaml");
            assertThat(siblings()).as("siblings after recovering from a crash at %s", point)
                    .containsExactly(".manifests.lock", "manifests");
        }
        assertThat(crashes).as("every crash point was reached").isEqualTo(crashPoints.size());
    }

    @Test
    void a_backup_with_no_directory_is_put_back_before_anything_else() throws IOException {
        Path out = tmp.resolve("manifests");
        RenderTest.sample().render().writeTo(out);
        Files.writeString(out.resolve("NOTES.md"), "mine");
        Map<String, String> before = snapshot(out);
        // what a kill -9 between the renames of an earlier write leaves, with an older stale backup and a temporary
        Path backup = tmp.resolve(".manifests.old-123");
        Files.move(out, backup);
        Path older = Files.createDirectories(tmp.resolve(".manifests.old-1"));
        Files.writeString(older.resolve("NOTES.md"), "an older version");
        Files.setLastModifiedTime(older, java.nio.file.attribute.FileTime.fromMillis(0));
        Files.createDirectories(tmp.resolve(".manifests.tmp-77"));
        Files.writeString(tmp.resolve(".manifests.tmp-77/partial.yaml"), "half");

        assertThat(RenderTest.sample().render().diff(out).changes()).isEmpty();
        RenderTest.sample().render().writeTo(out);

        assertThat(snapshot(out)).isEqualTo(before);
        assertThat(siblings()).containsExactly(".manifests.lock", "manifests");
    }

    @Test
    void stale_siblings_of_crashed_writes_are_deleted_by_the_next_write() throws IOException {
        Path out = tmp.resolve("manifests");
        RenderTest.sample().render().writeTo(out);
        for (String stale : List.of(".manifests.tmp-1", ".manifests.tmp-2", ".manifests.old-3")) {
            Files.createDirectories(tmp.resolve(stale).resolve("sub"));
            Files.writeString(tmp.resolve(stale).resolve("sub/file.yaml"), "x");
        }
        // not ours: other names are left alone
        Files.createDirectories(tmp.resolve(".manifests-notes"));
        Files.createDirectories(tmp.resolve(".other.tmp-1"));
        RenderTest.sample().render().writeTo(out);
        assertThat(siblings()).containsExactly(".manifests-notes", ".manifests.lock", ".other.tmp-1", "manifests");
    }

    @Test
    void a_failed_move_back_names_the_backup_and_the_next_write_restores_it() throws IOException {
        Path out = tmp.resolve("manifests");
        RenderTest.sample().render().writeTo(out);
        Files.writeString(out.resolve("NOTES.md"), "mine");
        Map<String, String> before = snapshot(out);
        AtomicInteger moves = new AtomicInteger();
        ManifestWriter.Mover failing = (from, to) -> {
            int i = moves.getAndIncrement();
            if (i == 1 || i == 2) {
                throw new IOException("move " + i + " failed (injected)");
            }
            ManifestWriter.MOVES.move(from, to);
        };
        assertThatThrownBy(() -> ManifestWriter.write(out, RenderTest.sample().render().files(), ManifestWriter.FILES,
                failing)).isInstanceOf(IOException.class).hasMessageContaining("the next writeTo puts them back");
        assertThat(out).doesNotExist();
        RenderTest.sample().render().writeTo(out);
        assertThat(snapshot(out)).isEqualTo(before);
        assertThat(siblings()).containsExactly(".manifests.lock", "manifests");
    }

    @Test
    void the_steps_are_the_documented_ones_in_order() throws IOException {
        Path out = tmp.resolve("manifests");
        List<String> seen = new ArrayList<>();
        ManifestWriter.write(out, RenderTest.sample().render().files(), ManifestWriter.FILES, ManifestWriter.MOVES,
                seen::add);
        assertThat(seen).containsExactly("lock", "recover", "check", "temporary directory", "swap");
        seen.clear();
        ManifestWriter.write(out, RenderTest.sample().render().files(), ManifestWriter.FILES, ManifestWriter.MOVES,
                seen::add);
        assertThat(seen).containsExactlyElementsOf(STEPS);
        assertThat(Set.copyOf(seen)).hasSize(STEPS.size());
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void the_previous_output_is_the_directory_or_else_the_newest_backup() throws IOException {
        Path out = tmp.resolve("manifests");
        assertThat(ManifestWriter.previousOutput(out)).isEmpty();
        assertThat(ManifestWriter.previousOutput(tmp.resolve("no/such/parent/manifests"))).isEmpty();
        Files.createDirectories(out);
        assertThat(ManifestWriter.previousOutput(out)).contains(out);
        Files.delete(out);
        Files.writeString(out, "a file");
        assertThat(ManifestWriter.previousOutput(out)).isEmpty();
        Files.delete(out);
        Path b = Files.createDirectories(tmp.resolve(".manifests.old-b"));
        Path a = Files.createDirectories(tmp.resolve(".manifests.old-a"));
        Files.setLastModifiedTime(b, java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(a, java.nio.file.attribute.FileTime.fromMillis(2_000_000));
        Files.writeString(tmp.resolve(".manifests.old-c"), "a file, not a backup");
        Files.createDirectories(tmp.resolve(".other.old-z"));
        assertThat(ManifestWriter.previousOutput(out)).contains(a);
        Files.setLastModifiedTime(b, java.nio.file.attribute.FileTime.fromMillis(3_000_000));
        assertThat(ManifestWriter.previousOutput(out)).contains(b);
        // equal times: the first in name order
        Files.setLastModifiedTime(a, java.nio.file.attribute.FileTime.fromMillis(3_000_000));
        assertThat(ManifestWriter.previousOutput(out)).contains(a);
    }
}
