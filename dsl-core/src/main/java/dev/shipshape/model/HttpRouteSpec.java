package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import java.util.List;
import java.util.SortedMap;

/**
 * A frozen HTTPRoute ({@code gateway.networking.k8s.io/v1}).
 *
 * <pre>{@code
 * HttpRouteSpec r = app.model().httpRoutes().get(0);
 * r.rules().get(0).match().path();   // "/api"
 * }</pre>
 *
 * @param id          the component
 * @param parents     the Gateways it attaches to
 * @param hostnames   the hostnames it serves
 * @param rules       the rules, in the order given (one match each)
 * @param labels      labels of the route object, beside Shipshape's own
 * @param annotations annotations of the route object
 */
public record HttpRouteSpec(ComponentId id, List<ParentSpec> parents, List<String> hostnames, List<HttpRuleSpec> rules,
                            SortedMap<String, String> labels, SortedMap<String, String> annotations) implements GatewayRouteSpec {
    /**
     * Rejects null parts and copies the collections.
     *
     * @param id the component
     * @param parents the Gateways it attaches to
     * @param hostnames the hostnames it serves
     * @param rules the rules
     * @param labels labels of the route object
     * @param annotations annotations of the route object
     */
    public HttpRouteSpec {
        Args.notNull(id, "id");
        parents = Args.list(parents, "parents");
        hostnames = Args.list(hostnames, "hostnames");
        rules = Args.list(rules, "rules");
        labels = Args.sortedCopy(labels, "labels");
        annotations = Args.sortedCopy(annotations, "annotations");
    }

    /** {@return the route's name} */
    @Override
    public String name() {
        return id.name();
    }

    @Override
    public List<List<BackendSpec>> ruleBackends() {
        return rules.stream().map(HttpRuleSpec::backends).toList();
    }
}
