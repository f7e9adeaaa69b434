/**
 * <b>Not API.</b> Facts derived from the frozen model that several layers need alike: the host names of stores and
 * who talks to whom. Reads the model only. Anything here may change in any release.
 */
package dev.shipshape.internal.graph;
