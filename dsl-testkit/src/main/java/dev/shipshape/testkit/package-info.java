/**
 * <b>API.</b> Test support for Shipshape applications, in jqwik's and AssertJ's shape: the facade
 * {@link dev.shipshape.testkit.ShipshapeArbitraries} hands out configurable arbitraries — interfaces here
 * ({@link dev.shipshape.testkit.AppArbitrary}, {@link dev.shipshape.testkit.CpuArbitrary}, …) whose configuration methods
 * return new arbitraries, implemented in {@code …testkit.internal} — valid by construction, with {@code invalid…}
 * counterparts that break one known rule; {@link dev.shipshape.testkit.ShipshapeAssertions} is the AssertJ entry point
 * to the assertions of {@code …testkit.assertions}; {@link dev.shipshape.testkit.Snapshots} compares golden files.
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
