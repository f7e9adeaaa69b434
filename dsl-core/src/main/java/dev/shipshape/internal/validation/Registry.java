package dev.shipshape.internal.validation;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.model.AppSpec;

/**
 * How a rule says which nodes it looks at. The validator walks the model and the objects once and calls each rule's
 * checks at the nodes they match: no rule walks the objects itself, and no {@code instanceof} dispatch is needed. Not
 * API.
 *
 * <pre>{@code
 * public void register(Registry r) {
 *     r.container(this::checkContainer);
 *     r.object("HorizontalPodAutoscaler", this::checkAutoscaler);
 * }
 * }</pre>
 */
public interface Registry {

    /** Once per application model (for what only the model knows, such as intent). */
    void model(ModelCheck check);

    /** Once per object of {@code kind}. */
    void object(String kind, ObjectCheck check);

    /** Once per pod template or pod. */
    void pod(PodCheck check);

    /** Once per container, init containers included. */
    void container(ContainerCheck check);

    /** Once per validation, with every object in the context's index (for references between objects). */
    void graph(GraphCheck check);

    /** A check of the application model. */
    @FunctionalInterface
    interface ModelCheck {
        /** Checks {@code app}. */
        void check(AppSpec app, CheckContext context, Findings findings);
    }

    /** A check of one object. */
    @FunctionalInterface
    interface ObjectCheck {
        /** Checks {@code item}. */
        void check(Item item, CheckContext context, Findings findings);
    }

    /** A check of one pod template. */
    @FunctionalInterface
    interface PodCheck {
        /** Checks {@code pod}. */
        void check(PodNode pod, CheckContext context, Findings findings);
    }

    /** A check of one container. */
    @FunctionalInterface
    interface ContainerCheck {
        /** Checks {@code container}. */
        void check(ContainerNode container, CheckContext context, Findings findings);
    }

    /** A check over all objects. */
    @FunctionalInterface
    interface GraphCheck {
        /** Checks the objects in {@code context.index()}. */
        void check(CheckContext context, Findings findings);
    }
}
