package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code route.backend-protocol}: a GRPCRoute backend on a Service port that, as far as the manifests say, does not
 * speak gRPC. gRPC needs HTTP/2; a port's protocol is what its {@code appProtocol} says (Kubernetes' own values
 * {@code kubernetes.io/h2c}, or IANA service names such as {@code grpc}, {@code http2}), else what its name says by the
 * {@code <protocol>[-<suffix>]} convention service meshes follow (Istio: {@code grpc}, {@code grpc-web},
 * {@code http2} speak it; {@code http}, {@code https}, {@code tcp}, {@code tls}, {@code udp}, {@code mongo},
 * {@code mysql}, {@code redis} do not). A name that says nothing ({@code api}, {@code web}) is not reported. A warning:
 * a port named {@code http} can serve HTTP/2 without TLS, but then its name misleads every mesh and reader. Not API.
 */
final class RouteBackendProtocol extends BaseRule {

    /** {@code appProtocol} values and name prefixes of ports that speak gRPC. */
    private static final Set<String> GRPC = Set.of("grpc", "grpc-web", "http2", "h2c", "kubernetes.io/h2c");
    /** Name prefixes (and {@code appProtocol} values) of ports that speak something else. */
    private static final Set<String> OTHER = Set.of("http", "https", "tcp", "tls", "udp", "mongo", "mysql", "redis",
            "kubernetes.io/ws", "kubernetes.io/wss");

    RouteBackendProtocol() {
        super(RuleDeclaration.warning("route.backend-protocol",
                "a GRPCRoute backend on a Service port whose appProtocol or name says it speaks another protocol than "
                        + "gRPC (HTTP/2): the Gateway's calls would fail",
                "route to the port that serves gRPC, or name it for its protocol (`grpc`, or appProtocol `kubernetes.io/h2c`)"));
    }

    @Override
    public void register(Registry registry) {
        registry.graph(this::check);
    }

    private void check(CheckContext ctx, Findings findings) {
        for (RouteBackends b : RouteBackends.all(ctx)) {
            if (!b.route().kind().equals("GRPCRoute") || !b.isService() || b.port().isEmpty()) {
                continue;
            }
            b.service(ctx).flatMap(s -> Services.ports(s).stream().filter(p -> b.port().get().equals(p.getPort()))
                    .findFirst()).ifPresent(port -> protocol(port).filter(OTHER::contains).ifPresent(protocol -> {
                        String says = port.getAppProtocol() != null ? "its appProtocol is " + port.getAppProtocol()
                                : "its name '" + port.getName() + "' says " + protocol;
                        findings.report(b.place(), b.line() + "sends gRPC calls to port " + b.port().get() + " of Service "
                                        + b.name() + ", but " + says + ", not gRPC (HTTP/2): the Gateway's calls would fail.",
                                b.route().isRendered() ? "route to the port that serves gRPC (.service(\"…\", " + b.name()
                                        + ", \"grpc\")), or name that port 'grpc'."
                                        : "route to the port that serves gRPC, or set its appProtocol: kubernetes.io/h2c"
                                        + " (or name it grpc).");
                    }));
        }
    }

    /** The protocol a port says it speaks: its {@code appProtocol}, else its name's prefix; empty when it says none. */
    static Optional<String> protocol(ServicePort port) {
        if (port.getAppProtocol() != null && !port.getAppProtocol().isEmpty()) {
            return Optional.of(port.getAppProtocol().toLowerCase(Locale.ROOT));
        }
        if (port.getName() == null || port.getName().isEmpty()) {
            return Optional.empty();
        }
        String name = port.getName().toLowerCase(Locale.ROOT);
        if (name.startsWith("grpc-web")) {
            return Optional.of("grpc-web");
        }
        int dash = name.indexOf('-');
        String prefix = dash < 0 ? name : name.substring(0, dash);
        return GRPC.contains(prefix) || OTHER.contains(prefix) ? Optional.of(prefix) : Optional.empty();
    }
}
