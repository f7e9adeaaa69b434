package dev.shipshape.dsl;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.ContainerSpec;
import dev.shipshape.model.EgressRule;
import dev.shipshape.model.Exposure;
import dev.shipshape.model.NamespaceIngress;
import dev.shipshape.model.PodOptions;
import dev.shipshape.model.PodSecurity;
import dev.shipshape.model.RollingUpdate;
import dev.shipshape.model.SecretSpec;
import dev.shipshape.model.Toleration;
import dev.shipshape.units.Image;
import dev.shipshape.units.Names;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What every component that runs pods has (web services, stores, static sites, workers, jobs, cron jobs): its main
 * container (see {@link ContainerDefinition}), sidecars and init containers, labels and annotations, scheduling,
 * image pull secrets, shutdown timing and per-component waivers.
 *
 * <pre>{@code
 * app.webService("frontend", "my-repo/journal-server:v1.0.1")
 *         .label("example.com/team", "journal")
 *         .sidecar("log-shipper", "fluent/fluent-bit:3.1.4", c -> c.resources(…))
 *         .nodeSelector("disktype", "ssd")
 *         .toleration(Toleration.equal("dedicated", "web", Toleration.NO_SCHEDULE))
 *         .imagePullSecret(app.externalSecret("registry-creds", ".dockerconfigjson"))
 *         .preStop(Duration.ofSeconds(5))
 *         .terminationGracePeriod(Duration.ofSeconds(45));
 * }</pre>
 *
 * @param <SELF> the concrete builder
 */
