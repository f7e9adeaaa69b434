package dev.shipshape.dsl;

import dev.shipshape.model.ParentSpec;
import dev.shipshape.units.Names;
import java.util.Objects;
import java.util.Optional;

/**
 * A Gateway the platform owns (Gateway API, {@code gateway.networking.k8s.io/v1}), which the app's routes attach to.
 * Shipshape never renders the Gateway: it names it in each route's {@code parentRefs}, and its NetworkPolicies admit
 * the Gateway's pods on the routed ports. Immutable: {@link #listener(String)} and {@link #podsIn(String)} return a new
 * reference.
 *
 * <pre>{@code
 * GatewayRef gw = app.gateway("infra", "public");               // every listener that admits the route
 * GatewayRef https = gw.listener("https");                      // sectionName: only the listener named https
 * GatewayRef envoy = gw.podsIn("envoy-gateway-system");         // Envoy Gateway runs the proxies in its own namespace
 * app.httpRoute("shop").parent(https).route("/", web);
 * }</pre>
 */
public final class GatewayRef {

    private final String namespace;
    private final String name;
    private final Optional<String> listener;
    private final String podsNamespace;

    GatewayRef(String namespace, String name, Optional<String> listener, String podsNamespace) {
        this.namespace = namespace;
        this.name = name;
        this.listener = listener;
        this.podsNamespace = podsNamespace;
    }

    static GatewayRef of(String namespace, String name) {
        String ns = Names.requireDns1123Label("gateway namespace", namespace);
        return new GatewayRef(ns, Names.requireDns1123Subdomain("gateway name", name), Optional.empty(), ns);
    }

    /**
     * {@return a reference to one listener of this Gateway ({@code parentRefs[].sectionName})}
     *
     * <pre>{@code
     * GatewayRef https = app.gateway("infra", "public").listener("https");
     * }</pre>
     *
     * @param sectionName the listener's name, as the Gateway's {@code spec.listeners[].name} spells it
     * @throws IllegalArgumentException if it is not a DNS-1123 subdomain (the Gateway API's {@code SectionName})
     */
    public GatewayRef listener(String sectionName) {
        return new GatewayRef(namespace, name, Optional.of(Names.requireDns1123Subdomain("listener name", sectionName)),
                podsNamespace);
    }

    /**
     * {@return this Gateway, with its pods in {@code namespace}}: the namespace the NetworkPolicies admit traffic from.
     * By default the Gateway's own, where Istio, Cilium and kgateway run a Gateway's proxies; Envoy Gateway runs them in
     * its controller's namespace ({@code envoy-gateway-system}).
     *
     * <pre>{@code
     * GatewayRef gw = app.gateway("infra", "public").podsIn("envoy-gateway-system");
     * }</pre>
     *
     * @param namespace the namespace of the Gateway's pods, a DNS-1123 label
     * @throws IllegalArgumentException if it is not a DNS-1123 label
     */
    public GatewayRef podsIn(String namespace) {
        return new GatewayRef(this.namespace, name, listener, Names.requireDns1123Label("gateway pods namespace", namespace));
    }

    /** {@return the Gateway's namespace} */
    public String namespace() {
        return namespace;
    }

    /** {@return the Gateway's name} */
    public String name() {
        return name;
    }

    /** {@return the listener the routes attach to, if one} */
    public Optional<String> listenerName() {
        return listener;
    }

    /** {@return the namespace the Gateway's pods run in} */
    public String podsNamespace() {
        return podsNamespace;
    }

    ParentSpec spec() {
        return new ParentSpec(namespace, name, listener, podsNamespace);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GatewayRef g && g.namespace.equals(namespace) && g.name.equals(name)
                && g.listener.equals(listener) && g.podsNamespace.equals(podsNamespace);
    }

    @Override
    public int hashCode() {
        return Objects.hash(namespace, name, listener, podsNamespace);
    }

    @Override
    public String toString() {
        return spec().describe();
    }
}
