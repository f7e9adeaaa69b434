package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A frozen Ingress.
 *
 * <pre>{@code
 * IngressSpec i = app.model().ingresses().get(0);
 * i.routes().get(0).path();   // "/api"
 * }</pre>
 *
 * @param id        the component
 * @param className the IngressClass, if set
 * @param tlsSecret the TLS Secret covering every host of the Ingress, if set
 * @param hosts     the hosts, in the order first named
 * @param routes    the routes, in the order given (which is the order rendered)
 * @param labels      labels of the Ingress object, beside Shipshape's own
 * @param annotations annotations of the Ingress object (a cert-manager issuer, controller settings)
 */
public record IngressSpec(ComponentId id, Optional<String> className, Optional<SecretSpec> tlsSecret, List<String> hosts,
                          List<RouteSpec> routes, SortedMap<String, String> labels, SortedMap<String, String> annotations) implements ComponentSpec {
    /**
     * Rejects null parts and copies the collections.
     *
     * @param id the component
     * @param className the IngressClass, if set
     * @param tlsSecret the TLS Secret covering every host of the Ingress, if set
     * @param hosts the hosts, in the order first named
     * @param routes the routes, in the order given (which is the order rendered)
     * @param labels labels of the Ingress object, beside Shipshape's own
     * @param annotations annotations of the Ingress object
     */
    public IngressSpec {
        Args.notNull(id, "id");
        Args.notNull(className, "className");
        Args.notNull(tlsSecret, "tlsSecret");
        hosts = Args.list(hosts, "hosts");
        routes = Args.list(routes, "routes");
        labels = Args.sortedCopy(labels, "labels");
        annotations = Args.sortedCopy(annotations, "annotations");
    }

    /** {@return the Ingress's name} */
    public String name() {
        return id.name();
    }
}
