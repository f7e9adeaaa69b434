package dev.shipshape.dsl;

import dev.shipshape.model.ComponentId;
import dev.shipshape.model.Customization;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The customizations a component (or the app) collects, in the order given. */
final class Customizations {

    private final Optional<ComponentId> component;
    private final List<Customization> list = new ArrayList<>();

    Customizations(Optional<ComponentId> component) {
        this.component = component;
    }

    <T extends HasMetadata> void add(Class<T> type, Consumer<? super T> edit) {
        if (type == HasMetadata.class) {
            list.add(new Customization(component, HasMetadata.class, o -> edit.accept(type.cast(o))));
        } else {
            list.add(Customization.of(component, type, edit));
        }
    }

    List<Customization> list() {
        return list;
    }
}
