package dev.shipshape.dsl;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.model.Address;
import dev.shipshape.model.AddressUse;
import dev.shipshape.model.ContainerSecurity;
import dev.shipshape.model.ContainerSpec;
import dev.shipshape.model.EnvSource;
import dev.shipshape.model.EnvVarSpec;
import dev.shipshape.model.MountSpec;
import dev.shipshape.model.PortSpec;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.model.VolumeSpec;
import dev.shipshape.units.Image;
import dev.shipshape.units.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What every container has, the main container of a component and its sidecars and init containers alike: ports,
 * resources, environment, mounts, command and arguments, and the opt-outs of the read-only root and of the dropped
 * capabilities. Probes are for containers that keep running ({@link ProbedContainer}): an init container, which runs to
 * completion, has no probe methods. Methods return the builder itself, so calls chain.
 * An env var set twice keeps the last value; a port or a mount path declared twice is refused at once.
 *
 * <pre>{@code
 * app.webService("frontend", "my-repo/journal-server:v1.0.1")
 *         .port("http", 8080)
 *         .resources(Resources.of(Cpu.millis(500), Memory.gibibytes(1)).limits(Cpu.cores(1), Memory.gibibytes(1)))
 *         .env("JOURNAL_ENTRIES", config.key("journalEntries"))
 *         .mount(auth, "/etc/redis-passwd");
 * }</pre>
 *
 * @param <SELF> the concrete builder
 */
public abstract sealed class ContainerDefinition<SELF extends ContainerDefinition<SELF>> permits ProbedContainer, InitContainerOptions {

    /** The port name a route picks when it names none. */
    static final String HTTP_PORT = "http";

    private final Map<String, PortSpec> ports = new LinkedHashMap<>();
    private Resources resources = Resources.none();
    private final Map<String, EnvValue> env = new LinkedHashMap<>();
    private final Map<String, Function<Freezer, MountSpec>> mounts = new LinkedHashMap<>();
    private Optional<Probe> readinessProbe = Optional.empty();
    private Optional<Probe> livenessProbe = Optional.empty();
    private Optional<Probe> startupProbe = Optional.empty();
    private List<Object> command = List.of();
    private List<Object> args = List.of();
    private boolean writableRootFilesystem;
    private final SortedSet<String> addedCapabilities = new TreeSet<>();
    private final List<String> writablePaths = new ArrayList<>();

    ContainerDefinition() {
    }

    abstract SELF self();

    /** How messages name this container: {@code journal/webService:frontend} or {@code … container log-shipper}. */
    abstract String describe();

    /** The waivers and customizations of the component this container belongs to, where its opt-outs are recorded. */
    abstract Adjustments adjustments();

    /**
     * Exposes a named container port; for a component with a Service, also served by the Service under the same
     * name and number.
     *
     * @param name an IANA service name (at most 15, a letter, no {@code --}), e.g. {@code http}
     * @param number the port number
     * @return this builder, for chaining
     * @throws IllegalArgumentException if the name is not an IANA service name, the number not 1-65535, or either is
     *         already taken by another port of this container (a Service port and a container port must be unique)
     */
    public SELF port(String name, int number) {
        return port(name, number, number);
    }

