package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.units.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A readiness or liveness probe. Ports are named, so a probe cannot point at a port the workload does not
 * expose without {@code validate()} saying so ({@code reference.unresolved}).
 *
 * <pre>{@code
 * Probe ready = Probe.http("/api", "http");                  // GET /api on the port named "http"
 * Probe probe = Probe.http("/healthz", "http").header("Cookie", "probe=1");
 * Probe alive = Probe.tcp("redis").periodSeconds(5);
 * Probe grpc  = Probe.grpc("grpc");                          // the gRPC health check on the port named "grpc"
 * Probe check = Probe.exec("redis-cli", "ping").initialDelaySeconds(10);
 * }</pre>
 *
 * <p>Defaults are Kubernetes' own: no initial delay, every 10 s, 1 s timeout, 3 failures; only values that
 * differ from them are rendered.
 *
 * @param action              what the kubelet does
 * @param initialDelaySeconds seconds before the first probe (default 0)
 * @param periodSeconds       seconds between probes (default 10)
 * @param timeoutSeconds      seconds before a probe times out (default 1)
 * @param failureThreshold    failures in a row that count (default 3)
 */
public record Probe(Action action, int initialDelaySeconds, int periodSeconds, int timeoutSeconds, int failureThreshold) {

    /** Kubernetes' default period. */
    public static final int DEFAULT_PERIOD = 10;
    /** Kubernetes' default timeout. */
    public static final int DEFAULT_TIMEOUT = 1;
    /** Kubernetes' default failure threshold. */
    public static final int DEFAULT_FAILURE_THRESHOLD = 3;

    /**
     * Rejects null parts.
     *
     * @param action what the kubelet does
     * @param initialDelaySeconds seconds before the first probe (default 0)
     * @param periodSeconds seconds between probes (default 10)
     * @param timeoutSeconds seconds before a probe times out (default 1)
     * @param failureThreshold failures in a row that count (default 3)
     */
    public Probe {
        Args.notNull(action, "action");
        nonNegative("initialDelaySeconds", initialDelaySeconds);
        positive("periodSeconds", periodSeconds);
        positive("timeoutSeconds", timeoutSeconds);
        positive("failureThreshold", failureThreshold);
    }

    /** What a probe does: an HTTP GET, a TCP connect, a gRPC health check, or a command. */
    public sealed interface Action permits HttpGet, TcpSocket, Grpc, Exec {
    }

    /** HTTP GET of {@code path} on the named port, with the headers given. */
    public record HttpGet(String path, String port, List<Header> headers) implements Action {
        /**
         * Rejects null parts and copies the headers.
         *
         * @param path the absolute request path, e.g. {@code /healthz}
         * @param port the name of a port of the container
         * @param headers request headers, in the order given
         */
        public HttpGet {
            Args.notNull(path, "path");
            Args.notNull(port, "port");
            headers = Args.list(headers, "headers");
        }

        /**
         * A GET without headers.
         *
         * @param path the absolute request path, e.g. {@code /healthz}
         * @param port the name of a port of the container
         */
        public HttpGet(String path, String port) {
            this(path, port, List.of());
        }
    }

    /**
     * A request header of an HTTP probe.
     *
     * @param name  the header name: letters, digits and {@code -} (what the API server accepts)
     * @param value the value, any text
     */
    public record Header(String name, String value) {
        /**
         * Checks the name.
         *
         * @param name  the header name: letters, digits and {@code -}
         * @param value the value, any text
         * @throws IllegalArgumentException if the name is empty or holds another character, or either is null
         */
        public Header {
            Args.notNull(name, "header name");
            Args.notNull(value, "value of header " + name);
            if (name.isEmpty() || !name.chars().allMatch(c -> c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("probe header name '" + Names.printable(name) + "' is not valid: the API"
                        + " server takes letters, digits and '-' only (e.g. 'X-Probe')");
            }
        }
    }

    /**
     * The gRPC health check ({@code grpc.health.v1.Health/Check}) on the named port, for {@code service} or the
     * server as a whole.
     *
     * @param port    the name of a port of the container; rendered as its number, which {@code grpc.port} requires
     * @param service the service name sent in the check; empty: the server as a whole
     */
    public record Grpc(String port, Optional<String> service) implements Action {
        /**
         * Rejects null parts.
         *
         * @param port    the name of a port of the container
         * @param service the service name sent in the check; empty: the server as a whole
         */
        public Grpc {
            Args.notNull(port, "port");
            Args.notNull(service, "service");
        }
    }

    /** TCP connect to the named port. */
    public record TcpSocket(String port) implements Action {
        /**
         * Rejects null parts and copies the collections.
         *
         * @param port the name of a port of the container
         */
        public TcpSocket {
            Args.notNull(port, "port");
        }
    }

    /** Runs {@code command} in the container; exit 0 is success. */
    public record Exec(List<String> command) implements Action {
        /**
         * Rejects null parts and copies the collections.
         *
         * @param command the command and its arguments, at least one element
         */
        public Exec {
            command = Args.list(command, "command");
        }
    }

