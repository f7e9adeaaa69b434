package dev.shipshape.dsl;

import dev.shipshape.internal.Args;
import dev.shipshape.internal.Waivers;
import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.EnvSource;
import dev.shipshape.model.EnvVarSpec;
import dev.shipshape.model.MountSpec;
import dev.shipshape.model.PortSpec;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.model.VolumeSpec;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.units.Image;
import dev.shipshape.units.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What every workload builder has: one container with an image, ports, resources, environment, mounts and
 * probes. Methods return the builder itself, so calls chain; calling one twice replaces the first value
 * (an env var or port of the same name, a mount at the same path).
 *
 * <pre>{@code
 * app.webService("frontend", "my-repo/journal-server:v1.0.1")
 *         .port("http", 8080)
 *         .resources(Resources.of(Cpu.millis(500), Memory.gibibytes(1)).limits(Cpu.cores(1), Memory.gibibytes(1)))
 *         .env("JOURNAL_ENTRIES", config.key("journalEntries"))
 *         .readinessProbe(Probe.http("/api", "http"));
 * }</pre>
 *
 * <p>Defaults: 2 replicas for a web service or static site, 1 for a stateful store
 * ({@link dev.shipshape.model.ComponentKind#defaultReplicas()}); no resources (warned about); no probes; the image's
 * own command.
 *
 * @param <SELF> the concrete builder
 */
public abstract sealed class Workload<SELF extends Workload<SELF>> permits WebService, StatefulStore, StaticSite {

    private final ComponentId id;
    private final Image image;
    private OptionalInt replicas = OptionalInt.empty();
    /** The port name a route picks when it names none. */
    static final String HTTP_PORT = "http";

    private final Map<String, PortSpec> ports = new LinkedHashMap<>();
    private Resources resources = Resources.none();
    private final Map<String, Function<Freezer, EnvSource>> env = new LinkedHashMap<>();
    private final Map<String, Function<Freezer, MountSpec>> mounts = new LinkedHashMap<>();
    private Optional<Probe> readinessProbe = Optional.empty();
    private Optional<Probe> livenessProbe = Optional.empty();
    private List<String> command = List.of();
    private List<String> args = List.of();
    private Optional<Autoscaling> autoscaling = Optional.empty();
    private final SortedMap<String, String> waivers = new TreeMap<>();

    Workload(ComponentId id, Image image) {
        this.id = id;
        this.image = image;
    }

    abstract SELF self();

    /**
     * The component id: {@code journal/webService:frontend}.
     *
     * @return the component id
     */
    public ComponentId id() {
        return id;
    }

    /**
     * The workload's name.
     *
     * @return the workload's name
     */
    public String name() {
        return id.name();
    }

    /**
     * The container image.
     *
     * @return the container image
     */
    public Image image() {
        return image;
    }

    /**
     * Runs {@code replicas} pods (default 2 for what serves traffic, 1 for a store). With an HPA the replica count is
     * the HPA's to set, and a fixed one
     * is reported ({@code autoscaling.replicas-conflict}).
     *
     * @param replicas the replica count
     * @return this builder, for chaining
     * @throws IllegalArgumentException if {@code replicas} is negative
     */
    public SELF replicas(int replicas) {
        if (replicas < 0) {
            throw new IllegalArgumentException("replicas of " + id.path() + " must not be negative, got " + replicas);
        }
        this.replicas = OptionalInt.of(replicas);
        return self();
    }

    /**
     * Exposes a named container port, also served by the component's Service under the same name and number.
     *
     * @param name the name
     * @param number the port number
     * @return this builder, for chaining
     * @throws IllegalArgumentException if the name is not an IANA service name, the number not 1-65535, or either is
     *         already taken by another port of this workload (a Service port and a container port must be unique)
     */
    public SELF port(String name, int number) {
        PortSpec p = new PortSpec(name, number);
        PortSpec sameName = ports.get(name);
        if (sameName != null && sameName.number() != number) {
            throw new IllegalArgumentException(id.path() + " already exposes port '" + name + "' as " + sameName.number()
                    + "; a port name names one port: give port " + number + " another name");
        }
        for (PortSpec other : ports.values()) {
            if (other.number() == number && !other.name().equals(name)) {
                throw new IllegalArgumentException(id.path() + " already exposes port " + number + " as '" + other.name()
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
            throw new IllegalArgumentException(id.path() + " already mounts something at " + path
                    + "; the API server refuses two mounts at one path in a container: mount it elsewhere");
        }
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

    /**
     * Waives rule {@code ruleId} on this component only, for the reason given: its violations here are not reported,
     * and this component's objects carry the annotation {@code shipshape.dev/waived.<ruleId>: <reason>} so reviewers
     * see what was waived and why. {@code Policy.off} waives a rule for the whole app instead.
     *
     * <pre>{@code
     * app.webService("batch-api", image).waive("probe.readiness-missing", "health checked by the mesh");
     * }</pre>
     *
     * @param ruleId the rule, e.g. {@code probe.readiness-missing}
     * @param reason why it does not apply here
     * @return this builder
     * @throws IllegalArgumentException if no rule has that id or the reason is blank
     */
    public SELF waive(String ruleId, String reason) {
        waivers.put(Waivers.check(ruleId, reason), reason);
        return self();
    }

    SortedMap<String, String> waivers() {
        return waivers;
    }

    /** For the workloads that can be autoscaled ({@link WebService}, {@link StaticSite}). */
    SELF setAutoscaling(Autoscaling autoscaling) {
        this.autoscaling = Optional.of(Args.notNull(autoscaling, "autoscaling"));
        return self();
    }

    /**
     * The port an Ingress route to this workload targets when the route names none: the port named {@code http}, else
     * the only port; empty when there is no port or several and none is {@code http} (the route is then reported).
     */
    Optional<String> routedPortName() {
        if (ports.containsKey(HTTP_PORT)) {
            return Optional.of(HTTP_PORT);
        }
        return ports.size() == 1 ? ports.keySet().stream().findFirst() : Optional.empty();
    }

    List<VolumeSpec> volumes() {
        return List.of();
    }

    boolean isEphemeral() {
        return false;
    }

    WorkloadSpec freeze(Freezer freezer) {
        List<EnvVarSpec> envSpecs = new ArrayList<>(env.size());
        env.forEach((name, source) -> envSpecs.add(new EnvVarSpec(name, source.apply(freezer))));
        List<MountSpec> mountSpecs = new ArrayList<>(mounts.size());
        mounts.values().forEach(m -> mountSpecs.add(m.apply(freezer)));
        return new WorkloadSpec(id, image, replicas, List.copyOf(ports.values()), resources, envSpecs, mountSpecs,
                readinessProbe, livenessProbe, autoscaling, volumes(), isEphemeral(), command, args);
    }
}