    /**
     * Exposes a named container port that the component's Service serves on another number:
     * {@code .port("http", 8080, 80)} lets the container listen on an unprivileged port (no root, no capability)
     * while clients use port 80.
     *
     * @param name an IANA service name, e.g. {@code http}
     * @param containerPort the port the container listens on
     * @param servicePort the port the Service serves it on
     * @return this builder, for chaining
     * @throws IllegalArgumentException as {@link #port(String, int)}, for either number
     */
    public SELF port(String name, int containerPort, int servicePort) {
        PortSpec p = new PortSpec(name, containerPort, servicePort);
        PortSpec sameName = ports.get(name);
        if (sameName != null && !sameName.equals(p)) {
            throw new IllegalArgumentException(describe() + " already exposes port '" + name + "' as " + sameName.number()
                    + (sameName.servicePort() == sameName.number() ? "" : " (Service port " + sameName.servicePort() + ")")
                    + "; a port name names one port: give port " + containerPort + " another name");
        }
        for (PortSpec other : ports.values()) {
            if (other.name().equals(name)) {
                continue;
            }
            if (other.number() == containerPort || other.servicePort() == servicePort) {
                int taken = other.number() == containerPort ? containerPort : servicePort;
                throw new IllegalArgumentException(describe() + " already exposes port " + taken + " as '" + other.name()
                        + "'; the API server refuses two Service ports with one number: use that name, or another number");
            }
        }
        ports.put(p.name(), p);
        return self();
    }

    /** Whether any port was declared. */
    boolean hasPorts() {
        return !ports.isEmpty();
    }

    /**
     * The port an Ingress route to this container targets when the route names none: the port named {@code http},
     * else the only port; empty when there is no port or several and none is {@code http} (the route is then
     * reported).
     */
    Optional<String> routedPortName() {
        return routedPortName(HTTP_PORT);
    }

    /**
     * The port a route to this container targets when it names none: the port named {@code preferred} ({@code http},
     * or {@code grpc} for a GRPCRoute), else the only port; empty when there is no port or several and none is named so.
     */
    Optional<String> routedPortName(String preferred) {
        if (ports.containsKey(preferred)) {
            return Optional.of(preferred);
        }
        return ports.size() == 1 ? ports.keySet().stream().findFirst() : Optional.empty();
    }

    /**
     * Sets requests and limits: {@code .resources(Resources.of(Cpu.millis(250), Memory.mebibytes(256)))}.
     *
     * @param resources the requests and limits
     * @return this builder, for chaining
     */
    public SELF resources(Resources resources) {
        this.resources = Args.notNull(resources, "resources");
        return self();
    }

    /**
     * A literal environment variable. Names that say secret ({@code PASSWORD}, {@code TOKEN}, …) with a literal
     * value are reported ({@code secret.literal-value}): use {@link #env(String, SecretKey)}.
     *
     * @param name {@code [-._a-zA-Z][-._a-zA-Z0-9]*}; a second call with the name replaces the first
     * @param value the literal value, empty allowed
     * @return this builder, for chaining
     * @throws IllegalArgumentException if the name is not a valid env var name or the value is null
     */
    public SELF env(String name, String value) {
        Args.notNull(value, "value of env var " + name);
        return putEnv(name, (f, used) -> new EnvSource.Literal(value));
    }

    /**
     * An environment variable from a config key: {@code .env("JOURNAL_ENTRIES", cfg.key("journalEntries"))}.
     *
     * @param name {@code [-._a-zA-Z][-._a-zA-Z0-9]*}
     * @param key a key of a config of this app: {@code config.key("journalEntries")}
     * @return this builder, for chaining
     */
    public SELF env(String name, ConfigKey key) {
        Args.notNull(key, "config key of env var " + name);
        return putEnv(name, (f, used) -> new EnvSource.ConfigKeyRef(f.config(key.config()), key.key()));
    }

    /**
     * An environment variable from a secret key: {@code .env("REDIS_PASSWORD", auth.key("passwd"))}.
     *
     * @param name {@code [-._a-zA-Z][-._a-zA-Z0-9]*}
     * @param key a key of a secret of this app: {@code secret.key("password")}
     * @return this builder, for chaining
     */
    public SELF env(String name, SecretKey key) {
        Args.notNull(key, "secret key of env var " + name);
        return putEnv(name, (f, used) -> new EnvSource.SecretKeyRef(f.secret(key.secret()), key.key()));
    }

