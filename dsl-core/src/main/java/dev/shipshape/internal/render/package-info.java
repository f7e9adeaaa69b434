/**
 * <b>Not API.</b> The renderer (model to fabric8 objects), the labels, the YAML and JSON mappers and the atomic directory writer. Anything here may change in any release; use the API packages
 * ({@code dev.shipshape.dsl}, {@code …model}, {@code …units}, {@code …validation}, {@code …render}).
 */
package dev.shipshape.internal.render;
