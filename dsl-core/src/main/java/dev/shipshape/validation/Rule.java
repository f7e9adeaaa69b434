package dev.shipshape.validation;

import dev.shipshape.model.AppSpec;

/**
 * One invariant of the catalog. A rule reads the frozen model and reports what it finds; it never
 * mutates, never throws for a bad model, and runs in time linear (or n log n) in the size of the app.
 *
 * <pre>{@code
 * final class MyRule implements Rule {
 *     public String id() { return "team.my-rule"; }
 *     public Severity defaultSeverity() { return Severity.WARNING; }
 *     public String description() { return "what it catches"; }
 *     public void check(AppSpec app, Policy policy, Findings findings) { ... findings.report(path, message, fix); }
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