    /**
     * An environment variable holding a store's host name: {@code .env("REDIS_HOST", redis.primaryHost())}.
     *
     * @param name {@code [-._a-zA-Z][-._a-zA-Z0-9]*}
     * @param host a store's host: {@code store.primaryHost()} or {@code store.readHost()}
     * @return this builder, for chaining
     */
    public SELF env(String name, Host host) {
        Args.notNull(host, "host of env var " + name);
        EnvSource.HostRef ref = host.freeze();
        return putEnv(name, (f, used) -> {
            used.add(ref);
            return ref;
        });
    }

    /**
     * An environment variable holding where to call a Service: {@code .env("CATALOG_ADDR", catalog.endpoint("grpc"))}
     * is {@code catalog:3550}, and the NetworkPolicies let this component's pods call the catalog's on the port its
     * container listens on.
     *
     * @param name     {@code [-._a-zA-Z][-._a-zA-Z0-9]*}
     * @param endpoint an endpoint: {@code service.endpoint("grpc")}, {@code store.primaryEndpoint("redis")},
     *                 {@code Shipshape.serviceIn("payments", "api", 443)}
     * @return this builder, for chaining
     */
    public SELF env(String name, Endpoint endpoint) {
        Args.notNull(endpoint, "endpoint of env var " + name);
        return putEnv(name, (f, used) -> interpolated(f.text(endpoint), used));
    }

    /**
     * An environment variable written from text and typed addresses:
     * {@code .env("REDIS_URL", Template.of("redis://", redis.primaryEndpoint("redis"), "/0"))}. Each address in it is an
     * edge of the app's graph.
     *
     * @param name     {@code [-._a-zA-Z][-._a-zA-Z0-9]*}
     * @param template the text, from {@link Template#of(Object...)}
     * @return this builder, for chaining
     */
    public SELF env(String name, Template template) {
        Args.notNull(template, "template of env var " + name);
        return putEnv(name, (f, used) -> interpolated(f.text(template), used));
    }

    private static EnvSource interpolated(Freezer.Text text, List<Address> used) {
        used.addAll(text.addresses());
        return new EnvSource.Interpolated(text.value());
    }

    private SELF putEnv(String name, EnvValue value) {
        env.put(Names.requireEnvVarName(name), value);
        return self();
    }

    /** An env var's value, frozen: its source, the typed addresses it used added to {@code used}. */
    @FunctionalInterface
    private interface EnvValue {
        EnvSource freeze(Freezer freezer, List<Address> used);
    }

    /**
     * Mounts a config's entries as files under {@code path}: {@code .mount(cfg, "/etc/frontend")}.
     *
     * @param config a config of this app; its rendered (versioned) name is mounted
     * @param path an absolute path, not already mounted in this container
     * @return this builder, for chaining
     * @throws IllegalArgumentException if {@code path} is not absolute or already mounted
     */
    public SELF mount(Config config, String path) {
        Args.notNull(config, "config");
        return putMount(path, f -> new MountSpec.OfConfig(f.config(config), path));
    }

    /**
     * Mounts a secret's keys as files under {@code path}: {@code .mount(auth, "/etc/redis-passwd")}.
     *
     * @param secret a secret of this app
     * @param path an absolute path, not already mounted in this container
     * @return this builder, for chaining
     * @throws IllegalArgumentException if {@code path} is not absolute or already mounted
     */
    public SELF mount(SecretRef secret, String path) {
        Args.notNull(secret, "secret");
        return putMount(path, f -> new MountSpec.OfSecret(f.secret(secret), path));
    }

    private SELF putMount(String path, Function<Freezer, MountSpec> mount) {
        claimMountPath(path);
        mounts.put(path, mount);
        return self();
    }

    /**
     * Reserves {@code path} for one mount: the API server refuses two volume mounts at one path in a container.
     *
     * @throws IllegalArgumentException if the path is not absolute or something is already mounted there
     */
    void claimMountPath(String path) {
        Args.absolutePath(path, "mount path");
        if (mounts.containsKey(path) || writablePaths.contains(path) || volumes().stream().anyMatch(v -> v.path().equals(path))) {
            throw new IllegalArgumentException(describe() + " already mounts something at " + path
                    + "; the API server refuses two mounts at one path in a container: mount it elsewhere");
        }
    }

