package dev.shipshape.model;

/**
 * A frozen component of an application: a workload, a config, a secret or an ingress. The set is closed, so code that
 * handles every kind (rendering, the diagram) is checked by the compiler when a kind is added.
 *
 * <pre>{@code
 * for (ComponentSpec c : app.model().components()) {
 *     System.out.println(c.id().path());   // journal/secret:redis-passwd, journal/config:frontend-config, …
 * }
 * }</pre>
 */
public sealed interface ComponentSpec permits WorkloadSpec, ConfigSpec, SecretSpec, IngressSpec, GatewayRouteSpec {

    /** {@return the component's identity: its app, kind and name} */
    ComponentId id();

    /** {@return the component's name} */
    String name();
}
