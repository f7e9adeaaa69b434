package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.internal.lang.Handoff;

/**
 * The identity of one application definition. Two {@code App}s with the same name are still different
 * applications: a reference from one to a component of the other is a {@code reference.foreign} violation.
 * Equality is identity.
 *
 * <pre>{@code
 * AppId id = app.model().id();
 * id.name();   // "journal"
 * }</pre>
 */
public final class AppId {

    static {
        Handoff.offer(AppId.class, AppId::new);
    }

    private final String name;

    private AppId(String name) {
        this.name = Args.notNull(name, "name");
    }

    /** {@return the application's name} */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
