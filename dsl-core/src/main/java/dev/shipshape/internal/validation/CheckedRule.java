package dev.shipshape.internal.validation;

import dev.shipshape.model.AppSpec;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Rule;

/**
 * A rule of the catalog with its check: reads the frozen model and reports what it finds; never mutates,
 * never throws for a bad model, and runs in time linear (or n log n) in the size of the app.
 */
public interface CheckedRule extends Rule {

    /**
     * Checks {@code app} under {@code policy} (for settings such as allowed registries).
     *
     * @param app      the frozen application
     * @param policy   the policy in force
     * @param findings where violations go
     */
    void check(AppSpec app, Policy policy, Findings findings);
}
