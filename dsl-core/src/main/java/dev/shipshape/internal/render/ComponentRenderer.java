package dev.shipshape.internal.render;

import dev.shipshape.model.ComponentSpec;

/**
 * Renders one kind of component into its objects. {@link Renderer} picks the renderer of each component by an
 * exhaustive switch over its kind, so a new kind of component does not compile until it has one. Not API.
 *
 * @param <S> the kind of component spec this renderer takes
 */
abstract class ComponentRenderer<S extends ComponentSpec> {

    private final Class<S> type;

    ComponentRenderer(Class<S> type) {
        this.type = type;
    }

    /** Renders {@code spec}, which the switch matched by its kind, so is of this renderer's type. */
    final void renderComponent(ComponentSpec spec, RenderContext.Scope out) {
        render(type.cast(spec), out);
    }

    /** Renders {@code spec}'s objects into {@code out}. */
    abstract void render(S spec, RenderContext.Scope out);
}
