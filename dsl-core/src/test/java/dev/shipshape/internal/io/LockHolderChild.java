package dev.shipshape.internal.io;

import java.nio.file.Path;

/** A child process for {@link DirectoryLockTest}: takes the lock given, says {@code locked}, and holds it 60 s. */
public final class LockHolderChild {

    private LockHolderChild() {
    }

    public static void main(String[] args) throws Exception {
        try (DirectoryLock lock = DirectoryLock.acquire(Path.of(args[0]))) {
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
