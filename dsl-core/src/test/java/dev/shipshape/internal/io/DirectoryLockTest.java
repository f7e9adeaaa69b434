package dev.shipshape.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writers' lock: one holder at a time, a bounded wait, the holder's process id in the file. */
class DirectoryLockTest {

    @TempDir
    Path tmp;

    @Test
    void a_second_holder_waits_and_gives_up_after_the_timeout_naming_the_directory() throws Exception {
        Path file = tmp.resolve(".out.lock");
        String before = System.getProperty("shipshape.lockTimeout");
        System.setProperty("shipshape.lockTimeout", "1");
        try (DirectoryLock held = DirectoryLock.acquire(file)) {
            assertThat(Files.readString(file).trim()).isEqualTo(Long.toString(ProcessHandle.current().pid()));
            long start = System.nanoTime();
            CompletableFuture<Object> other = CompletableFuture.supplyAsync(() -> {
                try (DirectoryLock second = DirectoryLock.acquire(file)) {
                    return "acquired";
                } catch (IOException e) {
                    return e;
                }
            });
            assertThat(other.get(30, TimeUnit.SECONDS)).isInstanceOfSatisfying(IOException.class, e -> assertThat(e)
                    .hasMessage("another thread of this process has been writing " + tmp.resolve("out") + " for 1 s;"
                            + " gave up waiting for its lock " + file));
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(900));
        } finally {
            if (before == null) {
                System.clearProperty("shipshape.lockTimeout");
            } else {
                System.setProperty("shipshape.lockTimeout", before);
            }
        }
        // released: the next one gets it at once
        try (DirectoryLock again = DirectoryLock.acquire(file)) {
            assertThat(file).exists();
        }
    }

    @Test
    void a_lock_path_that_is_not_a_regular_file_is_refused() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(".out.lock"));
        assertThatThrownBy(() -> DirectoryLock.acquire(dir)).isInstanceOf(IOException.class)
                .hasMessage("the lock file " + dir + " is not a regular file; remove it");
        // and the in-process lock was given back: a thread can still take a lock of the same path once it is a file
        Files.delete(dir);
        CompletableFuture<Boolean> otherThread = CompletableFuture.supplyAsync(() -> {
            try (DirectoryLock ok = DirectoryLock.acquire(dir)) {
                return Files.isRegularFile(dir);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(otherThread.get(20, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void a_lock_another_process_holds_is_waited_for_and_the_failure_names_that_process() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(dev.shipshape.testing.Tool.SKIP.equals(
                System.getProperty(dev.shipshape.testing.Tool.OUT_OF_PROCESS)), "a child JVM runs outside this JVM");
        Path file = tmp.resolve(".out.lock");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), LockHolderChild.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String before = System.getProperty("shipshape.lockTimeout");
        try {
            var lines = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
            assertThat(lines.readLine()).isEqualTo("locked");
            System.setProperty("shipshape.lockTimeout", "1");
            assertThatThrownBy(() -> DirectoryLock.acquire(file)).isInstanceOf(IOException.class)
                    .hasMessage("another process (process " + holder.pid() + ") has been writing " + tmp.resolve("out")
                            + " for 1 s; gave up waiting for its lock " + file);
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
            if (before == null) {
                System.clearProperty("shipshape.lockTimeout");
            } else {
                System.setProperty("shipshape.lockTimeout", before);
            }
        }
        // the operating system released the dead holder's lock
        try (DirectoryLock mine = DirectoryLock.acquire(file)) {
            assertThat(Files.readString(file).trim()).isEqualTo(Long.toString(ProcessHandle.current().pid()));
        }
    }

    @Test
    void a_writer_interrupted_while_it_waits_stops_waiting_and_keeps_its_interrupt() throws Exception {
        Path file = tmp.resolve(".out.lock");
        try (DirectoryLock held = DirectoryLock.acquire(file)) {
            java.util.concurrent.CompletableFuture<String> waiting = new java.util.concurrent.CompletableFuture<>();
            Thread t = new Thread(() -> {
                try (DirectoryLock second = DirectoryLock.acquire(file)) {
                    waiting.complete("acquired");
                } catch (IOException e) {
                    waiting.complete(e.getMessage() + " | interrupted flag " + Thread.currentThread().isInterrupted());
                }
            });
            t.start();
            Thread.sleep(200);
            t.interrupt();
            assertThat(waiting.get(20, TimeUnit.SECONDS))
                    .isEqualTo("interrupted while waiting for the lock " + file + " | interrupted flag true");
        }
    }
}
