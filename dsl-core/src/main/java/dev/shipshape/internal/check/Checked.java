package dev.shipshape.internal.check;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.render.Renderer;
import dev.shipshape.internal.validation.Subject;
import dev.shipshape.model.AppSpec;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An app checked: its frozen model, its final objects in render order, and every violation found in them and the
 * model. What {@code Manifests} are made from once no violation is an error. Not API.
 *
 * <pre>{@code
 * Checked checked = Checked.of(app.model(), policy);   // render, then validate the final objects and the model
 * }</pre>
 *
 * @param app        the frozen application
 * @param objects    the final objects, in render order
 * @param violations every violation, errors and warnings
 */
public record Checked(AppSpec app, List<HasMetadata> objects, List<Violation> violations) {

    /** Copies the lists. */
    public Checked {
        Objects.requireNonNull(app, "app");
        objects = List.copyOf(objects);
        violations = List.copyOf(violations);
    }

    /**
     * The whole flow: renders {@code app} (the policy's waivers annotated, customizations applied), then checks the
     * final objects and the model under {@code policy}.
     *
     * @param app    the frozen application
     * @param policy severities, waivers and allowed registries to check under
     * @return the objects and every violation
     * @throws IllegalArgumentException if a customization throws, naming it and the object it edited
     */
    public static Checked of(AppSpec app, Policy policy) {
        Renderer.Rendered rendered = Renderer.render(app, policy.waived());
        Subject subject = new Subject(Optional.of(app), rendered.items(), rendered.known(), rendered.uncustomized());
        return new Checked(app, rendered.objects(), Validator.validate(subject, policy));
    }

    /**
     * What the API server would refuse in objects read from files, as lines {@code path: message} of the errors of the
     * {@code api.*} rules under {@code policy}: what {@code app.include(Path)} refuses.
     *
     * @param read   the objects read, each with its tree
     * @param policy the policy (its Kubernetes version, severities and waivers)
     * @return one line per refusal, empty when the API server would take them all
     */
    public static List<String> apiRefusals(List<Item> read, Policy policy) {
        return Validator.validate(Subject.of(read), policy).stream()
                .filter(v -> v.rule().startsWith("api.") && v.isError())
                .map(v -> "[" + v.rule() + "] " + v.path() + ": " + v.message())
                .toList();
    }
}
