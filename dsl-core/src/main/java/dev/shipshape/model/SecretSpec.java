package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A frozen Secret: usually a reference to one created out of band (by an operator, a sealed-secrets
 * controller, a vault injector), whose values Shipshape never sees; or, for local development only, a Secret
 * with literal data that is rendered ({@code secret.development-data} warns, and {@code Policy.strict()}
 * refuses it). When keys are declared, references to other keys are errors.
 *
 * <pre>{@code
 * SecretSpec s = app.model().secrets().get(0);
 * s.declaredKeys();   // [passwd]
 * }</pre>
 *
 * @param id           the component
 * @param declaredKeys the keys the Secret is known to have; empty means "not declared, not checked"
 * @param data         literal values of a development Secret; empty for an external one
 * @param labels       the user's labels of a development Secret (an external one renders nothing)
 * @param annotations  the user's annotations of a development Secret
 */
public record SecretSpec(ComponentId id, SortedSet<String> declaredKeys, Optional<SecretData> data,
                         SortedMap<String, String> labels, SortedMap<String, String> annotations) implements ComponentSpec {

    /**
     * Rejects null parts and copies the collections, sorted.
     *
     * @param id the component
     * @param declaredKeys the keys the Secret is known to have; empty means "not declared, not checked"
     * @param data literal values of a development Secret; empty for an external one
     * @param labels the user's labels of a development Secret (an external one renders nothing)
     * @param annotations the user's annotations of a development Secret
     */
    public SecretSpec {
        Args.notNull(id, "id");
        declaredKeys = Collections.unmodifiableSortedSet(new TreeSet<>(declaredKeys));
        Args.notNull(data, "data");
        labels = Args.sortedCopy(labels, "labels");
        annotations = Args.sortedCopy(annotations, "annotations");
    }

    /**
     * {@return whether Shipshape renders this Secret (with literal data), rather than referring to an external one}
     */
    public boolean isDevelopment() {
        return data.isPresent();
    }

    /** {@return the Secret's name} */
    public String name() {
        return id.name();
    }

    /** {@return whether keys were declared, so key references can be checked} */
    public boolean keysDeclared() {
        return !declaredKeys.isEmpty();
    }
}
