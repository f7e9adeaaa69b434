package dev.shipshape.internal.render;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.BackendSpec;
import dev.shipshape.model.GatewayRouteSpec;
import dev.shipshape.model.GrpcRouteSpec;
import dev.shipshape.model.GrpcRuleSpec;
import dev.shipshape.model.HttpMatch;
import dev.shipshape.model.HttpRouteSpec;
import dev.shipshape.model.HttpRuleSpec;
import dev.shipshape.model.ParentSpec;
import dev.shipshape.model.PathType;
import dev.shipshape.model.PortSpec;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GRPCBackendRef;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GRPCMethodMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GRPCRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GRPCRouteMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GRPCRouteRule;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GRPCRouteSpec;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRef;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPHeaderMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPPathMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPQueryParamMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteMatch;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteSpec;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReference;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The Gateway API routes ({@code gateway.networking.k8s.io/v1}): an HTTPRoute or a GRPCRoute with the Gateways as
 * {@code parentRefs} (group and kind left to their defaults, Gateway; the namespace always written, since the Gateway's
 * is rarely the route's), the hostnames, and one rule per route given, in order. A backend is the target's Service
 * (kind and group defaulted) on the Service port of the port named; its weight is written unless it is the default, 1.
 * A backend whose port cannot be resolved (a foreign target, a port the target lacks) is rendered without one, and
 * reported by the reference rules. Not API.
 */
final class GatewayRoutes {

    private GatewayRoutes() {
    }

    /** HTTPRoutes. */
    static final class Http extends ComponentRenderer<HttpRouteSpec> {
        Http() {
            super(HttpRouteSpec.class);
        }

        @Override
        void render(HttpRouteSpec r, RenderContext.Scope out) {
            List<HTTPRouteRule> rules = new ArrayList<>(r.rules().size());
            for (HttpRuleSpec rule : r.rules()) {
                List<HTTPBackendRef> backends = new ArrayList<>(rule.backends().size());
                for (BackendSpec b : rule.backends()) {
                    HTTPBackendRef ref = new HTTPBackendRef();
                    ref.setName(b.target().name());
                    ref.setPort(port(out.app(), b));
                    ref.setWeight(b.weight() == 1 ? null : b.weight());
                    backends.add(ref);
                }
                HTTPRouteRule h = new HTTPRouteRule();
                h.setMatches(Fabric.list(match(rule.match())));
                h.setBackendRefs(backends);
                rules.add(h);
            }
            HTTPRouteSpec spec = new HTTPRouteSpec();
            spec.setParentRefs(parents(r));
            spec.setHostnames(r.hostnames().isEmpty() ? null : new ArrayList<>(r.hostnames()));
            spec.setRules(rules);
            HTTPRoute route = new HTTPRoute();
            route.setMetadata(meta(r, out));
            route.setSpec(spec);
            out.add(route);
        }

        private static HTTPRouteMatch match(HttpMatch m) {
            HTTPRouteMatch match = new HTTPRouteMatch();
            match.setPath(new HTTPPathMatch(m.pathType() == PathType.EXACT ? "Exact" : "PathPrefix", m.path()));
            if (!m.headers().isEmpty()) {
                List<HTTPHeaderMatch> headers = new ArrayList<>();
                m.headers().forEach((k, v) -> headers.add(new HTTPHeaderMatch(k, null, v)));
                match.setHeaders(headers);
            }
            if (!m.queries().isEmpty()) {
                List<HTTPQueryParamMatch> queries = new ArrayList<>();
                m.queries().forEach((k, v) -> queries.add(new HTTPQueryParamMatch(k, null, v)));
                match.setQueryParams(queries);
            }
            match.setMethod(m.method().orElse(null));
            return match;
        }
    }

    /** GRPCRoutes. */
    static final class Grpc extends ComponentRenderer<GrpcRouteSpec> {
        Grpc() {
            super(GrpcRouteSpec.class);
        }

        @Override
        void render(GrpcRouteSpec r, RenderContext.Scope out) {
            List<GRPCRouteRule> rules = new ArrayList<>(r.rules().size());
            for (GrpcRuleSpec rule : r.rules()) {
                List<GRPCBackendRef> backends = new ArrayList<>(rule.backends().size());
                for (BackendSpec b : rule.backends()) {
                    GRPCBackendRef ref = new GRPCBackendRef();
                    ref.setName(b.target().name());
                    ref.setPort(port(out.app(), b));
                    ref.setWeight(b.weight() == 1 ? null : b.weight());
                    backends.add(ref);
                }
                GRPCMethodMatch method = new GRPCMethodMatch();
                method.setService(rule.service());
                method.setMethod(rule.method().orElse(null));
                GRPCRouteMatch match = new GRPCRouteMatch();
                match.setMethod(method);
                GRPCRouteRule g = new GRPCRouteRule();
                g.setMatches(Fabric.list(match));
                g.setBackendRefs(backends);
                rules.add(g);
            }
            GRPCRouteSpec spec = new GRPCRouteSpec();
            spec.setParentRefs(parents(r));
            spec.setHostnames(r.hostnames().isEmpty() ? null : new ArrayList<>(r.hostnames()));
            spec.setRules(rules);
            GRPCRoute route = new GRPCRoute();
            route.setMetadata(meta(r, out));
            route.setSpec(spec);
            out.add(route);
        }
    }

    private static ObjectMeta meta(GatewayRouteSpec r, RenderContext.Scope out) {
        SortedMap<String, String> labels = new TreeMap<>(r.labels());
        labels.putAll(Labels.of(out.app(), r.name(), r.id().kind()));
        return RenderContext.withAnnotations(out.meta(r.name(), labels, true), r.annotations());
    }

    private static List<ParentReference> parents(GatewayRouteSpec r) {
        List<ParentReference> parents = new ArrayList<>(r.parents().size());
        for (ParentSpec p : r.parents()) {
            ParentReference ref = new ParentReference();
            ref.setName(p.name());
            ref.setNamespace(p.namespace());
            ref.setSectionName(p.listener().orElse(null));
            parents.add(ref);
        }
        return parents;
    }

    /** The Service port of the target's port the backend names; null when it cannot be resolved (then reported). */
    private static Integer port(AppSpec app, BackendSpec b) {
        if (!app.owns(b.target()) || b.port().isEmpty()) {
            return null;
        }
        return app.workload(b.target()).flatMap(w -> w.port(b.port().get())).map(PortSpec::servicePort).orElse(null);
    }
}
