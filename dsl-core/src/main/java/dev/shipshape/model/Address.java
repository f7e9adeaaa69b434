package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.units.Names;
import java.util.OptionalInt;

/**
 * A typed network address one component gives another, frozen: the host of a store ({@link EnvSource.HostRef}), the
 * {@code host:port} of a Service of the app ({@link ServiceEndpoint}), or of a Service in another namespace
 * ({@link OtherNamespace}). Each use of one is an edge of the app's graph: the NetworkPolicies let exactly these calls
 * through.
 *
 * <pre>{@code
 * for (AddressUse use : app.model().workloads().get(0).container().addresses()) {
 *     System.out.println(use.where() + " → " + use.address());   // env:CATALOG_ADDR → ServiceEndpoint[target=…]
 * }
 * }</pre>
 */
public sealed interface Address permits EnvSource.HostRef, Address.ServiceEndpoint, Address.OtherNamespace {

    /** Which Service of a component an endpoint goes through. */
    enum Via {
        /** The component's own Service: a web service's or a static site's {@code <name>}. */
        SERVICE,
        /** A store's first pod, through its headless governing Service: {@code <store>-0.<store>}. */
        PRIMARY,
        /** A store's read Service over all its pods: {@code <store>-read}. */
        READ
    }

    /**
     * {@code host:port} of a Service of a component of an app, as its Service serves the port named {@code port}.
     *
     * @param target      the web service, static site or store called
     * @param via         which of its Services
     * @param port        the name of the port called
     * @param servicePort the number the Service serves the port on; empty when the target has no port of that name
     * @param targetPort  the number the target's container listens on (what NetworkPolicies allow); empty likewise
     * @param fqdn        whether the host is written with {@code .<namespace>.svc.cluster.local}
     */
    record ServiceEndpoint(ComponentId target, Via via, String port, OptionalInt servicePort, OptionalInt targetPort,
                           boolean fqdn) implements Address {
        /**
         * Rejects null parts.
         *
         * @param target      the web service, static site or store called
         * @param via         which of its Services
         * @param port        the name of the port called
         * @param servicePort the number the Service serves the port on; empty when the target has no port of that name
         * @param targetPort  the number the target's container listens on; empty likewise
         * @param fqdn        whether the host is written with {@code .<namespace>.svc.cluster.local}
         */
        public ServiceEndpoint {
            Args.notNull(target, "target");
            Args.notNull(via, "via");
            Args.notNull(port, "port");
            Args.notNull(servicePort, "servicePort");
            Args.notNull(targetPort, "targetPort");
        }
    }

    /**
     * {@code <service>.<namespace>.svc:<port>}: a Service of another team, in another namespace.
     *
     * @param namespace  the Service's namespace, a DNS-1123 label
     * @param service    the Service's name, a DNS-1035 label
     * @param port       the port the Service serves
     * @param targetPort the port its pods listen on (what the NetworkPolicy allows); {@code port} unless said
     */
    record OtherNamespace(String namespace, String service, int port, int targetPort) implements Address {
        /**
         * Checks the names and the ports.
         *
         * @param namespace  the Service's namespace, a DNS-1123 label
         * @param service    the Service's name, a DNS-1035 label
         * @param port       the port the Service serves, 1 to 65535
         * @param targetPort the port its pods listen on, 1 to 65535
         */
        public OtherNamespace {
            Names.requireDns1123Label("namespace", namespace);
            Names.requireDns1035Label("service name", service);
            Args.port("port of " + service + "." + namespace, port);
            Args.port("target port of " + service + "." + namespace, targetPort);
        }
    }
}
