package dev.shipshape.internal.validation;

import dev.shipshape.validation.Rule;

/**
 * A rule of the catalog with its checks: it registers one check per kind of node it looks at, and each check reports
 * what it finds. Checks read and never mutate, never throw for bad input, and together run in time linear (or
 * n log n) in the size of what is checked. Not API.
 */
public interface CheckedRule extends Rule {

    /**
     * Registers the rule's checks.
     *
     * @param registry where they go
     */
    void register(Registry registry);
}
