package dev.shipshape.internal.render;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.yaml.Serialization;
import dev.shipshape.model.AppSpec;
import dev.shipshape.model.Customization;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Optional;

/**
 * Runs the app's customizations ({@code customize(…)}) over a rendered object: on a copy, so the object before them
 * stays known, each edit in order, the copy marked with the last edit that applied. Not API.
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
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(c.description() + " failed on " + item.ref() + ": " + e, e);
            }
            by = Optional.of(c.description());
        }
        return copy == null ? item : new Item(copy, item.origin(), by);
    }
}
