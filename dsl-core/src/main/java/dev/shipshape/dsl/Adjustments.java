package dev.shipshape.dsl;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.Customization;
import dev.shipshape.validation.Policy;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What a component (or the app) adds on top of what it renders: its waivers (rule id → reason) and its
 * customizations, in the order given. Every builder with {@code waive} and {@code customize} delegates here.
 */
final class Adjustments {

    private final Optional<ComponentId> component;
    private final SortedMap<String, String> waivers = new TreeMap<>();
    private final List<Customization> customizations = new ArrayList<>();

    Adjustments(Optional<ComponentId> component) {
        this.component = component;
    }

    /** Records a waiver after checking the rule id and the reason, as an app-wide waiver ({@code Policy.off}) does. */
    void waive(String ruleId, String reason) {
        Policy.defaults().off(ruleId, reason);
        waivers.put(ruleId, reason);
    }

    /** Records an edit of the rendered objects of {@code type}. */
    <T extends HasMetadata> void customize(Class<T> type, Consumer<? super T> edit) {
        Args.notNull(type, "customized type");
        Args.notNull(edit, "customization");
        if (type == HasMetadata.class) {
            customizations.add(new Customization(component, HasMetadata.class, o -> edit.accept(type.cast(o))));
        } else {
            customizations.add(Customization.of(component, type, edit));
        }
    }

    SortedMap<String, String> waivers() {
        return Collections.unmodifiableSortedMap(waivers);
    }

    List<Customization> customizations() {
        return Collections.unmodifiableList(customizations);
    }
}
