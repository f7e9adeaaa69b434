/**
 * <b>Not API.</b> The validator: one walk over the model and the final objects that dispatches to the checks each rule registers, with the nodes, places and lookups the checks use. Anything here may change in any release; use the API packages
 * ({@code dev.shipshape.dsl}, {@code …model}, {@code …units}, {@code …validation}, {@code …render}).
 */
package dev.shipshape.internal.validation;
