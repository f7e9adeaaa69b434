package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;

/**
 * Names one component of one application; the model's references are these, never bare strings.
 *
 * <pre>{@code
 * ComponentId id = frontend.id();
 * id.path();   // "journal/webService:frontend"
 * }</pre>
 *
 * @param app  the application the component belongs to
 * @param kind what the component is
 * @param name its name, unique per kind within the application
 */
public record ComponentId(AppId app, ComponentKind kind, String name) {

    /**
     * Rejects null parts.
     *
     * @param app the application the component belongs to
     * @param kind what the component is
     * @param name its name, unique per kind within the application
     */
    public ComponentId {
        Args.notNull(app, "app");
        Args.notNull(kind, "kind");
        Args.notNull(name, "name");
    }

    /**
     * The violation path of this component: {@code <app>/<kind>:<name>}.
     *
     * @return the violation path of this component
     */
    public String path() {
        return app.name() + "/" + kind.pathSegment() + ":" + name;
    }

    @Override
    public String toString() {
        return path();
    }
}
