package dev.shipshape.internal.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/** Copying and deleting directory trees without opening anything but regular files. Not API. */
final class FileTrees {

    private FileTrees() {
    }

    /**
     * Directories are made anew with their mode; symbolic links are copied as links; every other entry (a regular
     * file, a FIFO, a socket, a device) is hard-linked, so it is never opened — a FIFO would block a reader — and
     * nothing is copied twice. Where the file system has no hard links, regular files are copied, and anything else
     * is refused, naming it.
     */
    static void carry(Path source, Path dest) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                Files.createDirectory(dest.resolve(source.relativize(d).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                Path to = dest.resolve(source.relativize(f).toString());
                if (attrs.isSymbolicLink()) {
                    Files.copy(f, to, LinkOption.NOFOLLOW_LINKS);
                    return FileVisitResult.CONTINUE;
                }
                try {
                    Files.createLink(to, f);
                } catch (UnsupportedOperationException | FileSystemException e) {
                    if (!attrs.isRegularFile()) {
                        throw new IOException("cannot carry " + f + " over to the new output: it is not a regular file"
                                + " (a FIFO, socket or device), and " + e.getMessage() + "; move it out of the output"
                                + " directory", e);
                    }
                    Files.copy(f, to, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Path to = dest.resolve(source.relativize(d).toString());
                Optional<Set<PosixFilePermission>> mode = permissions(d);
                if (mode.isPresent()) {
                    Files.setPosixFilePermissions(to, mode.get());
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static Optional<Set<PosixFilePermission>> permissions(Path p) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        return view == null ? Optional.empty() : Optional.of(view.readAttributes().permissions());
    }

    /** Deletes a tree without following links or opening files; what cannot be deleted stays, for the next write. */
    static void deleteQuietly(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                    Files.delete(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // absent (already moved into place), or not deletable now: the next write, under the lock, tries again
        }
    }
}
