package dev.shipshape.dsl;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.internal.lang.Cidrs;
import dev.shipshape.model.Address;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.Exposure;
import dev.shipshape.units.Image;
import dev.shipshape.units.Names;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The workloads other components call through their Service — web services and static sites: they can be routed to,
 * give {@link #endpoint(String) endpoints}, and be exposed outside the cluster by a load balancer or node ports.
 *
 * <pre>{@code
 * WebService catalog = app.webService("catalog", img).port("grpc", 3550);
 * checkout.env("CATALOG_ADDR", catalog.endpoint("grpc"));     // "catalog:3550"
 * WebService frontend = app.webService("frontend", img).port("http", 8080, 80)
 *         .loadBalancer();                                    // Service frontend-external, type LoadBalancer
 * }</pre>
 *
 * @param <SELF> the concrete builder
 */
public abstract sealed class ServiceWorkload<SELF extends ServiceWorkload<SELF>> extends ScalableWorkload<SELF>
        implements Routable permits WebService, StaticSite {

    /** The node ports the API server hands out unless configured otherwise ({@code --service-node-port-range}). */
    public static final int NODE_PORT_MIN = 30000;
    /** The upper end of the default node port range. */
    public static final int NODE_PORT_MAX = 32767;

    private boolean loadBalancer;
    private List<String> sourceRanges = List.of();
    private final SortedMap<String, Integer> nodePorts = new TreeMap<>();

    ServiceWorkload(ComponentId id, Image image) {
        super(id, image);
    }

    /**
     * Where to call this component on a port: {@code catalog.endpoint("grpc")} is {@code catalog:3550}, written with the
     * port its Service serves (so {@code .port("grpc", 8080, 5000)} gives {@code email:5000}). An edge of the app's
     * graph: the NetworkPolicies let the caller's pods reach this component's pods on the port its container listens on
     * (8080), and nothing else.
     *
     * <pre>{@code
     * checkout.env("EMAIL_ADDR", email.endpoint("grpc"));                         // email:5000
     * web.env("API_URL", Template.of("http://", api.endpoint("http"), "/v1"));   // http://api:80/v1
     * }</pre>
     *
     * @param portName the name of a port of this component, e.g. {@code grpc}
     * @return the endpoint
     * @throws IllegalArgumentException if the name is not a valid port name (one this component lacks is
     *         {@code reference.unresolved} when validated)
     */
    public Endpoint endpoint(String portName) {
        return Endpoint.of(this, Address.Via.SERVICE, Names.requirePortName(portName));
    }

    /**
     * Exposes this component to any client outside the cluster: a second Service {@code <name>-external} of type
     * LoadBalancer with the same ports, and a NetworkPolicy that admits every address ({@code 0.0.0.0/0} and
     * {@code ::/0}) on its container ports.
     *
     * <pre>{@code
     * app.webService("frontend", img).port("http", 8080, 80).loadBalancer();   // frontend-external:80, type LoadBalancer
     * }</pre>
     *
     * @return this builder, for chaining
     */
    public SELF loadBalancer() {
        return loadBalancer(new String[0]);
    }

    /**
     * Exposes this component to clients of the given address blocks only: a Service {@code <name>-external} of type
     * LoadBalancer with {@code loadBalancerSourceRanges}, and a NetworkPolicy that admits those blocks on the container
     * ports. The Service keeps the client's address ({@code externalTrafficPolicy: Local}, so only nodes running a pod
     * take the load balancer's traffic): otherwise a forwarding node would put its own address in its place and the
     * NetworkPolicy would refuse the request. The ranges limit a {@link #nodePort(String, int) node port} too.
     *
     * <pre>{@code
     * web.loadBalancer("203.0.113.0/24", "2001:db8::/32");
     * }</pre>
     *
     * @param sourceCidrs IPv4 or IPv6 CIDR blocks; none: any address
     * @return this builder, for chaining
     * @throws IllegalArgumentException if a block is not a CIDR block
     */
    public SELF loadBalancer(String... sourceCidrs) {
        Args.strings(sourceCidrs, "load balancer source ranges");
        for (String cidr : sourceCidrs) {
            if (!Cidrs.isCidr(cidr)) {
                throw new IllegalArgumentException("load balancer source range '" + Names.printable(cidr) + "' of " + id().path()
                        + " is not a CIDR block (e.g. '203.0.113.0/24' or '2001:db8::/32')");
            }
        }
        this.loadBalancer = true;
        this.sourceRanges = List.of(sourceCidrs);
        return self();
    }

    /**
     * Serves port {@code portName} on every node's {@code number} as well: the Service {@code <name>-external} (of type
     * NodePort, or the load balancer's when {@link #loadBalancer()} is set too) sets that {@code nodePort}, and the
     * NetworkPolicy admits any address on the container port. Two Services of the app on one node port are reported
     * ({@code port.conflict}).
     *
     * <pre>{@code
     * app.webService("frontend", img).port("http", 8080, 80).nodePort("http", 30080);   // frontend-external, type NodePort
     * }</pre>
     *
     * @param portName the name of a port of this component
     * @param number   the node port, within the API server's default range 30000-32767
     * @return this builder, for chaining
     * @throws IllegalArgumentException if the name is not a valid port name or the number is outside the range
     */
    public SELF nodePort(String portName, int number) {
        Names.requirePortName(portName);
        if (number < NODE_PORT_MIN || number > NODE_PORT_MAX) {
            throw new IllegalArgumentException("node port " + number + " of " + id().path() + " is outside " + NODE_PORT_MIN
                    + "-" + NODE_PORT_MAX + ", the range the API server hands out by default (--service-node-port-range)");
        }
        nodePorts.put(portName, number);
        return self();
    }

    @Override
    Optional<Exposure> exposure() {
        return loadBalancer || !nodePorts.isEmpty()
                ? Optional.of(new Exposure(loadBalancer, sourceRanges, nodePorts)) : Optional.empty();
    }
}
