package dev.shipshape.dsl;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.model.AccessMode;
import dev.shipshape.model.Address;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.EnvSource;
import dev.shipshape.model.VolumeSpec;
import dev.shipshape.units.Image;
import dev.shipshape.units.Names;
import dev.shipshape.units.Storage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A stateful store (Redis, PostgreSQL, …): a StatefulSet with one PersistentVolumeClaim per pod, the headless
 * governing Service {@code <name>} (its {@code serviceName}, so pod {@code <name>-0} resolves as
 * {@code <name>-0.<name>}), and a ClusterIP read Service {@code <name>-read} over all pods.
 *
 * <pre>{@code
 * StatefulStore redis = app.statefulStore("redis", "redis:7.2.4-alpine")
 *         .replicas(3)
 *         .port("redis", 6379)
 *         .volume("data", "/data", Storage.gibibytes(10))
 *         .mount(redisAuth, "/etc/redis-passwd");
 * frontend.env("REDIS_HOST", redis.primaryHost());              // "redis-0.redis", derived, never typed
 * frontend.env("REDIS_ADDR", redis.primaryEndpoint("redis"));   // "redis-0.redis:6379"
 * }</pre>
 *
 * <p>A store without a volume is an error ({@code store.volume-missing}) unless {@link #ephemeral()} says
 * it keeps no data on purpose. A single-replica database that nothing reads through a read Service can drop it with
 * {@link #withoutReadService()}.
 */
public final class StatefulStore extends Workload<StatefulStore> {

    private final List<VolumeSpec> volumes = new ArrayList<>();
    private boolean ephemeral;
    private boolean readService = true;

    StatefulStore(ComponentId id, Image image) {
        super(id, image);
    }

    @Override
    StatefulStore self() {
        return this;
    }

    /**
     * Adds a persistent volume: a claim template {@code name} of {@code size}, mounted at {@code path} in every pod.
     *
     * @param name the claim template's name, a DNS-1123 label unique in the store
     * @param path where the main container mounts it, an absolute path
     * @param size the storage requested per pod, more than 0
     * @return this store, for chaining
     * @throws IllegalArgumentException if the name is not a DNS-1123 label, the path not absolute, the size zero, or
     *         the name or path already used by another volume or mount of this store
     */
    public StatefulStore volume(String name, String path, Storage size) {
        return volume(name, path, size, v -> { });
    }

    /**
     * Adds a persistent volume with a storage class or access mode:
     * {@code .volume("data", "/data", Storage.gibibytes(10), v -> v.storageClass("fast-ssd"))}.
     *
     * @param name the claim template's name, a DNS-1123 label unique in the store
     * @param path where the main container mounts it, an absolute path
     * @param size the storage requested per pod, more than 0
     * @param options sets the storage class and access mode
     * @return this store, for chaining
     * @throws IllegalArgumentException as {@link #volume(String, String, Storage)}, or for an invalid storage class
     */
    public StatefulStore volume(String name, String path, Storage size, Consumer<VolumeOptions> options) {
        Args.notNull(options, "volume options");
        VolumeOptions o = new VolumeOptions();
        options.accept(o);
        VolumeSpec volume = new VolumeSpec(name, path, size, o.storageClass, o.accessMode);
        if (volumes.stream().anyMatch(v -> v.name().equals(name))) {
            throw new IllegalArgumentException(id().path() + " already has a volume named '" + name
                    + "'; the API server refuses two claim templates with one name: give it another name");
        }
        claimMountPath(path);
        volumes.add(volume);
        return this;
    }

    /**
     * Declares that the store keeps no data worth a volume (a cache), so {@code store.volume-missing} does not apply.
     *
     * @return this store, for chaining
     */
    public StatefulStore ephemeral() {
        this.ephemeral = true;
        return this;
    }

    /**
     * Renders no read Service {@code <name>-read}: for a store whose clients only talk to the primary (a
     * single-replica database). {@link #readHost()} is then reported ({@code reference.unresolved}).
     *
     * @return this store, for chaining
     */
    public StatefulStore withoutReadService() {
        this.readService = false;
        return this;
    }

    /**
     * The storage class and access mode of one volume, set in {@link #volume(String, String, Storage, Consumer)}.
     *
     * <pre>{@code
     * redis.volume("data", "/data", Storage.gibibytes(10), v -> v.storageClass("fast-ssd").accessMode(AccessMode.READ_WRITE_ONCE_POD));
     * }</pre>
     */
    public static final class VolumeOptions {
        private Optional<String> storageClass = Optional.empty();
        private AccessMode accessMode = AccessMode.READ_WRITE_ONCE;

        VolumeOptions() {
        }

        /**
         * Provisions the volume from this StorageClass instead of the cluster's default.
         *
         * @param storageClass the StorageClass name
         * @return these options
         * @throws IllegalArgumentException if it is not a DNS-1123 subdomain
         */
        public VolumeOptions storageClass(String storageClass) {
            this.storageClass = Optional.of(Names.requireDns1123Subdomain("storage class", storageClass));
            return this;
        }

        /**
         * Sets the access mode (default {@code ReadWriteOnce}).
         *
         * @param accessMode the access mode
         * @return these options
         */
        public VolumeOptions accessMode(AccessMode accessMode) {
            this.accessMode = Args.notNull(accessMode, "access mode");
            return this;
        }
    }

    /**
     * The host of the first pod (the primary): {@code redis-0.redis}.
     *
     * @return the host of the first pod (the primary)
     */
    public Host primaryHost() {
        return new Host(this, EnvSource.HostKind.PRIMARY, false);
    }

    /**
     * The host of the read Service over all pods: {@code redis-read}.
     *
     * @return the host of the read Service over all pods
     */
    public Host readHost() {
        return new Host(this, EnvSource.HostKind.READ, false);
    }

    /**
     * Where to call the first pod (the primary) on a port: {@code redis.primaryEndpoint("redis")} is
     * {@code redis-0.redis:6379}. An edge of the app's graph: the NetworkPolicies let the caller reach the store on that
     * port only (a {@link #primaryHost()} lets it reach every port).
     *
     * @param portName the name of a port of the store
     * @return the endpoint
     * @throws IllegalArgumentException if the name is not a valid port name (one the store lacks is
     *         {@code reference.unresolved} when validated)
     */
    public Endpoint primaryEndpoint(String portName) {
        return Endpoint.of(this, Address.Via.PRIMARY, Names.requirePortName(portName));
    }

    /**
     * Where to call the read Service over all pods on a port: {@code redis.readEndpoint("redis")} is
     * {@code redis-read:6379}.
     *
     * @param portName the name of a port of the store
     * @return the endpoint
     * @throws IllegalArgumentException if the name is not a valid port name
     */
    public Endpoint readEndpoint(String portName) {
        return Endpoint.of(this, Address.Via.READ, Names.requirePortName(portName));
    }

    @Override
    List<VolumeSpec> volumes() {
        return volumes;
    }

    @Override
    boolean isEphemeral() {
        return ephemeral;
    }

    @Override
    boolean hasReadService() {
        return readService;
    }
}