    /** The store volumes this container mounts (a store's main container), for the mount-path check. */
    List<VolumeSpec> volumes() {
        return List.of();
    }

    /** For the containers that take probes ({@link ProbedContainer}). */
    void setReadinessProbe(Probe probe) {
        this.readinessProbe = Optional.of(Args.notNull(probe, "readiness probe"));
    }

    void setLivenessProbe(Probe probe) {
        this.livenessProbe = Optional.of(Args.notNull(probe, "liveness probe"));
    }

    void setStartupProbe(Probe probe) {
        this.startupProbe = Optional.of(Args.notNull(probe, "startup probe"));
    }

    /**
     * Overrides the image's entrypoint: {@code .command("redis-server")}.
     *
     * @param command the command and its arguments
     * @return this builder, for chaining
     */
    public SELF command(String... command) {
        this.command = List.of((Object[]) Args.strings(command, "command"));
        return self();
    }

    /**
     * Overrides the image's entrypoint with text and typed addresses:
     * {@code .command("grpc-health-probe", "-addr", catalog.endpoint("grpc"))}. Each element is a {@code String}, a
     * {@link Host}, an {@link Endpoint} or a {@link Template}; each address in it is an edge of the app's graph.
     *
     * @param command the command and its arguments
     * @return this builder, for chaining
     * @throws IllegalArgumentException if an element is null or of another type
     */
    public SELF command(Object... command) {
        this.command = elements(command, "command");
        return self();
    }

    /**
     * Sets the container's arguments: {@code .args("--appendonly", "yes")}.
     *
     * @param args the arguments
     * @return this builder, for chaining
     */
    public SELF args(String... args) {
        this.args = List.of((Object[]) Args.strings(args, "args"));
        return self();
    }

    /**
     * Sets the container's arguments from text and typed addresses:
     * {@code .args("--catalog", catalog.endpoint("grpc"), "--cache", Template.of("redis://", redis.primaryEndpoint("redis")))}.
     * Each element is a {@code String}, a {@link Host}, an {@link Endpoint} or a {@link Template}; each address in it is
     * an edge of the app's graph.
     *
     * @param args the arguments
     * @return this builder, for chaining
     * @throws IllegalArgumentException if an element is null or of another type
     */
    public SELF args(Object... args) {
        this.args = elements(args, "args");
        return self();
    }

    private static List<Object> elements(Object[] values, String what) {
        Args.notNull(values, what);
        for (int i = 0; i < values.length; i++) {
            Object v = Args.notNull(values[i], what + " element " + i);
            if (!(v instanceof String || v instanceof Host || v instanceof Endpoint || v instanceof Template)) {
                throw new IllegalArgumentException(what + " element " + i + " is a " + v.getClass().getName() + "; give a"
                        + " String, a Host, an Endpoint or a Template (write a number as text: \"8080\")");
            }
        }
        return List.of(values);
    }

    /**
     * Mounts an emptyDir at {@code path}, writable although the root filesystem is read-only:
     * {@code .writablePath("/tmp")}. The same path in two containers of a pod is one shared volume.
     *
     * @param path the absolute path
     * @return this builder, for chaining
     * @throws IllegalArgumentException if the path is not absolute, is {@code /}, or something is already mounted there
     */
    public SELF writablePath(String path) {
        if ("/".equals(path)) {
            throw new IllegalArgumentException(describe() + ": an emptyDir at / would hide the whole image; keep the root"
                    + " writable with .writableRootFilesystem(reason) instead");
        }
        claimMountPath(path);
        writablePaths.add(path);
        return self();
    }

