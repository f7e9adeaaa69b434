package dev.shipshape.dsl;

import dev.shipshape.internal.Args;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.EnvSource;
import dev.shipshape.model.VolumeSpec;
import dev.shipshape.units.Image;
import dev.shipshape.units.Storage;
import java.util.ArrayList;
import java.util.List;

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
 * frontend.env("REDIS_HOST", redis.primaryHost());   // "redis-0.redis", derived, never typed
 * }</pre>
 *
 * <p>A store without a volume is an error ({@code store.volume-missing}) unless {@link #ephemeral()} says
 * it keeps no data on purpose.
 */
public final class StatefulStore extends Workload<StatefulStore> {

    private final List<VolumeSpec> volumes = new ArrayList<>();
    private boolean ephemeral;

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
     * @param name the name
     * @param path the path
     * @param size the size
     * @return this store, for chaining
     * @throws IllegalArgumentException if the name is not a DNS-1123 label, the path not absolute, the size zero, or
     *         the name or path already used by another volume or mount of this store
     */
    public StatefulStore volume(String name, String path, Storage size) {
        VolumeSpec volume = new VolumeSpec(name, path, size);
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

    @Override
    List<VolumeSpec> volumes() {
        return volumes;
    }

    @Override
    boolean isEphemeral() {
        return ephemeral;
    }
}
