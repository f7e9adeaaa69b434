package dev.shipshape.internal.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One writer of an output directory at a time: a lock in this process (threads) and an operating-system lock on a
 * file beside the directory (processes; released by the operating system when a process dies, so a crashed writer
 * never blocks the next). The lock file stays: deleting it would let two writers lock two different files. A writer
 * waits up to {@code -Dshipshape.lockTimeout} seconds (default 600), then fails naming the holder's process id. Not
 * API.
 */
final class DirectoryLock implements AutoCloseable {

    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final long POLL_MILLIS = 20;

    private final ReentrantLock threads;
    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(ReentrantLock threads, FileChannel channel, FileLock lock) {
        this.threads = threads;
        this.channel = channel;
        this.lock = lock;
    }

    static DirectoryLock acquire(Path file) throws IOException {
        Duration timeout = Duration.ofSeconds(Long.getLong("shipshape.lockTimeout", 600));
        long deadline = System.nanoTime() + timeout.toNanos();
        ReentrantLock threads = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        try {
            if (!threads.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new IOException("another thread of this process has been writing " + target(file)
                        + " for " + timeout.toSeconds() + " s; gave up waiting for its lock " + file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the lock " + file, e);
        }
        FileChannel channel = null;
        try {
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("the lock file " + file + " is not a regular file; remove it");
            }
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            while ((lock = channel.tryLock()) == null) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("another process (" + holder(channel) + ") has been writing " + target(file)
                            + " for " + timeout.toSeconds() + " s; gave up waiting for its lock " + file);
                }
                Thread.sleep(POLL_MILLIS);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            return new DirectoryLock(threads, channel, lock);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(channel);
            threads.unlock();
            throw new IOException("interrupted while waiting for the lock " + file, e);
        } catch (IOException | RuntimeException e) {
            close(channel);
            threads.unlock();
            throw e;
        }
    }

    private static String target(Path lockFile) {
        String name = lockFile.getFileName().toString();
        return lockFile.resolveSibling(name.substring(1, name.length() - ".lock".length())).toString();
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer b = ByteBuffer.allocate(32);
            channel.read(b, 0);
            String pid = new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII).trim();
            return pid.isEmpty() ? "process id unknown" : "process " + pid;
        } catch (IOException e) {
            return "process id unknown";
        }
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock goes with the channel
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            threads.unlock();
        }
    }
}
