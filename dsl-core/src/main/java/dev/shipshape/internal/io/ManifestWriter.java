package dev.shipshape.internal.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a manifest directory so that a crash at any step loses nothing: everything goes to a temporary sibling
 * ({@code .<name>.tmp-*}), files the user put in the old directory are carried over, and only then is the new
 * directory swapped in (the old one renamed to {@code .<name>.old-*}, the new one renamed into place, the old one
 * deleted). The marker file {@value #MARKER} records which files Shipshape owns, so the next write replaces those
 * and nothing else.
 *
 * <p>Between the two renames the directory is absent for an instant; a process killed there leaves the previous
 * output in {@code .<name>.old-*}. Every write first takes the lock {@code .<name>.lock} beside the directory (one
 * writer at a time, threads and processes alike), then recovers: a backup with no directory is renamed back, and
 * the siblings of earlier crashed writes are deleted (a temporary directory is incomplete or unused; a backup
 * beside a directory is the output before it, whose user files the directory holds too). Not API.
 */
public final class ManifestWriter {

    /** Lists the files Shipshape wrote, one per line. */
    public static final String MARKER = ".shipshape-owned";
    /** The kustomization file written next to the manifests. */
    public static final String KUSTOMIZATION = "kustomization.yaml";

    private static final SecureRandom RANDOM = new SecureRandom();

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

    /**
     * Called before each step of a write with the step's name ({@code lock}, {@code recover}, {@code check},
     * {@code temporary directory}, {@code carry over}, {@code swap}, {@code delete backup}); tests throw from it
     * to stop a write there, as a crash would.
     */
    @FunctionalInterface
    public interface Steps {
        void before(String step) throws IOException;
    }

    /** No test in the way. */
    public static final Steps NO_FAULTS = step -> {
    };

    /** As {@link #write(Path, Map, FileSink, Mover)}, moving with {@link #MOVES}. */
    public static List<String> write(Path dir, Map<String, String> files, FileSink sink) throws IOException {
        return write(dir, files, sink, MOVES);
    }

    /** As {@link #write(Path, Map, FileSink, Mover, Steps)}, with no faults. */
    public static List<String> write(Path dir, Map<String, String> files, FileSink sink, Mover mover) throws IOException {
        return write(dir, files, sink, mover, NO_FAULTS);
    }

    /**
     * Writes {@code files} (name → content) plus {@code kustomization.yaml}, which lists the {@code .yaml} files as
     * resources; other files (the topology diagram) are written and owned but are not resources.
     *
     * @return every file written, resources first, then the kustomization, then the rest
     * @throws IOException if the directory cannot be written, is read-only, is not a directory, or holds a file
     *         Shipshape would overwrite but did not write
     */
    public static List<String> write(Path dir, Map<String, String> files, FileSink sink, Mover mover, Steps steps)
            throws IOException {
        Path target = target(dir);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        List<String> resources = files.keySet().stream().filter(f -> f.endsWith(".yaml")).toList();
        List<String> written = new ArrayList<>(resources);
        written.add(KUSTOMIZATION);
        files.keySet().stream().filter(f -> !f.endsWith(".yaml")).forEach(written::add);
        steps.before("lock");
        try (DirectoryLock lock = DirectoryLock.acquire(parent.resolve("." + target.getFileName() + ".lock"))) {
            steps.before("recover");
            recover(target, mover);
            steps.before("check");
            boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            if (exists && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(target + " exists and is not a directory");
            }
            Optional<Set<PosixFilePermission>> mode = exists ? FileTrees.permissions(target) : Optional.empty();
            if (mode.isPresent() && !mode.get().contains(PosixFilePermission.OWNER_WRITE)) {
                throw new IOException(target + " is read-only (" + PosixFilePermissions.toString(mode.get())
                        + "); writeTo replaces its files, so make it writable (chmod u+w) or write elsewhere");
            }
            Set<String> owned = exists ? owned(target) : Set.of();
            if (exists) {
                for (String name : written) {
                    if (Files.exists(target.resolve(name), LinkOption.NOFOLLOW_LINKS) && !owned.contains(name)) {
                        throw new IOException("refusing to overwrite " + target.resolve(name)
                                + ": Shipshape did not write it (it is not listed in " + MARKER + ")");
                    }
                }
            }
            steps.before("temporary directory");
            Path tmp = freshSibling(target, ".tmp-", true);
            try {
                for (Map.Entry<String, String> f : files.entrySet()) {
                    sink.write(tmp.resolve(f.getKey()), f.getValue());
                }
                sink.write(tmp.resolve(KUSTOMIZATION), kustomization(resources));
                sink.write(tmp.resolve(MARKER), String.join("\n", written) + "\n");
                if (exists) {
                    steps.before("carry over");
                    carryOver(target, tmp, owned);
                }
                if (mode.isPresent()) {
                    Files.setPosixFilePermissions(tmp, mode.get());
                }
                steps.before("swap");
                swap(target, tmp, mover, steps);
            } catch (IOException | RuntimeException e) {
                FileTrees.deleteQuietly(tmp);
                throw e;
            }
        }
        return written;
    }

    /**
     * The directory a previous write left: {@code dir} itself, or, when a write was stopped between its two renames,
     * the backup that the next write puts back; empty when there is neither.
     *
     * @param dir the output directory
     * @return where its previous output is
     * @throws IOException if the parent directory cannot be listed
     */
    public static Optional<Path> previousOutput(Path dir) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target) || target.getParent() == null || !Files.isDirectory(target.getParent())) {
            return Files.isDirectory(target) ? Optional.of(target) : Optional.empty();
        }
        return newest(siblings(target, ".old-"));
    }

    /** {@code dir}, absolute; a symbolic link's directory, which is written through. */
    private static Path target(Path dir) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        if (target.getParent() == null) {
            throw new IOException("cannot write manifests to the file system root");
        }
        if (Files.isSymbolicLink(target)) {
            Path to = Files.readSymbolicLink(target);
            if (!Files.exists(target)) {
                throw new IOException(target + " is a symbolic link to " + to + ", which does not exist; create that"
                        + " directory or remove the link");
            }
            if (!Files.isDirectory(target)) {
                throw new IOException(target + " is a symbolic link to " + to + ", which is not a directory");
            }
            Path real = target.toRealPath();
            if (real.getParent() == null) {
                throw new IOException(target + " is a symbolic link to the file system root");
            }
            return real;
        }
        return target;
    }

    /**
     * Puts back the backup of a write stopped between its renames (the newest, if several), and deletes the other
     * siblings earlier crashed writes left. Runs under the lock, so no other write is under way.
     */
    private static void recover(Path target, Mover mover) throws IOException {
        List<Path> backups = new ArrayList<>(siblings(target, ".old-"));
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Optional<Path> newest = newest(backups);
            if (newest.isPresent()) {
                mover.move(newest.get(), target);
                backups.remove(newest.get());
            }
        }
        for (Path stale : backups) {
            FileTrees.deleteQuietly(stale);
        }
        for (Path stale : siblings(target, ".tmp-")) {
            FileTrees.deleteQuietly(stale);
        }
    }

    private static List<Path> siblings(Path target, String infix) throws IOException {
        String prefix = "." + target.getFileName() + infix;
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target.getParent(), prefix + "*")) {
            for (Path p : entries) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && p.getFileName().toString().startsWith(prefix)) {
                    found.add(p);
                }
            }
        }
        found.sort(Comparator.naturalOrder());
        return found;
    }

    /** The backup written last: its directory changed last, when it was filled as a temporary directory. */
    private static Optional<Path> newest(List<Path> backups) throws IOException {
        Path newest = null;
        FileTime newestTime = null;
        for (Path b : backups) {
            FileTime t = Files.getLastModifiedTime(b, LinkOption.NOFOLLOW_LINKS);
            if (newestTime == null || t.compareTo(newestTime) > 0) {
                newest = b;
                newestTime = t;
            }
        }
        return Optional.ofNullable(newest);
    }

    /** A new sibling {@code .<name><infix><random>}: created (with the default mode) or only named. */
    private static Path freshSibling(Path target, String infix, boolean create) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path p = target.resolveSibling("." + target.getFileName() + infix + Long.toUnsignedString(RANDOM.nextLong()));
            if (!create) {
                if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                    return p;
                }
                continue;
            }
            try {
                return Files.createDirectory(p);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static Set<String> owned(Path target) throws IOException {
        Path marker = target.resolve(MARKER);
        Set<String> owned = new HashSet<>();
        if (Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.contains("/") && !line.contains("\\")) {
                    owned.add(line.trim());
                }
            }
            owned.add(MARKER);
        }
        return owned;
    }

    /** Carries every entry of {@code from} that Shipshape does not own into {@code to}. */
    private static void carryOver(Path from, Path to, Set<String> owned) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(from)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!owned.contains(name) && !name.equals(MARKER)) {
                    FileTrees.carry(entry, to.resolve(name));
                }
            }
        }
    }

    /**
     * Puts {@code tmp} where {@code target} is: the old output moves aside to a backup, the new one into place, and
     * the backup is deleted; when the new one cannot be moved into place, the old one moves back.
     */
    private static void swap(Path target, Path tmp, Mover mover, Steps steps) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            mover.move(tmp, target);
            return;
        }
        // a fresh name beside the target, not created: a move onto an existing directory fails where rename(2)
        // does not replace an empty one (Windows, and the non-atomic fallback)
        Path backup = freshSibling(target, ".old-", false);
        mover.move(target, backup);
        try {
            mover.move(tmp, target);
        } catch (IOException e) {
            try {
                mover.move(backup, target);
            } catch (IOException | RuntimeException rollback) {
                e.addSuppressed(rollback);
                throw new IOException("could not move the new manifests into " + target + " (" + e.getMessage()
                        + ") nor the previous ones back; the previous ones are in " + backup
                        + " (the next writeTo puts them back)", e);
            }
            throw e;
        }
        steps.before("delete backup");
        FileTrees.deleteQuietly(backup);
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
}
