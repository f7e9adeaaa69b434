package dev.shipshape.model;

import dev.shipshape.units.Names;
import dev.shipshape.units.Storage;
import java.util.Objects;

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
 * @param size  the storage requested
 */
public record VolumeSpec(String name, String path, Storage size) {
    /** Rejects null parts. */
    public VolumeSpec {
        Names.requireDns1123Label("volume name", name);
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(size, "size");
    }
}
