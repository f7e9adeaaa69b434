package dev.shipshape.dsl;

import dev.shipshape.internal.Args;
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
import java.util.function.Function;

/**
 * What every container has, the main container of a component and its sidecars and init containers alike: ports,
 * resources, environment, mounts, probes, command and arguments. Methods return the builder itself, so calls chain.
 * An env var set twice keeps the last value; a port or a mount path declared twice is refused at once.
 *
 * <pre>{@code
 * app.webService("frontend", "my-repo/journal-server:v1.0.1")
 *         .port("http", 8080)
 *         .resources(Resources.of(Cpu.millis(500), Memory.gibibytes(1)).limits(Cpu.cores(1), Memory.gibibytes(1)))
 *         .env("JOURNAL_ENTRIES", config.key("journalEntries"))
 *         .readinessProbe(Probe.http("/api", "http"));
 * }</pre>
 *
 * @param <SELF> the concrete builder
 */
public abstract sealed class ContainerDefinition<SELF extends ContainerDefinition<SELF>> permits PodComponent, ContainerOptions {

    /** The port name a route picks when it names none. */
    static final String HTTP_PORT = "http";

    private final Map<String, PortSpec> ports = new LinkedHashMap<>();
    private Resources resources = Resources.none();
    private final Map<String, Function<Freezer, EnvSource>> env = new LinkedHashMap<>();
    private final Map<String, Function<Freezer, MountSpec>> mounts = new LinkedHashMap<>();
    private Optional<Probe> readinessProbe = Optional.empty();
    private Optional<Probe> livenessProbe = Optional.empty();
    private Optional<Probe> startupProbe = Optional.empty();
    private List<String> command = List.of();
    private List<String> args = List.of();

    ContainerDefinition() {
    }

    abstract SELF self();

    /** How messages name this container: {@code journal/webService:frontend} or {@code … container log-shipper}. */
    abstract String describe();

    /**
     * Exposes a named container port; for a component with a Service, also served by the Service under the same
     * name and number.
     *
     * @param name the name
     * @param number the port number
     * @return this builder, for chaining
     * @throws IllegalArgumentException if the name is not an IANA service name, the number not 1-65535, or either is
     *         already taken by another port of this container (a Service port and a container port must be unique)
     */
    public SELF port(String name, int number) {
        PortSpec p = new PortSpec(name, number);
        PortSpec sameName = ports.get(name);
        if (sameName != null && sameName.number() != number) {
            throw new IllegalArgumentException(describe() + " already exposes port '" + name + "' as " + sameName.number()
                    + "; a port name names one port: give port " + number + " another name");
        }
        for (PortSpec other : ports.values()) {
            if (other.number() == number && !other.name().equals(name)) {
                throw new IllegalArgumentException(describe() + " already exposes port " + number + " as '" + other.name()
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
        if (ports.containsKey(HTTP_PORT)) {
            return Optional.of(HTTP_PORT);
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
     * @param name the name
     * @param value the value
     * @return this builder, for chaining
     * @throws IllegalArgumentException if the name is not a valid env var name or the value is null
     */
    public SELF env(String name, String value) {
        Args.notNull(value, "value of env var " + name);
        return putEnv(name, f -> new EnvSource.Literal(value));
    }

    /**
     * An environment variable from a config key: {@code .env("JOURNAL_ENTRIES", cfg.key("journalEntries"))}.
     *
     * @param name the name
     * @param key the key
     * @return this builder, for chaining
     */
    public SELF env(String name, ConfigKey key) {
        Args.notNull(key, "config key of env var " + name);
        return putEnv(name, f -> new EnvSource.ConfigKeyRef(f.config(key.config()), key.key()));
    }

    /**
     * An environment variable from a secret key: {@code .env("REDIS_PASSWORD", auth.key("passwd"))}.
     *
     * @param name the name
     * @param key the key
     * @return this builder, for chaining
     */
    public SELF env(String name, SecretKey key) {
        Args.notNull(key, "secret key of env var " + name);
        return putEnv(name, f -> new EnvSource.SecretKeyRef(f.secret(key.secret()), key.key()));
    }

    /**
     * An environment variable holding a store's host name: {@code .env("REDIS_HOST", redis.primaryHost())}.
     *
     * @param name the name
     * @param host the host
     * @return this builder, for chaining
     */
    public SELF env(String name, Host host) {
        Args.notNull(host, "host of env var " + name);
        EnvSource.HostRef ref = host.freeze();
        return putEnv(name, f -> ref);
    }

    private SELF putEnv(String name, Function<Freezer, EnvSource> source) {
        env.put(Names.requireEnvVarName(name), source);
        return self();
    }

    /**
     * Mounts a config's entries as files under {@code path}: {@code .mount(cfg, "/etc/frontend")}.
     *
     * @param config the config
     * @param path the path
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
     * @param secret the secret
     * @param path the path
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
        if (mounts.containsKey(path) || volumes().stream().anyMatch(v -> v.path().equals(path))) {
            throw new IllegalArgumentException(describe() + " already mounts something at " + path
                    + "; the API server refuses two mounts at one path in a container: mount it elsewhere");
        }
    }

    /** The store volumes this container mounts (a store's main container), for the mount-path check. */
    List<VolumeSpec> volumes() {
        return List.of();
    }

    /**
     * Sets the readiness probe: {@code .readinessProbe(Probe.http("/api", "http"))}.
     *
     * @param probe the probe
     * @return this builder, for chaining
     */
    public SELF readinessProbe(Probe probe) {
        this.readinessProbe = Optional.of(Args.notNull(probe, "readiness probe"));
        return self();
    }

    /**
     * Sets the liveness probe: {@code .livenessProbe(Probe.tcp("redis"))}.
     *
     * @param probe the probe
     * @return this builder, for chaining
     */
    public SELF livenessProbe(Probe probe) {
        this.livenessProbe = Optional.of(Args.notNull(probe, "liveness probe"));
        return self();
    }

    /**
     * Sets the startup probe, which holds the other probes back until it succeeds, for a slow start:
     * {@code .startupProbe(Probe.http("/healthz", "http").failureThreshold(30))}.
     *
     * @param probe the probe
     * @return this builder, for chaining
     */
    public SELF startupProbe(Probe probe) {
        this.startupProbe = Optional.of(Args.notNull(probe, "startup probe"));
        return self();
    }

    /**
     * Overrides the image's entrypoint: {@code .command("redis-server")}.
     *
     * @param command the command and its arguments
     * @return this builder, for chaining
     */
    public SELF command(String... command) {
        this.command = List.of(Args.strings(command, "command"));
        return self();
    }

    /**
     * Sets the container's arguments: {@code .args("--appendonly", "yes")}.
     *
     * @param args the arguments
     * @return this builder, for chaining
     */
    public SELF args(String... args) {
        this.args = List.of(Args.strings(args, "args"));
        return self();
    }

    /** Freezes this container. */
    ContainerSpec freezeContainer(String name, ContainerSpec.Role role, Image image, Freezer freezer) {
        List<EnvVarSpec> envSpecs = new ArrayList<>(env.size());
        env.forEach((n, source) -> envSpecs.add(new EnvVarSpec(n, source.apply(freezer))));
        List<MountSpec> mountSpecs = new ArrayList<>(mounts.size());
        mounts.values().forEach(m -> mountSpecs.add(m.apply(freezer)));
        return new ContainerSpec(name, role, image, List.copyOf(ports.values()), resources, envSpecs, mountSpecs,
                readinessProbe, livenessProbe, startupProbe, command, args);
    }
}
