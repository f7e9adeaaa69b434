package dev.shipshape.dsl;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.IngressSpec;
import dev.shipshape.model.PathType;
import dev.shipshape.model.RouteSpec;
import dev.shipshape.units.Names;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * An Ingress ({@code networking.k8s.io/v1}). Routes go to components, not to Service names and ports typed
 * by hand: the backend is the target's Service and its first port. Routes are rendered in the order given;
 * put the most specific first ({@code ingress.path-order} reports the opposite).
 *
 * <pre>{@code
 * app.ingress("frontend-ingress")
 *         .ingressClassName("nginx")
 *         .host("journal.example.com")
 *         .route("/api", frontend)          // Prefix by default
 *         .route("/", files)
 *         .tls(app.externalSecret("journal-tls", "tls.crt", "tls.key"));
 * }</pre>
 *
 * <p>{@link #host(String)} sets the host for the routes that follow it; routes before any host match every host.
 */
public final class Ingress implements Component<Ingress> {

    private final ComponentId id;
    private Optional<String> className = Optional.empty();
    private Optional<SecretRef> tls = Optional.empty();
    private Optional<String> currentHost = Optional.empty();
    private final Set<String> hosts = new LinkedHashSet<>();
    private final List<PendingRoute> routes = new ArrayList<>();
    private final Adjustments adjustments;

    private record PendingRoute(Optional<String> host, String path, PathType type, Routable target, Optional<String> port) {
    }

    Ingress(ComponentId id) {
        this.id = id;
        this.adjustments = new Adjustments(Optional.of(id));
    }

    @Override
    public ComponentId id() {
        return id;
    }

    /** {@return the Ingress's name} */
    @Override
    public String name() {
        return id.name();
    }

    /**
     * Routes that follow are for {@code host}: a DNS name such as {@code journal.example.com}, or a wildcard such as
     * {@code *.example.com}, as networking/v1 allows ({@code validateIngressRules}).
     *
     * @param host a DNS name, or a wildcard {@code *.example.com}; not an IP address
     * @return this ingress, for chaining
     * @throws IllegalArgumentException if the host is not a DNS-1123 subdomain (optionally after {@code *.}), is longer
     *         than 253 characters wildcard included, or is an IP address (the API server requires a name)
     */
    public Ingress host(String host) {
        hosts.add(requireHost("ingress host", host));
        currentHost = Optional.of(host);
        return this;
    }

    /**
     * A host an Ingress or a Gateway API route serves: a DNS name, or a wildcard {@code *.example.com}; both APIs
     * refuse IP addresses and other wildcards.
     */
    static String requireHost(String what, String host) {
        Args.notNull(host, what);
        if (Names.isIpv4(host)) {
            throw new IllegalArgumentException(what + " '" + host + "' is an IP address; the API server requires a DNS"
                    + " name: route a name that resolves to it (e.g. 'journal.example.com'), or leave the host out to match"
                    + " requests for any host");
        }
        if (!Names.isIngressHost(host)) {
            throw new IllegalArgumentException(what + " '" + Names.printable(host) + "' is not a valid DNS name:"
                    + " lowercase letters, digits, '-' and '.', optionally starting with '*.', at most 253 characters"
                    + " (e.g. 'journal.example.com')");
        }
        return host;
    }

    /**
     * Routes requests whose path has the element-wise prefix {@code path} to {@code target}'s port named {@code http},
     * or to its only port when it has one; a target with several ports and none named {@code http} is reported
     * ({@code reference.unresolved}): name the port with {@link #route(String, Routable, String)}.
     *
     * @param path an absolute path, e.g. {@code /api}
     * @param target a web service or static site of this app
     * @return this ingress, for chaining
     */
    public Ingress route(String path, Routable target) {
        return route(path, target, PathType.PREFIX);
    }

    /**
     * Routes {@code path}, matched as {@code type}, to {@code target}: {@code .route("/healthz", api, PathType.EXACT)}.
     * The port is chosen as by {@link #route(String, Routable)}.
     *
     * @param path an absolute path, e.g. {@code /healthz}
     * @param target a web service or static site of this app
     * @param type {@code PREFIX} (element-wise) or {@code EXACT}
     * @return this ingress, for chaining
     */
    public Ingress route(String path, Routable target, PathType type) {
        return addRoute(path, target, Optional.empty(), type);
    }

    /**
     * Routes requests whose path has the element-wise prefix {@code path} to {@code target}'s port {@code portName}:
     * {@code .route("/", api, "http")}. A port the target does not expose is reported ({@code reference.unresolved}).
     *
     * @param path an absolute path, e.g. {@code /rpc}
     * @param target a web service or static site of this app
     * @param portName the name of one of the target's ports
     * @return this ingress, for chaining
     * @throws IllegalArgumentException if {@code portName} is not a valid port name
     */
    public Ingress route(String path, Routable target, String portName) {
        return route(path, target, portName, PathType.PREFIX);
    }

    /**
     * Routes {@code path}, matched as {@code type}, to {@code target}'s port {@code portName}:
     * {@code .route("/metrics", api, "metrics", PathType.EXACT)}.
     *
     * @param path an absolute path
     * @param target a web service or static site of this app
     * @param portName the name of one of the target's ports
     * @param type {@code PREFIX} (element-wise) or {@code EXACT}
     * @return this ingress, for chaining
     * @throws IllegalArgumentException if {@code portName} is not a valid port name
     */
    public Ingress route(String path, Routable target, String portName, PathType type) {
        return addRoute(path, target, Optional.of(Names.requirePortName(portName)), type);
    }

    private Ingress addRoute(String path, Routable target, Optional<String> port, PathType type) {
        routes.add(new PendingRoute(currentHost, Args.notNull(path, "route path"), Args.notNull(type, "path type"),
                Args.notNull(target, "route target"), port));
        return this;
    }


    /**
     * Sets {@code spec.ingressClassName}: {@code .ingressClassName("nginx")}.
     *
     * @param className the IngressClass name
     * @return this ingress, for chaining
     * @throws IllegalArgumentException if the name is not a DNS-1123 subdomain
     */
    public Ingress ingressClassName(String className) {
        this.className = Optional.of(Names.requireDns1123Subdomain("ingress class name", className));
        return this;
    }

    /**
     * Terminates TLS for every host of this Ingress with the certificate in {@code secret}.
     *
     * @param secret a TLS secret of this app, with the keys {@code tls.crt} and {@code tls.key}
     * @return this ingress, for chaining
     */
    public Ingress tls(SecretRef secret) {
        this.tls = Optional.of(Args.notNull(secret, "tls secret"));
        return this;
    }

    @Override
    public Ingress waive(String ruleId, String reason) {
        adjustments.waive(ruleId, reason);
        return this;
    }

    @Override
    public <T extends HasMetadata> Ingress customize(Class<T> type, Consumer<? super T> edit) {
        adjustments.customize(type, edit);
        return this;
    }

    @Override
    public Ingress label(String key, String value) {
        adjustments.label(key, value);
        return this;
    }

    @Override
    public Ingress annotation(String key, String value) {
        adjustments.annotation(key, value);
        return this;
    }

    Adjustments adjustments() {
        return adjustments;
    }

    IngressSpec freeze(Freezer freezer) {
        List<RouteSpec> specs = new ArrayList<>(routes.size());
        for (PendingRoute r : routes) {
            specs.add(new RouteSpec(r.host(), r.path(), r.type(), r.target().id(),
                    r.port().or(((ContainerDefinition<?>) r.target())::routedPortName)));
        }
        return new IngressSpec(id, className, tls.map(freezer::secret), List.copyOf(hosts), specs, adjustments.labels(), adjustments.annotations());
    }
}
