package dev.shipshape.dsl;

import dev.shipshape.internal.graph.Addresses;
import dev.shipshape.model.Address;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.PortSpec;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where to call a Service: {@code host:port}, derived from the rendered objects, never typed by hand. Each use (an env
 * var, a config entry, an element of the arguments, a part of a {@link Template}) is an edge of the app's graph: the
 * NetworkPolicies let the calling pods reach the target's pods on the port its container listens on, and nothing else.
 *
 * <pre>{@code
 * WebService email = app.webService("email", img).port("grpc", 8080, 5000);   // listens on 8080, Service port 5000
 * checkout.env("EMAIL_ADDR", email.endpoint("grpc"));          // "email:5000"; the NetworkPolicies open 8080
 * checkout.env("CART_ADDR", redis.primaryEndpoint("redis"));   // "redis-0.redis:6379"
 * checkout.env("PAYMENTS", Shipshape.serviceIn("payments", "api", 443));   // "api.payments.svc:443"
 * checkout.env("CATALOG", catalog.endpoint("grpc").fqdn());    // "catalog.shop.svc.cluster.local:3550"
 * }</pre>
 *
 * <p>An endpoint is a value, not text: {@code endpoint + "/api"} makes a string that is no longer an edge, and
 * {@code reference.untyped} reports where it lands. Use {@link Template#of(Object...)} to build text around one.
 */
public final class Endpoint {

    private final Workload<?> target;
    private final Address.Via via;
    private final String port;
    private final boolean fqdn;
    private final Address.OtherNamespace other;

    private Endpoint(Workload<?> target, Address.Via via, String port, boolean fqdn, Address.OtherNamespace other) {
        this.target = target;
        this.via = via;
        this.port = port;
        this.fqdn = fqdn;
        this.other = other;
    }

    /** The endpoint of {@code target}'s port {@code port}, through one of its Services. */
    static Endpoint of(Workload<?> target, Address.Via via, String port) {
        return new Endpoint(target, via, port, false, null);
    }

    /** A Service of another namespace. */
    static Endpoint in(Address.OtherNamespace other) {
        return new Endpoint(null, null, other.service(), false, other);
    }

    /**
     * The same endpoint with its host fully qualified, {@code catalog.<namespace>.svc.cluster.local:3550}, for clients
     * that do not search the namespace's DNS suffixes. A Service of another namespace is written as
     * {@code <service>.<namespace>.svc} either way.
     *
     * @return the qualified endpoint
     */
    public Endpoint fqdn() {
        return other != null ? this : new Endpoint(target, via, port, true, null);
    }

    /**
     * The endpoint's short form as the app would render it now, {@code host:servicePort}; a qualified endpoint is
     * given short too, since the app's namespace may still change.
     *
     * <pre>{@code
     * email.endpoint("grpc").address();          // "email:5000"
     * email.endpoint("grpc").fqdn().address();   // "email:5000" as well
     * }</pre>
     *
     * @return the text
     */
    public String address() {
        return Addresses.render(fqdn ? new Endpoint(target, via, port, false, null).freeze() : freeze(), Optional.empty());
    }

    /** The typed address, its port numbers read from the target as it is now. */
    Address freeze() {
        if (other != null) {
            return other;
        }
        Optional<PortSpec> p = target.effectivePorts().stream().filter(s -> s.name().equals(port)).findFirst();
        return new Address.ServiceEndpoint(target.id(), via, port,
                p.map(s -> OptionalInt.of(s.servicePort())).orElse(OptionalInt.empty()),
                p.map(s -> OptionalInt.of(s.number())).orElse(OptionalInt.empty()), fqdn);
    }

    /** The component called, if it is one of an app. */
    Optional<ComponentId> target() {
        return Optional.ofNullable(target).map(Workload::id);
    }

    /**
     * What the endpoint stands for, for debugging:
     * {@code catalog:3550 (endpoint of webService:catalog, port grpc)}. Concatenating it into a string makes text that
     * is no longer an edge of the graph; {@code reference.untyped} reports it where it lands.
     */
    @Override
    public String toString() {
        if (other != null) {
            return address() + " (endpoint of Service " + other.service() + " in namespace " + other.namespace() + ")";
        }
        return address() + " (endpoint of " + target.id().kind().pathSegment() + ":" + target.name() + ", port " + port
                + (via == Address.Via.SERVICE ? "" : via == Address.Via.PRIMARY ? ", primary" : ", read Service")
                + (fqdn ? ", qualified with .<app namespace>.svc.cluster.local when rendered" : "") + ")";
    }
}
