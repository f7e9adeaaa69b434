package dev.shipshape.testkit;

/**
 * A value that, used in an otherwise valid app, triggers rule {@code rule}.
 *
 * <pre>{@code
 * @Property
 * void reported(@ForAll("bad") Invalid<Resources> bad) {
 *     App app = …; web.resources(bad.value());
 *     assertThat(app).hasViolation(bad.rule());
 * }
 * }</pre>
 *
 * @param value the invalid value
 * @param rule  the rule id it triggers
 * @param <T>   the value's type
 */
public record Invalid<T>(T value, String rule) {
}
