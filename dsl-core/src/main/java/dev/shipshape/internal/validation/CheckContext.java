package dev.shipshape.internal.validation;

import dev.shipshape.model.AppSpec;
import dev.shipshape.validation.Policy;
import java.util.Objects;
import java.util.Optional;

/**
 * What every check may consult: the policy, the application model when the objects come from one, and the index of
 * the objects. Not API.
 *
 * @param policy the policy in force
 * @param app    the application, absent when checking manifests read from files
 * @param index  the objects under check
 */
public record CheckContext(Policy policy, Optional<AppSpec> app, Index index) {

    /** Checks every part is there. */
    public CheckContext {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(index, "index");
    }
}
