package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.units.Names;
import dev.shipshape.units.Storage;
import java.util.Optional;

/**
 * A persistent volume of a stateful store: one PersistentVolumeClaim per pod, from the StatefulSet's
 * {@code volumeClaimTemplates}.
 *
 * <pre>{@code
 * redis.volume("data", "/data", Storage.gibibytes(10));
 * }</pre>
 *
 * @param name  the claim template's name (DNS-1123 label)
 * @param path  where it is mounted
 * @param size  the storage requested, more than zero
 * @param storageClass the StorageClass to provision it from; empty: the cluster's default
 * @param accessMode   how it may be mounted
 */
public record VolumeSpec(String name, String path, Storage size, Optional<String> storageClass, AccessMode accessMode) {
    /**
     * Checks the parts.
     *
     * @param name the claim template's name (DNS-1123 label)
     * @param path where it is mounted
     * @param size the storage requested, more than zero
     * @param storageClass the StorageClass to provision it from; empty: the cluster's default
     * @param accessMode how it may be mounted
     * @throws IllegalArgumentException if the name is not a DNS-1123 label, the path not absolute, or the size zero
     *         (the API server refuses a claim that requests no storage)
     */
    public VolumeSpec {
        Names.requireDns1123Label("volume name", name);
        Args.absolutePath(path, "volume path");
        Args.notNull(size, "volume size");
        if (size.isZero()) {
            throw new IllegalArgumentException("volume '" + name + "' must request more than 0 bytes of storage (the API"
                    + " server refuses a claim of 0): e.g. Storage.gibibytes(1)");
        }
        Args.notNull(storageClass, "storageClass").ifPresent(c -> Names.requireDns1123Subdomain("storage class", c));
        Args.notNull(accessMode, "accessMode");
    }

    /**
     * A volume of the cluster's default StorageClass, {@code ReadWriteOnce}.
     *
     * @param name the claim template's name
     * @param path where it is mounted
     * @param size the storage requested
     */
    public VolumeSpec(String name, String path, Storage size) {
        this(name, path, size, Optional.empty(), AccessMode.READ_WRITE_ONCE);
    }
}
