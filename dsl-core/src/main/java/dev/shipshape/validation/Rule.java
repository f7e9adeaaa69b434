package dev.shipshape.validation;

import dev.shipshape.model.AppSpec;

/**
 * One invariant of the catalog. A rule reads the frozen model and reports what it finds; it never
 * mutates, never throws for a bad model, and runs in time linear (or n log n) in the size of the app.
 * Users meet rules through {@link Rules} and {@link Violation#rule()}; the catalog is fixed. A new rule is one
 * class in {@code dev.shipshape.validation.rules}, listed in {@code Catalog}, with its id in the README table.
 *
 * <pre>{@code
 * for (Rule r : Rules.all()) {
 *     System.out.println(r.id() + " (" + r.defaultSeverity() + "): " + r.description());
 * }
 * }</pre>
 */
public interface Rule {

    /** The stable id, e.g. {@code resources.requests-exceed-limits}. */
    String id();

    /** The severity under {@link Policy#defaults()}. */
    Severity defaultSeverity();

    /** One line saying what the rule catches. */
    String description();

    /** Checks {@code app} under {@code policy} (for settings such as allowed registries), reporting to {@code findings}. */
    void check(AppSpec app, Policy policy, Findings findings);
}
