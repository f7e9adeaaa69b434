package dev.shipshape.internal.render;

import dev.shipshape.dsl.App;
import dev.shipshape.internal.objects.Item;
import dev.shipshape.model.AppSpec;
import dev.shipshape.model.ComponentSpec;
import dev.shipshape.model.Resources;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;

/** Runs one renderer over one component of an app, as the {@link Renderer} does, and hands back what it added. */
final class Rendering {

    static final String IMAGE = "my-repo/web:1.0@sha256:" + "a".repeat(64);
    static final Resources SMALL = Resources.of(Cpu.millis(50), Memory.mebibytes(64)).limits(Cpu.millis(100), Memory.mebibytes(64));

    private final RenderContext context;

    private Rendering(AppSpec app) {
        this.context = new RenderContext(app, Map.of());
    }

    static Rendering of(App app) {
        return new Rendering(app.model());
    }

    AppSpec app() {
        return context.app();
    }

    RenderContext context() {
        return context;
    }

    /** The component named {@code name}. */
    ComponentSpec component(String name) {
        return context.app().components().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    WorkloadSpec workload(String name) {
        return (WorkloadSpec) component(name);
    }

    /** What the renderer of {@code name}'s kind adds for it, in the order added. */
    List<HasMetadata> render(String name) {
        ComponentSpec c = component(name);
        int before = context.items().size();
        Renderer.rendererOf(c.id().kind()).renderComponent(c, context.scope(c.id()));
        return context.items().subList(before, context.items().size()).stream().map(Item::object).toList();
    }

    /** The one object of {@code type} among {@code objects}. */
    static <T extends HasMetadata> T one(List<HasMetadata> objects, Class<T> type) {
        List<HasMetadata> of = objects.stream().filter(type::isInstance).toList();
        if (of.size() != 1) {
            throw new AssertionError("expected one " + type.getSimpleName() + ", got " + of);
        }
        return type.cast(of.get(0));
    }
}
