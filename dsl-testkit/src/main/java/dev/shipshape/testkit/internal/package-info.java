/**
 * <b>Not API.</b> The implementations of the testkit's arbitraries ({@code Default…Arbitrary}), the mistakes the
 * invalid apps are made with, and the jqwik provider that lets {@code @ForAll} take Shipshape's types. Use the
 * interfaces and the facade {@code ShipshapeArbitraries} instead; anything here may change in any release.
 */
package dev.shipshape.testkit.internal;
