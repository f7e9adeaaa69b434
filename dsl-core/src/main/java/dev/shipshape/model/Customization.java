package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A typed edit of rendered objects: {@code customize(Deployment.class, d -> …)} on a component (its objects of that
 * kind) or on the app (every object of that kind). Edits run after rendering, component edits first in the order the
 * components were declared, then the app's, each group in the order given; the final objects are then checked.
 *
 * <pre>{@code
 * frontend.customize(Deployment.class, d -> d.getSpec().getTemplate().getSpec().setPriorityClassName("high"));
 * app.model().customizations().get(0).description();   // "customize(Deployment) of webService:frontend"
 * }</pre>
 *
 * @param component the component whose objects it edits; empty for every object of the app
 * @param type      the kind of object it edits (a fabric8 class, e.g. {@code Deployment.class})
 * @param edit      the edit
 */
public record Customization(Optional<ComponentId> component, Class<? extends HasMetadata> type,
                            Consumer<? super HasMetadata> edit) {

    /**
     * Rejects null parts.
     *
     * @param component the component whose objects it edits; empty for every object of the app
     * @param type the kind of object it edits
     * @param edit changes the object in place
     */
    public Customization {
        Args.notNull(component, "component");
        Args.notNull(type, "type");
        Args.notNull(edit, "edit");
    }

    /**
     * A typed customization: the edit sees the object as {@code type}.
     *
     * @param component the component whose objects it edits; empty for every object of the app
     * @param type the kind of object it edits
     * @param edit changes the object, seen as {@code type}, in place
     * @param <T> the type
     * @return the customization
     */
    public static <T extends HasMetadata> Customization of(Optional<ComponentId> component, Class<T> type, Consumer<? super T> edit) {
        Args.notNull(type, "type");
        Args.notNull(edit, "edit");
        return new Customization(component, type, o -> edit.accept(type.cast(o)));
    }

    /**
     * Whether it edits {@code object}, rendered for {@code owner}.
     *
     * @param object a rendered object
     * @param owner the component it was rendered for, if any
     * @return whether it applies
     */
    public boolean appliesTo(HasMetadata object, Optional<ComponentId> owner) {
        return type.isInstance(object) && (component.isEmpty() || component.equals(owner));
    }

    /**
     * How violations it introduces name it: {@code customize(Deployment) of webService:frontend}, or
     * {@code app.customize(Service)}.
     *
     * @return the description
     */
    public String description() {
        return component.map(c -> "customize(" + type.getSimpleName() + ") of " + c.kind().pathSegment() + ":" + c.name())
                .orElse("app.customize(" + type.getSimpleName() + ")");
    }
}
