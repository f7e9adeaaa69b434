package dev.shipshape.internal.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a manifest directory atomically: everything goes to a temporary sibling, files the user put in the
 * old directory are carried over, and only then is the new directory swapped in. The marker file
 * {@value #MARKER} records which files Shipshape owns, so the next write replaces those and nothing else.
 */
public final class ManifestWriter {

    /** Lists the files Shipshape wrote, one per line. */
    public static final String MARKER = ".shipshape-owned";
    /** The kustomization file written next to the manifests. */
    public static final String KUSTOMIZATION = "kustomization.yaml";

    private ManifestWriter() {
    }

    /** Writes one file; tests substitute one that fails part-way. */
    @FunctionalInterface
    public interface FileSink {
        void write(Path file, String content) throws IOException;
    }

    /** The real file system. */
    public static final FileSink FILES = (file, content) -> Files.writeString(file, content, StandardCharsets.UTF_8);

    /** Moves a directory (atomically where the file system can); tests substitute one that fails. */
    @FunctionalInterface
    public interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    /** The real file system: an atomic rename, or a plain move where the file system cannot rename atomically. */
    public static final Mover MOVES = ManifestWriter::move;

    /** As {@link #write(Path, Map, FileSink, Mover)}, moving with {@link #MOVES}. */
    public static List<String> write(Path dir, Map<String, String> files, FileSink sink) throws IOException {
        return write(dir, files, sink, MOVES);
    }

    /**
     * Writes {@code files} (name → content) plus {@code kustomization.yaml}, which lists the {@code .yaml} files as
     * resources; other files (the topology diagram) are written and owned but are not resources.
     *
     * @return every file written, resources first, then the kustomization, then the rest
     */
    public static List<String> write(Path dir, Map<String, String> files, FileSink sink, Mover mover) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new IOException("cannot write manifests to the file system root");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + " exists and is not a directory");
        }
        Files.createDirectories(parent);
        List<String> resources = files.keySet().stream().filter(f -> f.endsWith(".yaml")).toList();
        List<String> written = new ArrayList<>(resources);
        written.add(KUSTOMIZATION);
        files.keySet().stream().filter(f -> !f.endsWith(".yaml")).forEach(written::add);
        Set<String> owned = owned(target);
        if (Files.isDirectory(target)) {
            for (String name : written) {
                if (Files.exists(target.resolve(name), LinkOption.NOFOLLOW_LINKS) && !owned.contains(name)) {
                    throw new IOException("refusing to overwrite " + target.resolve(name)
                            + ": Shipshape did not write it (it is not listed in " + MARKER + ")");
                }
            }
        }
        Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                sink.write(tmp.resolve(f.getKey()), f.getValue());
            }
            sink.write(tmp.resolve(KUSTOMIZATION), kustomization(resources));
            sink.write(tmp.resolve(MARKER), String.join("\n", written) + "\n");
            if (Files.isDirectory(target)) {
                carryOver(target, tmp, owned);
            }
            swap(target, tmp, mover);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
        return written;
    }

    private static Set<String> owned(Path target) throws IOException {
        Path marker = target.resolve(MARKER);
        Set<String> owned = new HashSet<>();
        if (Files.isRegularFile(marker)) {
            for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.contains("/") && !line.contains("\\")) {
                    owned.add(line.trim());
                }
            }
            owned.add(MARKER);
        }
        return owned;
    }

    /** Copies every entry of {@code from} that Shipshape does not own into {@code to}. */
    private static void carryOver(Path from, Path to, Set<String> owned) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(from)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!owned.contains(name) && !name.equals(MARKER)) {
                    copyTree(entry, to.resolve(name));
                }
            }
        }
    }

    private static void copyTree(Path source, Path dest) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(dest.resolve(source.relativize(d).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                Files.copy(f, dest.resolve(source.relativize(f).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                        LinkOption.NOFOLLOW_LINKS);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Puts {@code tmp} where {@code target} is: the old output moves aside to a backup, the new one into place, and
     * the backup is deleted; when the new one cannot be moved into place, the old one moves back.
     */
    private static void swap(Path target, Path tmp, Mover mover) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            mover.move(tmp, target);
            return;
        }
        // a fresh name beside the target; deleted, as a move onto an existing directory fails where rename(2) does not
        // replace an empty one (Windows, and the non-atomic fallback)
        Path backup = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(backup);
        mover.move(target, backup);
        try {
            mover.move(tmp, target);
        } catch (IOException e) {
            try {
                mover.move(backup, target);
            } catch (IOException | RuntimeException rollback) {
                e.addSuppressed(rollback);
                throw new IOException("could not move the new manifests into " + target + " (" + e.getMessage()
                        + ") nor the previous ones back; the previous ones are in " + backup, e);
            }
            throw e;
        }
        deleteQuietly(backup);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static String kustomization(Iterable<String> resources) {
        StringBuilder b = new StringBuilder("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n");
        for (String r : resources) {
            b.append("- ").append(r).append('\n');
        }
        return b.toString();
    }

    private static void deleteQuietly(Path dir) {
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
            // absent (already moved into place), or a leftover temporary directory, which is harmless: the write
            // itself succeeded or already failed
        }
    }
}
