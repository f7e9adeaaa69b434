package dev.shipshape.dsl;

import dev.shipshape.model.ComponentId;

/**
 * A component an Ingress can route to: one that serves HTTP through a Service. Stores are not routable.
 *
 * <pre>{@code
 * ingress.route("/api", frontend);   // WebService
 * ingress.route("/", files);         // StaticSite
 * }</pre>
 */
public sealed interface Routable permits ServiceWorkload {

    /** {@return the component id} */
    ComponentId id();
}