    /**
     * An HTTP probe: {@code Probe.http("/healthz", "http")}.
     *
     * @param path the absolute request path, e.g. {@code /healthz}
     * @param portName the port name
     * @return an HTTP probe
     * @throws IllegalArgumentException if the path does not start with '/' or the port name is not valid
     */
    public static Probe http(String path, String portName) {
        if (path == null || !path.startsWith("/") || path.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("probe path '" + Names.printable(path)
                    + "' must start with '/' and contain no control characters (e.g. '/healthz')");
        }
        return of(new HttpGet(path, Names.requirePortName(portName), List.of()));
    }

    /**
     * A gRPC health check of the server on a named port: {@code Probe.grpc("grpc")}. The kubelet calls the standard
     * health service ({@code grpc.health.v1.Health/Check}, Kubernetes 1.27+); the port's name is rendered as its
     * number, which {@code grpc.port} requires, so a name the container lacks is {@code reference.unresolved}.
     *
     * @param portName the name of the container port the server listens on
     * @return a gRPC probe
     * @throws IllegalArgumentException if the port name is not valid
     */
    public static Probe grpc(String portName) {
        return of(new Grpc(Names.requirePortName(portName), Optional.empty()));
    }

    /**
     * A gRPC health check of one service: {@code Probe.grpc("grpc", "shop.Catalog")}.
     *
     * @param portName the name of the container port the server listens on
     * @param service  the service name sent in the check, e.g. {@code shop.Catalog}
     * @return a gRPC probe
     * @throws IllegalArgumentException if the port name is not valid or the service is null
     */
    public static Probe grpc(String portName, String service) {
        return of(new Grpc(Names.requirePortName(portName), Optional.of(Args.notNull(service, "gRPC service"))));
    }

    /**
     * {@return this HTTP probe sending a request header too}: {@code Probe.http("/healthz", "http").header("Cookie",
     * "probe=1")}. Headers are sent in the order given; one name may repeat.
     *
     * @param name  the header name: letters, digits and {@code -}
     * @param value the value, any text
     * @throws IllegalArgumentException if this is not an HTTP probe, or the name is not valid
     */
    public Probe header(String name, String value) {
        if (!(action instanceof HttpGet h)) {
            throw new IllegalArgumentException("only an HTTP probe sends headers; this one is " + action.getClass().getSimpleName());
        }
        List<Header> headers = new ArrayList<>(h.headers());
        headers.add(new Header(name, value));
        return new Probe(new HttpGet(h.path(), h.port(), headers), initialDelaySeconds, periodSeconds, timeoutSeconds,
                failureThreshold);
    }

    /**
     * A TCP probe: {@code Probe.tcp("redis")}.
     *
     * @param portName the port name
     * @return a TCP probe
     */
    public static Probe tcp(String portName) {
        return of(new TcpSocket(Names.requirePortName(portName)));
    }

    /**
     * A command probe: {@code Probe.exec("redis-cli", "ping")}.
     *
     * @param command the command and its arguments
     * @return a command probe
     * @throws IllegalArgumentException if no command is given
     */
    public static Probe exec(String... command) {
        if (command == null || command.length == 0) {
            throw new IllegalArgumentException("exec probe needs a command, e.g. Probe.exec(\"redis-cli\", \"ping\")");
        }
        for (String c : command) {
            if (c == null) {
                throw new IllegalArgumentException("exec probe command must not contain null");
            }
        }
        return of(new Exec(List.of(command)));
    }

    private static Probe of(Action action) {
        return new Probe(action, 0, DEFAULT_PERIOD, DEFAULT_TIMEOUT, DEFAULT_FAILURE_THRESHOLD);
    }

    /**
     * {@return this probe starting {@code seconds} after the container starts}
     *
     * @param seconds the number of seconds
     */
    public Probe initialDelaySeconds(int seconds) {
        return new Probe(action, seconds, periodSeconds, timeoutSeconds, failureThreshold);
    }

    /**
     * {@return this probe running every {@code seconds}}
     *
     * @param seconds the number of seconds
     */
    public Probe periodSeconds(int seconds) {
        return new Probe(action, initialDelaySeconds, seconds, timeoutSeconds, failureThreshold);
    }

    /**
     * {@return this probe timing out after {@code seconds}}
     *
     * @param seconds the number of seconds
     */
    public Probe timeoutSeconds(int seconds) {
        return new Probe(action, initialDelaySeconds, periodSeconds, seconds, failureThreshold);
    }

    /**
     * {@return this probe failing after {@code failures} in a row}
     *
     * @param failures the number of failures
     */
    public Probe failureThreshold(int failures) {
        return new Probe(action, initialDelaySeconds, periodSeconds, timeoutSeconds, failures);
    }

    /** {@return the port name the probe targets, if it targets one} */
    public Optional<String> portName() {
        if (action instanceof HttpGet h) {
            return Optional.of(h.port());
        }
        if (action instanceof TcpSocket t) {
            return Optional.of(t.port());
        }
        if (action instanceof Grpc g) {
            return Optional.of(g.port());
        }
        return Optional.empty();
    }

    private static void nonNegative(String what, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("probe " + what + " must not be negative, got " + value);
        }
    }

    private static void positive(String what, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("probe " + what + " must be at least 1, got " + value);
        }
    }
}
