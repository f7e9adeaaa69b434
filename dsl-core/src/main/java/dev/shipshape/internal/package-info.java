/**
 * <b>Not API.</b> Helpers every layer uses: argument checks, the quantity parser, name suggestions, waiver checks, and the bridge through which the library creates values users cannot. Anything here may change in any release; use the API packages
 * ({@code dev.shipshape.dsl}, {@code …model}, {@code …units}, {@code …validation}, {@code …render}).
 */
package dev.shipshape.internal;
