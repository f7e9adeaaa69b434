package dev.shipshape.model;

/**
 * How a persistent volume may be mounted, as in a PersistentVolumeClaim's {@code accessModes}.
 *
 * <pre>{@code
 * redis.volume("data", "/data", Storage.gibibytes(10), v -> v.accessMode(AccessMode.READ_WRITE_ONCE_POD));
 * }</pre>
 */
public enum AccessMode {
    /** Read-write by the pods of one node (the default). */
    READ_WRITE_ONCE("ReadWriteOnce"),
    /** Read-write by one pod only. */
    READ_WRITE_ONCE_POD("ReadWriteOncePod"),
    /** Read-only by many nodes. */
    READ_ONLY_MANY("ReadOnlyMany"),
    /** Read-write by many nodes (needs a storage class that supports it). */
    READ_WRITE_MANY("ReadWriteMany");

    private final String kubernetesName;

    AccessMode(String kubernetesName) {
        this.kubernetesName = kubernetesName;
    }

    /**
     * The name in the claim.
     *
     * @return e.g. {@code ReadWriteOnce}
     */
    public String kubernetesName() {
        return kubernetesName;
    }
}
