package dev.shipshape.validation;

/**
 * One invariant of the catalog, as users meet it: a stable id, a default severity and a one-line description.
 * The catalog is fixed; {@link Rules} lists it, {@link Violation#rule()} names the rule a violation broke, and a
 * {@link Policy} changes a rule's severity or switches it off by id.
 *
 * <pre>{@code
 * for (Rule r : Rules.all()) {
 *     System.out.println(r.id() + " (" + r.defaultSeverity() + "): " + r.description());
 * }
 * }</pre>
 */
public interface Rule {

    /**
     * The stable id, e.g. {@code resources.requests-exceed-limits}.
     *
     * @return the id
     */
    String id();

    /**
     * The severity under {@link Policy#defaults()}.
     *
     * @return the default severity
     */
    Severity defaultSeverity();

    /**
     * One line saying what the rule catches.
     *
     * @return the description
     */
    String description();
}
