package dev.shipshape.internal.check;

import dev.shipshape.internal.io.ManifestReader;
import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.objects.Origin;
import dev.shipshape.internal.objects.Unread;
import dev.shipshape.internal.validation.Subject;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A check of files: what {@code Shipshape.check} and the reports run. Reads every object it can, reports what it
 * cannot as {@code input.unreadable}, and validates the rest under a policy. Not API.
 *
 * <pre>{@code
 * FileCheck c = FileCheck.run(Policy.defaults(), List.of(Path.of("k8s")));
 * c.violations();   // in Violation.ORDER
 * c.files();        // every file read or tried
 * }</pre>
 *
 * @param violations every violation, in {@link Violation#ORDER}
 * @param files      the files read or tried, in the order read
 */
public record FileCheck(List<Violation> violations, List<String> files) {

    /** Copies the lists. */
    public FileCheck {
        violations = List.copyOf(violations);
        files = List.copyOf(files);
    }

    /**
     * Reads and checks {@code paths}.
     *
     * @param policy severities, waivers, registries and the Kubernetes version
     * @param paths  files and directories, at least one
     * @return what was found, and in which files
     * @throws IllegalArgumentException if no path is given or one is null
     */
    public static FileCheck run(Policy policy, List<Path> paths) {
        return run(policy, paths, Map.of());
    }

    /**
     * Reads and checks {@code paths}, and YAML given as text, each under its name as if it were a file of that name.
     *
     * @param policy severities, waivers, registries and the Kubernetes version
     * @param paths  files and directories
     * @param texts  names ({@code <stdin>}) and their YAML, in the order to read them
     * @return what was found, and in which files
     * @throws IllegalArgumentException if there is neither a path nor a text, or a path is null
     */
    public static FileCheck run(Policy policy, List<Path> paths, Map<String, String> texts) {
        Objects.requireNonNull(policy, "policy");
        if (paths.isEmpty() && texts.isEmpty()) {
            throw new IllegalArgumentException("check needs at least one file or directory");
        }
        ManifestReader.Result read = ManifestReader.readAll(paths, texts);
        List<Item> items = new ArrayList<>();
        for (ManifestReader.Read r : read.objects()) {
            items.add(Item.read(r.object(), new Origin.File(r.file(), r.line()), r.raw()));
        }
        List<Unread> unreadable = read.unreadable().stream().map(u -> new Unread(u.file(), u.line(), u.reason())).toList();
        return new FileCheck(Validator.validate(Subject.of(items, unreadable), policy), read.files());
    }
}
