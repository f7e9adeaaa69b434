package dev.shipshape.testkit.assertions;

import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReference;
import java.util.List;
import java.util.Optional;

/** The parents of a Gateway API route, for the route asserts. */
final class Parents {

    private Parents() {
    }

    /**
     * {@return why {@code route} does not attach to the Gateway {@code namespace}/{@code name}; empty when it does} A
     * parent without a namespace is in the route's, and one without a kind is a Gateway.
     */
    static Optional<String> missing(String route, String routeNamespace, List<ParentReference> parents, String namespace,
                                    String name) {
        for (ParentReference p : parents) {
            String ns = p.getNamespace() == null ? routeNamespace : p.getNamespace();
            boolean gateway = p.getKind() == null || p.getKind().equals("Gateway");
            if (gateway && name.equals(p.getName()) && namespace.equals(ns)) {
                return Optional.empty();
            }
        }
        return Optional.of(String.format("Expecting %s to attach to Gateway%n  %s/%s%nbut its parents are%n  %s", route,
                namespace, name, parents.stream().map(p -> (p.getNamespace() == null ? routeNamespace : p.getNamespace()) + "/"
                        + p.getName() + (p.getSectionName() == null ? "" : ":" + p.getSectionName())).toList()));
    }
}
