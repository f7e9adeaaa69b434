/**
 * <b>Not API.</b> How rendered objects are named: the kustomize content hash of versioned ConfigMaps and a store's host names. Anything here may change in any release; use the API packages
 * ({@code dev.shipshape.dsl}, {@code …model}, {@code …units}, {@code …validation}, {@code …render}).
 */
package dev.shipshape.internal.naming;
