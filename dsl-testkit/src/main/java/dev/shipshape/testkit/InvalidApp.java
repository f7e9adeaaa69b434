package dev.shipshape.testkit;

import dev.shipshape.dsl.App;

/**
 * An application that breaks exactly one rule of the catalog, and the id of that rule: what
 * {@link ShipshapeArbitraries#invalidApps()} generates.
 *
 * <pre>{@code
 * @Property
 * void every_mistake_is_reported(@ForAll("invalid") InvalidApp invalid) {
 *     assertThat(invalid.app()).hasViolation(invalid.rule());
 * }
 * }</pre>
 *
 * @param app  the application (valid but for the one mistake)
 * @param rule the rule id it must trigger, and the only one
 */
public record InvalidApp(App app, String rule) {

    @Override
    public String toString() {
        return "InvalidApp[" + rule + "]";
    }
}