    /**
     * Keeps the root filesystem writable (Shipshape mounts it read-only by default), for an image that writes where
     * it cannot be told not to. The reason is recorded as a waiver of {@code security.writable-root}.
     *
     * @param reason why
     * @return this builder, for chaining
     * @throws IllegalArgumentException if the reason is blank
     */
    public SELF writableRootFilesystem(String reason) {
        adjustments().waive("security.writable-root", reason);
        this.writableRootFilesystem = true;
        return self();
    }

    /**
     * Adds a Linux capability back after dropping all: {@code .addCapability("NET_BIND_SERVICE", "binds port 443
     * itself")}. {@code NET_BIND_SERVICE} stays within the Pod Security Standards "restricted" level; any other is an
     * opt-out, recorded as a waiver of {@code security.capabilities} with the reason.
     *
     * @param capability the capability, without {@code CAP_} (e.g. {@code NET_ADMIN})
     * @param reason why
     * @return this builder, for chaining
     * @throws IllegalArgumentException if the name is not a capability name or the reason is blank
     */
    public SELF addCapability(String capability, String reason) {
        Args.notNull(capability, "capability");
        if (!capability.matches("[A-Z][A-Z_]*[A-Z]") || capability.startsWith("CAP_")) {
            throw new IllegalArgumentException("capability '" + Names.printable(capability) + "' is not a capability name:"
                    + " uppercase letters and '_', without the CAP_ prefix (e.g. NET_BIND_SERVICE)");
        }
        if (capability.equals("NET_BIND_SERVICE")) {
            Args.notNull(reason, "reason");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("adding a capability needs a reason");
            }
        } else {
            adjustments().waive("security.capabilities", reason);
        }
        addedCapabilities.add(capability);
        return self();
    }

    /** The ports the container has when none was declared: none, unless a kind serves a default port. */
    List<PortSpec> defaultPorts() {
        return List.of();
    }

    /** The readiness probe the container has when none was set: none, unless a kind has a default one. */
    Optional<Probe> defaultReadinessProbe(List<PortSpec> ports) {
        return Optional.empty();
    }

    /** The ports as the container will have them: the ones declared, else the kind's defaults. */
    List<PortSpec> effectivePorts() {
        return ports.isEmpty() ? defaultPorts() : List.copyOf(ports.values());
    }

    /** Freezes this container, the kind's defaults filled in where nothing was declared. */
    ContainerSpec freezeContainer(String name, ContainerSpec.Role role, Image image, Freezer freezer) {
        List<AddressUse> uses = new ArrayList<>(0);
        List<EnvVarSpec> envSpecs = new ArrayList<>(env.size());
        List<Address> used = new ArrayList<>(0);
        env.forEach((n, value) -> {
            envSpecs.add(new EnvVarSpec(n, value.freeze(freezer, used)));
            if (!used.isEmpty()) {
                used.forEach(a -> uses.add(new AddressUse("env:" + n, a)));
                used.clear();
            }
        });
        List<MountSpec> mountSpecs = new ArrayList<>(mounts.size());
        mounts.values().forEach(m -> mountSpecs.add(m.apply(freezer)));
        List<PortSpec> portSpecs = effectivePorts();
        return new ContainerSpec(name, role, image, portSpecs, resources, envSpecs, mountSpecs,
                readinessProbe.or(() -> defaultReadinessProbe(portSpecs)), livenessProbe, startupProbe,
                texts(command, "command", freezer, uses), texts(args, "args", freezer, uses),
                new ContainerSecurity(writableRootFilesystem, addedCapabilities, writablePaths), uses);
    }

    /** The elements written out; the addresses they used recorded as {@code <what>:<index>}. */
    private static List<String> texts(List<Object> elements, String what, Freezer freezer, List<AddressUse> uses) {
        List<String> out = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            Freezer.Text t = freezer.text(elements.get(i));
            out.add(t.value());
            for (Address a : t.addresses()) {
                uses.add(new AddressUse(what + ":" + i, a));
            }
        }
        return out;
    }
}
