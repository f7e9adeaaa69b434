package dev.shipshape.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * What the two Gateway API routes Shipshape renders share: the Gateways they attach to, their hostnames and their
 * backends.
 *
 * <pre>{@code
 * for (GatewayRouteSpec r : app.model().gatewayRoutes()) {
 *     r.parents();    // [Gateway infra/public]
 *     r.backends();   // every backend of every rule
 * }
 * }</pre>
 */
public sealed interface GatewayRouteSpec extends ComponentSpec permits HttpRouteSpec, GrpcRouteSpec {

    /** {@return the Gateways (and listeners) the route attaches to, in the order given} */
    List<ParentSpec> parents();

    /** {@return the hostnames the route serves, in the order given; empty: every hostname its listeners accept} */
    List<String> hostnames();

    /** {@return labels of the route object, beside Shipshape's own} */
    SortedMap<String, String> labels();

    /** {@return annotations of the route object} */
    SortedMap<String, String> annotations();

    /** {@return the backends of each rule, rule by rule} */
    List<List<BackendSpec>> ruleBackends();

    /** {@return every backend of every rule, in rule order} */
    default List<BackendSpec> backends() {
        List<BackendSpec> out = new ArrayList<>();
        ruleBackends().forEach(out::addAll);
        return out;
    }
}
