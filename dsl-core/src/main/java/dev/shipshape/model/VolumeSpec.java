package dev.shipshape.model;

import dev.shipshape.internal.Args;
import dev.shipshape.units.Names;
import dev.shipshape.units.Storage;

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
 */
public record VolumeSpec(String name, String path, Storage size) {
    /**
     * Checks the parts.
     *
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
    }
}
