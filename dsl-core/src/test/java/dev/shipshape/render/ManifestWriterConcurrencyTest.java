package dev.shipshape.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.testing.Tool;
import dev.shipshape.testing.TriesCap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers of one directory at once, threads and processes, take turns: the directory always ends as exactly one
 * app's output plus the user's files, never a mix; and a writer killed with SIGKILL at a random instant loses
 * nothing, because the next write recovers.
 */
class ManifestWriterConcurrencyTest {

    @TempDir
    Path tmp;

    private Map<String, String> appA;
    private Map<String, String> appB;

    @BeforeEach
    void expectedOutputs() throws IOException {
        appA = owned(write("a", tmp.resolve("expected-a")));
        appB = owned(write("b", tmp.resolve("expected-b")));
        assertThat(appA).isNotEqualTo(appB);
    }

    private static Path write(String namespace, Path dir) throws IOException {
        App app = RenderTest.sample();
        app.namespace(namespace);
        app.render().writeTo(dir);
        return dir;
    }

    /** The files of {@code dir} but the user's (which the tests name {@code user…}). */
    private static Map<String, String> owned(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>(ManifestWriterCrashTest.snapshot(dir));
        files.keySet().removeIf(f -> f.startsWith("user"));
        return files;
    }

    private void assertOneAppAndTheUsersFiles(Path out) throws IOException {
        assertThat(owned(out)).satisfiesAnyOf(f -> assertThat(f).isEqualTo(appA), f -> assertThat(f).isEqualTo(appB));
        assertThat(Files.readString(out.resolve("user-notes.md"))).isEqualTo("mine");
        assertThat(Files.readString(out.resolve("user/deep/page.md"))).isEqualTo("also mine");
        try (Stream<Path> s = Files.list(out.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".out")))
                    .containsExactly(".out.lock");
        }
    }

    private Path prepared() throws IOException {
        Path out = write("a", tmp.resolve("out"));
        Files.writeString(out.resolve("user-notes.md"), "mine");
        Files.createDirectories(out.resolve("user/deep"));
        Files.writeString(out.resolve("user/deep/page.md"), "also mine");
        return out;
    }

    /**
     * Twenty rounds; five under the mutation profile's capped tries, where this test reruns for every mutant that
     * survives in the code it covers (rendering validates, so that is every rule) and twenty rounds took 2 s each time.
     */
    @Test
    void two_threads_writing_one_directory_take_turns() throws Exception {
        Path out = prepared();
        App a = RenderTest.sample();
        a.namespace("a");
        App b = RenderTest.sample();
        b.namespace("b");
        Manifests ma = a.render();
        Manifests mb = b.render();
        int rounds = TriesCap.capped() ? 5 : 20;
        for (int round = 0; round < rounds; round++) {
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> writeAfter(start, ma, out));
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> writeAfter(start, mb, out));
            start.countDown();
            CompletableFuture.allOf(first, second).get(60, TimeUnit.SECONDS);
            assertOneAppAndTheUsersFiles(out);
        }
    }

    private static void writeAfter(CountDownLatch start, Manifests m, Path out) {
        try {
            start.await();
            for (int i = 0; i < 3; i++) {
                m.writeTo(out);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assumeChildProcesses() {
        Assumptions.assumeFalse(Tool.SKIP.equals(System.getProperty(Tool.OUT_OF_PROCESS)),
                "child JVMs run outside this JVM (" + Tool.OUT_OF_PROCESS + "=" + Tool.SKIP + ")");
    }

    private static Process child(Path out, String namespace, int rounds) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp",
                System.getProperty("java.class.path"), WriterChild.class.getName(), out.toString(), namespace,
                Integer.toString(rounds)).redirectErrorStream(true).start();
    }

    private static String output(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void two_processes_writing_one_directory_take_turns() throws Exception {
        assumeChildProcesses();
        Path out = prepared();
        for (int round = 0; round < 3; round++) {
            Process a = child(out, "a", 8);
            Process b = child(out, "b", 8);
            String outputA = output(a);
            String outputB = output(b);
            assertThat(a.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(b.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(a.exitValue()).as(outputA).isZero();
            assertThat(b.exitValue()).as(outputB).isZero();
            assertOneAppAndTheUsersFiles(out);
        }
    }

    @Test
    void a_writer_killed_at_a_random_instant_loses_nothing() throws Exception {
        assumeChildProcesses();
        Path out = prepared();
        Random random = new Random(28);
        List<Integer> delays = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            Process p = child(out, round % 2 == 0 ? "b" : "a", 0);
            // wait for its first complete write (the JVM's start-up varies), then kill it somewhere in a later one
            BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertThat(lines.readLine()).isEqualTo("wrote");
            int delay = random.nextInt(400);
            delays.add(delay);
            Thread.sleep(delay);
            p.destroyForcibly(); // SIGKILL on POSIX
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

            // whatever instant it died at: the directory, or its backup, holds one app and the user's files
            write("a", out);
            assertOneAppAndTheUsersFiles(out);
        }
        assertThat(delays).hasSize(6);
    }
}
