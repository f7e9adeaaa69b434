package dev.shipshape.validation;

/**
 * One invariant of the catalog, as users meet it: a stable id, a default severity, what it catches and how to fix it.
 * The catalog is fixed; {@link Rules} lists it, {@link Violation#rule()} names the rule a violation broke, and a
 * {@link Policy} changes a rule's severity or switches it off by id. Each rule declares these once; the README's
 * rules table is checked against them.
 *
 * <pre>{@code
 * for (Rule r : Rules.all()) {
 *     System.out.println(r.id() + " (" + r.defaultSeverity() + "): " + r.description() + ". Fix: " + r.fix());
 * }
 * }</pre>
 */
public interface Rule {

    /** {@return the stable id, e.g. {@code resources.requests-exceed-limits}} */
    String id();

    /** {@return the severity under {@link Policy#defaults()}} */
    Severity defaultSeverity();

    /**
     * What the rule catches, in one sentence of Markdown without a final period:
     * {@code a cpu, memory or ephemeral-storage request above its limit, compared exactly (`500m` = `0.5`, …)}.
     *
     * @return the summary
     */
    String description();

    /**
     * How to fix a violation, in general terms (each violation's own {@link Violation#fix()} names the values):
     * {@code lower the request or raise the limit}.
     *
     * @return the fix, in Markdown, without a final period
     */
    String fix();

    /**
     * Whether an application's {@code validate()} can break this rule. The rules of YAML read from files
     * ({@code api.field-unknown}, {@code input.unreadable}, …) apply to {@code Shipshape.check} and
     * {@code app.include(Path)} only, since objects built in Java have no unknown fields, types or lines:
     * {@code Rules.all().stream().filter(Rule::appliesToApps)}.
     *
     * @return true unless the rule checks only YAML read from files
     */
    default boolean appliesToApps() {
        return true;
    }
}
