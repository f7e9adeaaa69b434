/**
 * <b>Not API.</b> The top of the internal layers: the bridge through which the DSL creates values users cannot.
 * Below it, in layers that never point back up (an architecture test holds them to it): {@code internal.lang} (leaf
 * helpers), the units and the model, {@code internal.graph}, {@code internal.objects}, {@code internal.yaml},
 * {@code internal.io}, {@code internal.render}, {@code internal.validation} (the engine), {@code internal.rules}, the
 * validation API, {@code internal.check}, and the render API. Anything here may change in any release.
 */
package dev.shipshape.internal;