public abstract sealed class PodComponent<SELF extends PodComponent<SELF>> extends ProbedContainer<SELF>
        implements Component<SELF> permits Workload, BatchComponent {

    private final ComponentId id;
    private final Image image;
    private final Adjustments adjustments;
    private final SortedMap<String, String> nodeSelector = new TreeMap<>();
    private final List<Toleration> tolerations = new ArrayList<>();
    private final List<SecretRef> pullSecrets = new ArrayList<>();
    private final Map<String, Function<Freezer, ContainerSpec>> extraContainers = new LinkedHashMap<>();
    private Optional<Duration> terminationGracePeriod = Optional.empty();
    private Optional<Duration> preStop = Optional.empty();
    private boolean runAsRoot;
    private long runAsUser = PodSecurity.DEFAULT_USER;
    private boolean serviceAccountToken;
    private final List<EgressRule> egress = new ArrayList<>();
    private final List<NamespaceIngress> ingressFrom = new ArrayList<>();

    PodComponent(ComponentId id, Image image) {
        this.id = id;
        this.adjustments = new Adjustments(Optional.of(id));
        this.image = image;
    }

    @Override
    String describe() {
        return id.path();
    }

    /**
     * Lets the pods run as root (Shipshape runs them as user {@value PodSecurity#DEFAULT_USER} with
     * {@code runAsNonRoot} by default), for an image that cannot run otherwise. The reason is recorded as a waiver of
     * {@code security.run-as-root}, and the Namespace then enforces the "baseline" Pod Security level instead of
     * "restricted" (warning about "restricted").
     *
     * @param reason why
     * @return this builder, for chaining
     * @throws IllegalArgumentException if the reason is blank
     */
    public SELF runAsRoot(String reason) {
        waive("security.run-as-root", reason);
        this.runAsRoot = true;
        return self();
    }

    /**
     * Runs the pods as this user, group and fsGroup (default {@value PodSecurity#DEFAULT_USER}): for an image whose
     * files belong to a given user, {@code .runAsUser(999)}.
     *
     * @param uid the user id, not 0
     * @return this builder, for chaining
     * @throws IllegalArgumentException if it is 0 (use {@link #runAsRoot(String)}) or negative
     */
    public SELF runAsUser(long uid) {
        this.runAsUser = new PodSecurity(false, uid, false).runAsUser();
        return self();
    }

    /**
     * Mounts the component's ServiceAccount token, for an app that talks to the Kubernetes API (by default no token
     * is mounted).
     *
     * @return this builder, for chaining
     */
    public SELF serviceAccountToken() {
        this.serviceAccountToken = true;
        return self();
    }

    /**
     * Lets the pods reach addresses outside the app (the NetworkPolicies allow only what the typed references need):
     * {@code .egressTo("0.0.0.0/0", 443)} for any HTTPS endpoint, {@code .egressTo("10.20.0.0/16", 5432)} for a
     * database network. NetworkPolicies match addresses, not host names.
     *
     * @param cidr an IPv4 or IPv6 CIDR block
     * @param ports TCP ports; none means every port and protocol (TCP, UDP and SCTP)
     * @return this builder, for chaining
     * @throws IllegalArgumentException if the block or a port is not valid
     */
    public SELF egressTo(String cidr, int... ports) {
        Args.notNull(ports, "ports");
        egress.add(new EgressRule(cidr, Arrays.stream(ports).boxed().toList()));
        return self();
    }

    /**
     * Lets pods of another namespace call this component, for a caller outside the app's graph (a metrics scraper,
     * another team's service): the NetworkPolicies admit every pod of {@code namespace} (selected by its
     * {@code kubernetes.io/metadata.name} label) on the ports named: {@code .allowFromNamespace("monitoring",
     * "metrics")}. A port name this component lacks is {@code reference.unresolved}.
     *
     * @param namespace the callers' namespace, a DNS-1123 label
     * @param portNames the names of this component's ports they may call; none: every port
     * @return this builder, for chaining
     * @throws IllegalArgumentException if the namespace or a port name is not valid
     */
    public SELF allowFromNamespace(String namespace, String... portNames) {
        Args.strings(portNames, "port names");
        for (String p : portNames) {
            Names.requirePortName(p);
        }
        ingressFrom.add(new NamespaceIngress(namespace, List.of(portNames)));
        return self();
    }

    /** How the component is reached from outside the cluster; only the kinds that serve through a Service can be. */
    Optional<Exposure> exposure() {
        return Optional.empty();
    }

    @Override
    public ComponentId id() {
        return id;
    }

    /** {@return the component's name, also its main container's} */
    @Override
    public String name() {
        return id.name();
    }

    /**
     * The main container's image.
     *
     * @return the image
     */
    public Image image() {
        return image;
    }

    @Override
    public SELF label(String key, String value) {
        adjustments.label(key, value);
        return self();
    }

    @Override
    public SELF annotation(String key, String value) {
        adjustments.annotation(key, value);
        return self();
    }

    /**
     * Adds a sidecar: a container running beside the main one for the pod's whole life (a log shipper, a proxy),
     * checked by the same rules. It renders as a native sidecar (an init container with {@code restartPolicy:
     * Always}, Kubernetes 1.29+), so it starts before the main container and does not keep a Job from completing.
     *
     * <pre>{@code
     * .sidecar("log-shipper", "fluent/fluent-bit:3.1.4", c -> c.resources(Resources.of(Cpu.millis(50), Memory.mebibytes(64))))
     * }</pre>
     *
     * @param name the container name (a DNS-1123 label, unique in the pod)
     * @param image the image reference
     * @param spec configures the container
     * @return this builder, for chaining
     * @throws IllegalArgumentException if the name is invalid or taken, the image invalid, or the spec refuses a value
     */
    public SELF sidecar(String name, String image, Consumer<ContainerOptions> spec) {
        ContainerOptions options = new ContainerOptions(id.path(), extraName(name, image, spec), Image.parse(image), adjustments);
        spec.accept(options);
        extraContainers.put(name, options::freeze);
        return self();
    }

    /**
     * Adds an init container: it runs to completion before the other containers start (a migration, a wait-for), in
     * the order declared among the sidecars; checked by the same rules. Its options have no probes.
     *
     * <pre>{@code
     * .initContainer("wait-for-redis", "busybox:1.36.1", c -> c.command("sh", "-c", "until nc -z redis-0.redis 6379; do sleep 1; done"))
     * }</pre>
     *
     * @param name the container name (a DNS-1123 label, unique in the pod)
     * @param image the image reference
     * @param spec configures the container
     * @return this builder, for chaining
     * @throws IllegalArgumentException if the name is invalid or taken, the image invalid, or the spec refuses a value
     */
    public SELF initContainer(String name, String image, Consumer<InitContainerOptions> spec) {
        InitContainerOptions options = new InitContainerOptions(id.path(), extraName(name, image, spec), Image.parse(image),
                adjustments);
        spec.accept(options);
        extraContainers.put(name, options::freeze);
        return self();
    }

    /** {@code name}, checked as the name of another container of the pod, its image and spec given. */
    private String extraName(String name, String image, Object spec) {
        Names.requireDns1123Label("container name", name);
        Args.notNull(image, "image of container " + name);
        Args.notNull(spec, "spec of container " + name);
        if (name.equals(id.name()) || extraContainers.containsKey(name)) {
            throw new IllegalArgumentException(id.path() + " already has a container named '" + name + "'; the API server"
                    + " refuses two containers of one name in a pod: give it another name");
        }
        return name;
    }

    /**
     * Runs the pods only on nodes with this label: {@code .nodeSelector("disktype", "ssd")}.
     *
     * @param key the node label key
     * @param value its value
     * @return this builder, for chaining
     * @throws IllegalArgumentException if the key or value is not a valid label key or value
     */
    public SELF nodeSelector(String key, String value) {
        Args.notNull(key, "node selector key");
        Args.notNull(value, "node selector value");
        if (!Names.isLabelKey(key) || !Names.isLabelValue(value)) {
            throw new IllegalArgumentException("node selector " + Names.printable(key) + "=" + Names.printable(value)
                    + " is not a valid label (e.g. 'disktype=ssd')");
        }
        nodeSelector.put(key, value);
        return self();
    }

    /**
     * Lets the pods run on nodes with a matching taint: {@code .toleration(Toleration.equal("dedicated", "batch",
     * Toleration.NO_SCHEDULE))}.
     *
     * @param toleration {@code Toleration.equal(key, value, effect)} or {@code Toleration.exists(key)}
     * @return this builder, for chaining
     */
    public SELF toleration(Toleration toleration) {
        tolerations.add(Args.notNull(toleration, "toleration"));
        return self();
    }

    /**
     * Pulls the images with the registry credentials in {@code secret} (a {@code kubernetes.io/dockerconfigjson}
     * Secret, usually created out of band): {@code .imagePullSecret(app.externalSecret("registry-creds"))}.
     *
     * @param secret a {@code kubernetes.io/dockerconfigjson} secret of this app
     * @return this builder, for chaining
     */
    public SELF imagePullSecret(SecretRef secret) {
        pullSecrets.add(Args.notNull(secret, "image pull secret"));
        return self();
    }

    /**
     * Waits before the main container is sent SIGTERM, so endpoints and load balancers stop sending it traffic first
     * (rendered as a {@code preStop} sleep, Kubernetes 1.30+). It must end well within the grace period
     * ({@code lifecycle.prestop-exceeds-grace}).
     *
     * @param pause the pause, in whole seconds
     * @return this builder, for chaining
     * @throws IllegalArgumentException if it is shorter than 1 second or not whole seconds
     */
    public SELF preStop(Duration pause) {
        this.preStop = Optional.of(wholeSeconds(pause, "preStop pause", 1));
        return self();
    }

    /**
     * Gives the pods this long to stop after SIGTERM before they are killed (Kubernetes' default 30 s).
     *
     * @param period the grace period, in whole seconds
     * @return this builder, for chaining
     * @throws IllegalArgumentException if it is negative or not whole seconds
     */
    public SELF terminationGracePeriod(Duration period) {
        this.terminationGracePeriod = Optional.of(wholeSeconds(period, "termination grace period", 0));
        return self();
    }

    static Duration wholeSeconds(Duration d, String what, long min) {
        Args.notNull(d, what);
        if (d.getNano() != 0 || d.getSeconds() < min) {
            throw new IllegalArgumentException(what + " must be a whole number of seconds, at least " + min + ", got " + d);
        }
        return d;
    }

    @Override
    public SELF waive(String ruleId, String reason) {
        adjustments.waive(ruleId, reason);
        return self();
    }

    @Override
    public <T extends HasMetadata> SELF customize(Class<T> type, Consumer<? super T> edit) {
        adjustments.customize(type, edit);
        return self();
    }

    @Override
    Adjustments adjustments() {
        return adjustments;
    }

    /** The main container and the extra ones, frozen. */
    ContainerSpec freezeMain(Freezer freezer) {
        return freezeContainer(id.name(), ContainerSpec.Role.MAIN, image, freezer);
    }

    List<ContainerSpec> freezeExtras(Freezer freezer) {
        List<ContainerSpec> out = new ArrayList<>(extraContainers.size());
        extraContainers.values().forEach(c -> out.add(c.apply(freezer)));
        return out;
    }

    PodOptions freezePod(Freezer freezer, boolean spreadAcrossZones, Optional<RollingUpdate> rollingUpdate) {
        List<SecretSpec> secrets = new ArrayList<>(pullSecrets.size());
        pullSecrets.forEach(s -> secrets.add(freezer.secret(s)));
        return new PodOptions(adjustments.labels(), adjustments.annotations(), nodeSelector, tolerations, secrets, terminationGracePeriod, preStop,
                spreadAcrossZones, rollingUpdate, new PodSecurity(runAsRoot, runAsUser, serviceAccountToken), egress,
                ingressFrom, exposure());
    }

    abstract dev.shipshape.model.WorkloadSpec freeze(Freezer freezer);
}
