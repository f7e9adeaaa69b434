/**
 * <b>API.</b> Test support for Shipshape applications: jqwik arbitraries
 * ({@link dev.shipshape.testkit.ShipshapeArbitraries}, valid by construction, with {@code invalid…} counterparts that
 * break one known rule), AssertJ assertions ({@link dev.shipshape.testkit.ShipshapeAssertions}) and golden-file
 * snapshots ({@link dev.shipshape.testkit.Snapshots}).
 *
 * <pre>{@code
 * @Property
 * void every_generated_app_renders(@ForAll App app) {
 *     ShipshapeAssertions.assertThat(app).isValid();
 * }
 * }</pre>
 *
 * <p><b>Nulls:</b> none in or out. <b>Threads:</b> arbitraries and assertions may be used from any thread; each
 * generated {@code App} is a fresh builder owned by the property that receives it.
 */
package dev.shipshape.testkit;
