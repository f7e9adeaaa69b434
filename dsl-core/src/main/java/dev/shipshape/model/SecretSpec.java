package dev.shipshape.model;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A frozen reference to a Secret created out of band (by an operator, a sealed-secrets controller, a vault
 * injector). Shipshape never sees its values; when keys are declared, references to other keys are errors.
 *
 * @param id           the component
 * @param declaredKeys the keys the Secret is known to have; empty means "not declared, not checked"
 */
public record SecretSpec(ComponentId id, SortedSet<String> declaredKeys) {

    public SecretSpec {
        Objects.requireNonNull(id, "id");
        declaredKeys = Collections.unmodifiableSortedSet(new TreeSet<>(declaredKeys));
    }

    /** The Secret's name. */
    public String name() {
        return id.name();
    }

    /** Whether keys were declared, so key references can be checked. */
    public boolean keysDeclared() {
        return !declaredKeys.isEmpty();
    }
}
