package dev.shipshape.internal.render;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.yaml.Serialization;
import dev.shipshape.model.AppSpec;
import dev.shipshape.model.Customization;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Optional;

/**
 * Runs the app's customizations ({@code customize(…)}) over a rendered object: on a copy, so the object before them
 * stays known, each edit in order, the copy marked with the last edit that applied, and copied again after the
 * last, so that nothing a customization kept changes the result later. Not API.
 */
final class Customizations {

    private Customizations() {
    }

    /**
     * {@code item} after every customization that applies to it; {@code item} itself when none does.
     *
     * @throws IllegalArgumentException if a customization throws, naming it and the object it edited
     */
    static Item apply(AppSpec app, Item item) {
        HasMetadata copy = null;
        Optional<String> by = Optional.empty();
        for (Customization c : app.customizations()) {
            if (!c.appliesTo(item.object(), item.component())) {
                continue;
            }
            if (copy == null) {
                copy = Serialization.json().convertValue(item.object(), item.object().getClass());
            }
            try {
                c.edit().accept(copy);
            } catch (OutOfMemoryError e) {
                throw e;
            } catch (Throwable e) { // an AssertionError or a StackOverflowError too: the user's code, reported as such
                throw new IllegalArgumentException(c.description() + " failed on " + item.ref() + ": " + e, e);
            }
            by = Optional.of(c.description());
        }
        if (copy == null) {
            return item;
        }
        // copied once more: a customization that keeps the object it was given and edits it later edits nothing
        // that was validated or is written
        HasMetadata result;
        try {
            result = Serialization.json().convertValue(copy, copy.getClass());
        } catch (RuntimeException | StackOverflowError e) {
            throw new IllegalArgumentException(by.orElseThrow() + " left " + item.ref() + " in a state that cannot be"
                    + " written (" + e + "); does it put a map or list inside itself?", e);
        }
        return new Item(result, item.origin(), by);
    }
}
