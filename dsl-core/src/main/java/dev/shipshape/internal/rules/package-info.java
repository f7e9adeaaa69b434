/**
 * <b>Not API.</b> The rule catalog: one package-private class per rule id, listed by Catalog. Anything here may change in any release; use the API packages
 * ({@code dev.shipshape.dsl}, {@code …model}, {@code …units}, {@code …validation}, {@code …render}).
 */
package dev.shipshape.internal.rules;
