package dev.shipshape.testkit.assertions;

import dev.shipshape.dsl.Routable;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRef;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReference;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one rendered HTTPRoute (Gateway API), from {@link ManifestsAssert#httpRoute(String)}.
 *
 * <pre>{@code
 * assertThat(manifests).httpRoute("frontend")
 *         .isAttachedTo("infra", "public")
 *         .routesTo("/api", "frontend")
 *         .routesTo("/", "web-v2", 10);
 * }</pre>
 */
public final class HttpRouteAssert extends AbstractAssert<HttpRouteAssert, HTTPRoute> {

    HttpRouteAssert(HTTPRoute actual) {
        super(actual, HttpRouteAssert.class);
    }

    /**
     * Passes when a rule matching the path {@code path} (Exact or PathPrefix, as written) sends requests to the Service
     * {@code service}.
     *
     * <pre>{@code
     * assertThat(manifests).httpRoute("frontend").routesTo("/api", "frontend");
     * }</pre>
     *
     * @param path the path value of one of the route's matches
     * @param service the name of the Service expected among its backends
     * @return this assert
     */
    public HttpRouteAssert routesTo(String path, String service) {
        List<HTTPBackendRef> backends = backends(path);
        if (backends.stream().noneMatch(b -> service.equals(b.getName()))) {
            failWithMessage("Expecting HTTPRoute %s to route%n  %s%nto Service%n  %s%nbut it routes it to%n  %s",
                    actual.getMetadata().getName(), path, service, describe(backends));
        }
        return myself;
    }

    /**
     * Passes when a rule matching the path {@code path} sends requests to the Service of {@code target}, a component
     * of the app.
     *
     * <pre>{@code
     * assertThat(app.render()).httpRoute("frontend").routesTo("/api", frontend);
     * }</pre>
     *
     * @param path the path value of one of the route's matches
     * @param target the web service or static site expected among its backends
     * @return this assert
     */
    public HttpRouteAssert routesTo(String path, Routable target) {
        return routesTo(path, target.id().name());
    }

    /**
     * Passes when a rule matching {@code path} sends requests to {@code service} with the weight {@code weight} (a
     * backend without a weight has the Gateway API's default, 1).
     *
     * <pre>{@code
     * assertThat(manifests).httpRoute("web").routesTo("/", "web-v2", 10);
     * }</pre>
     *
     * @param path the path value of one of the route's matches
     * @param service the name of the Service
     * @param weight its weight
     * @return this assert
     */
    public HttpRouteAssert routesTo(String path, String service, int weight) {
        List<HTTPBackendRef> backends = backends(path);
        if (backends.stream().noneMatch(b -> service.equals(b.getName()) && weight == (b.getWeight() == null ? 1 : b.getWeight()))) {
            failWithMessage("Expecting HTTPRoute %s to route%n  %s%nto Service%n  %s with weight %s%nbut it routes it to%n  %s",
                    actual.getMetadata().getName(), path, service, weight, describe(backends));
        }
        return myself;
    }

    /**
     * Passes when the route attaches to the Gateway {@code namespace}/{@code name} (any listener).
     *
     * <pre>{@code
     * assertThat(manifests).httpRoute("frontend").isAttachedTo("infra", "public");
     * }</pre>
     *
     * @param namespace the Gateway's namespace
     * @param name the Gateway's name
     * @return this assert
     */
    public HttpRouteAssert isAttachedTo(String namespace, String name) {
        List<ParentReference> parents = actual.getSpec().getParentRefs() == null ? List.of() : actual.getSpec().getParentRefs();
        Parents.missing("HTTPRoute " + actual.getMetadata().getName(), actual.getMetadata().getNamespace(), parents, namespace, name)
                .ifPresent(why -> failWithMessage("%s", why));
        return myself;
    }

    private List<HTTPBackendRef> backends(String path) {
        List<HTTPBackendRef> out = new ArrayList<>();
        for (HTTPRouteRule rule : actual.getSpec().getRules()) {
            List<HTTPRouteMatch> matches = rule.getMatches() == null ? List.of() : rule.getMatches();
            boolean matched = matches.isEmpty() ? path.equals("/")
                    : matches.stream().anyMatch(m -> m.getPath() == null ? path.equals("/") : path.equals(m.getPath().getValue()));
            if (matched && rule.getBackendRefs() != null) {
                out.addAll(rule.getBackendRefs());
            }
        }
        return out;
    }

    private static Object describe(List<HTTPBackendRef> backends) {
        return backends.isEmpty() ? "(path not routed)" : backends.stream()
                .map(b -> b.getName() + (b.getWeight() == null ? "" : " (weight " + b.getWeight() + ")")).toList();
    }
}
