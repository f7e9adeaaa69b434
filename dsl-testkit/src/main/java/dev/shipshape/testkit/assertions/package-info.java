/**
 * The testkit's AssertJ assertions, reached through {@code ShipshapeAssertions.assertThat(…)}: {@link
 * dev.shipshape.testkit.assertions.AppAssert} (an app's violations), {@link
 * dev.shipshape.testkit.assertions.ManifestsAssert} (rendered objects) and the assertions they lead to. Each is final,
 * or an {@code Abstract…} class with its concrete subclasses, in AssertJ's shape.
 *
 * <pre>{@code
 * import static dev.shipshape.testkit.ShipshapeAssertions.assertThat;
 *
 * assertThat(app).hasNoErrors();
 * assertThat(app.render()).ingress("web").routesInOrder("/api", "/");
 * }</pre>
 */
package dev.shipshape.testkit.assertions;
