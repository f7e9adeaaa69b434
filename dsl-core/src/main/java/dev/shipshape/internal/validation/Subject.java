package dev.shipshape.internal.validation;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.objects.Unread;
import dev.shipshape.model.AppSpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one validation checks. Not API.
 *
 * @param app          the application model, absent when checking manifests read from files
 * @param items        the final objects (rendered, customized, included, or read)
 * @param known        objects known to exist outside the manifests (declared external Secrets), for references
 * @param uncustomized the same objects before any customization, when one edited them, so that a violation a
 *                     customization introduced can say so
 * @param unreadable   the files and documents that could not be read (for {@code input.unreadable})
 */
public record Subject(Optional<AppSpec> app, List<Item> items, List<Item> known, Optional<List<Item>> uncustomized,
                      List<Unread> unreadable) {

    /** Copies the lists. */
    public Subject {
        Objects.requireNonNull(app, "app");
        items = List.copyOf(items);
        known = List.copyOf(known);
        Objects.requireNonNull(uncustomized, "uncustomized");
        unreadable = List.copyOf(unreadable);
    }

    /** An application's objects: everything was read. */
    public Subject(Optional<AppSpec> app, List<Item> items, List<Item> known, Optional<List<Item>> uncustomized) {
        this(app, items, known, uncustomized, List.of());
    }

    /** Manifests read from files: no model, nothing known outside them, nothing customized. */
    public static Subject of(List<Item> items) {
        return of(items, List.of());
    }

    /** Manifests read from files, and what of them could not be read. */
    public static Subject of(List<Item> items, List<Unread> unreadable) {
        return new Subject(Optional.empty(), items, List.of(), Optional.empty(), unreadable);
    }
}
