package dev.shipshape.internal.graph;

import dev.shipshape.model.Address;
import dev.shipshape.model.EnvSource;
import java.util.Optional;

/**
 * What a typed address is written as, in one place: a store's host ({@code redis-0.redis}), an endpoint of a Service
 * of the app ({@code catalog:3550}, {@code redis-0.redis:6379}, {@code redis-read:6379}; with
 * {@code .<namespace>.svc.cluster.local} when fully qualified), or a Service of another namespace
 * ({@code api.payments.svc:443}). Not API.
 *
 * <pre>{@code
 * Addresses.render(endpoint, Optional.of("shop"));   // "catalog:3550"
 * }</pre>
 */
public final class Addresses {

    private Addresses() {
    }

    /**
     * {@code address} as written in an app whose namespace is {@code namespace}. An endpoint whose port the target
     * does not have is written with the port's name ({@code catalog:grcp}); {@code reference.unresolved} reports it.
     */
    public static String render(Address address, Optional<String> namespace) {
        if (address instanceof EnvSource.HostRef h) {
            return StoreNames.hostname(h, namespace);
        }
        if (address instanceof Address.OtherNamespace o) {
            return o.service() + "." + o.namespace() + ".svc:" + o.port();
        }
        Address.ServiceEndpoint e = (Address.ServiceEndpoint) address;
        String host = host(e);
        return (e.fqdn() ? StoreNames.qualify(host, namespace) : host) + ":"
                + (e.servicePort().isPresent() ? Integer.toString(e.servicePort().getAsInt()) : e.port());
    }

    /** The host name of an endpoint's Service, unqualified: {@code catalog}, {@code redis-0.redis}, {@code redis-read}. */
    public static String host(Address.ServiceEndpoint e) {
        String name = e.target().name();
        return switch (e.via()) {
            case SERVICE -> name;
            case PRIMARY -> StoreNames.primaryHost(name);
            case READ -> StoreNames.readService(name);
        };
    }
}
