package dev.shipshape.testkit.assertions;

import dev.shipshape.dsl.Routable;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GRPCRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GRPCRouteMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GRPCRouteRule;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReference;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one rendered GRPCRoute (Gateway API), from {@link ManifestsAssert#grpcRoute(String)}.
 *
 * <pre>{@code
 * assertThat(manifests).grpcRoute("mobile-api")
 *         .isAttachedTo("infra", "public")
 *         .routesTo("larder.v1.Basket", "basket");
 * }</pre>
 */
public final class GrpcRouteAssert extends AbstractAssert<GrpcRouteAssert, GRPCRoute> {

    GrpcRouteAssert(GRPCRoute actual) {
        super(actual, GrpcRouteAssert.class);
    }

    /**
     * Passes when a rule matching the gRPC service {@code grpcService} (every method, or one) sends calls to the Service
     * {@code service}.
     *
     * <pre>{@code
     * assertThat(manifests).grpcRoute("mobile-api").routesTo("larder.v1.Checkout", "checkout");
     * }</pre>
     *
     * @param grpcService the fully qualified gRPC service of one of the route's matches
     * @param service the name of the Service expected among its backends
     * @return this assert
     */
    public GrpcRouteAssert routesTo(String grpcService, String service) {
        List<String> backends = new ArrayList<>();
        for (GRPCRouteRule rule : actual.getSpec().getRules()) {
            List<GRPCRouteMatch> matches = rule.getMatches() == null ? List.of() : rule.getMatches();
            if (matches.stream().anyMatch(m -> m.getMethod() != null && grpcService.equals(m.getMethod().getService()))
                    && rule.getBackendRefs() != null) {
                rule.getBackendRefs().forEach(b -> backends.add(b.getName()));
            }
        }
        if (!backends.contains(service)) {
            failWithMessage("Expecting GRPCRoute %s to route calls of%n  %s%nto Service%n  %s%nbut it routes them to%n  %s",
                    actual.getMetadata().getName(), grpcService, service, backends.isEmpty() ? "(service not routed)" : backends);
        }
        return myself;
    }

    /**
     * Passes when a rule matching the gRPC service {@code grpcService} sends calls to the Service of {@code target}, a
     * component of the app.
     *
     * <pre>{@code
     * assertThat(app.render()).grpcRoute("mobile-api").routesTo("larder.v1.Basket", basket);
     * }</pre>
     *
     * @param grpcService the fully qualified gRPC service of one of the route's matches
     * @param target the web service expected among its backends
     * @return this assert
     */
    public GrpcRouteAssert routesTo(String grpcService, Routable target) {
        return routesTo(grpcService, target.id().name());
    }

    /**
     * Passes when the route attaches to the Gateway {@code namespace}/{@code name} (any listener).
     *
     * <pre>{@code
     * assertThat(manifests).grpcRoute("mobile-api").isAttachedTo("infra", "public");
     * }</pre>
     *
     * @param namespace the Gateway's namespace
     * @param name the Gateway's name
     * @return this assert
     */
    public GrpcRouteAssert isAttachedTo(String namespace, String name) {
        List<ParentReference> parents = actual.getSpec().getParentRefs() == null ? List.of() : actual.getSpec().getParentRefs();
        Parents.missing("GRPCRoute " + actual.getMetadata().getName(), actual.getMetadata().getNamespace(), parents, namespace, name)
                .ifPresent(why -> failWithMessage("%s", why));
        return myself;
    }
}
