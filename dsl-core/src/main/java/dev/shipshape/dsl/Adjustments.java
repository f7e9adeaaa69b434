package dev.shipshape.dsl;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.internal.render.Labels;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.Customization;
import dev.shipshape.units.Names;
import dev.shipshape.validation.Policy;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What a component (or the app) adds on top of what it renders: its waivers (rule id → reason), its customizations
 * in the order given, and its labels and annotations. Every {@link Component} delegates here, so the checks are
 * written once.
 */
final class Adjustments {

    private final Optional<ComponentId> component;
    private final SortedMap<String, String> waivers = new TreeMap<>();
    private final List<Customization> customizations = new ArrayList<>();
    private final SortedMap<String, String> labels = new TreeMap<>();
    private final SortedMap<String, String> annotations = new TreeMap<>();

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

    /** Records a label after checking it is one and not Shipshape's own. */
    void label(String key, String value) {
        Args.notNull(key, "label key");
        Args.notNull(value, "label value");
        if (!Names.isLabelKey(key)) {
            throw new IllegalArgumentException("label key '" + Names.printable(key) + "' is not valid: an optional DNS"
                    + " subdomain prefix and '/', then at most 63 letters, digits, '-', '_' and '.' (e.g. 'example.com/team')");
        }
        if (!Names.isLabelValue(value)) {
            throw new IllegalArgumentException("label value '" + Names.printable(value) + "' of " + key + " is not valid: at"
                    + " most 63 letters, digits, '-', '_' and '.', starting and ending alphanumeric");
        }
        if (Labels.RESERVED.contains(key)) {
            throw new IllegalArgumentException("label " + key + " is Shipshape's own (it selects the pods); use another"
                    + " key, e.g. 'example.com/" + key.substring(key.indexOf('/') + 1) + "'");
        }
        labels.put(key, value);
    }

    /** Records an annotation after checking its key and that it is not in Shipshape's own prefix. */
    void annotation(String key, String value) {
        Args.notNull(key, "annotation key");
        if (!Names.isLabelKey(key.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("annotation key '" + Names.printable(key) + "' is not valid: an optional DNS"
                    + " subdomain prefix and '/', then a name of at most 63 characters (e.g. 'example.com/owner')");
        }
        if (key.startsWith("shipshape.dev/")) {
            throw new IllegalArgumentException("annotation " + key + " is in Shipshape's own prefix; to waive a rule, use"
                    + " .waive(ruleId, reason)");
        }
        annotations.put(key, Args.notNull(value, "annotation value"));
    }

    SortedMap<String, String> waivers() {
        return Collections.unmodifiableSortedMap(waivers);
    }

    List<Customization> customizations() {
        return Collections.unmodifiableList(customizations);
    }

    SortedMap<String, String> labels() {
        return Collections.unmodifiableSortedMap(labels);
    }

    SortedMap<String, String> annotations() {
        return Collections.unmodifiableSortedMap(annotations);
    }
}
