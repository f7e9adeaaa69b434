package dev.shipshape.units;

/**
 * An amount of persistent storage in whole bytes, for volume claims and ephemeral-storage.
 *
 * <pre>{@code
 * Storage s = Storage.gibibytes(10);          // renders as 10Gi
 * Storage t = Storage.parse("500Gi");
 * }</pre>
 *
 * <p>Comparison is exact. Negative amounts and fractions of a byte ({@code "500m"} is half a byte, a
 * classic slip for {@code 500Mi}) are rejected with {@link IllegalArgumentException}.
 */
public final class Storage extends ByteAmount<Storage> {

    private Storage(long bytes) {
        super("storage", bytes);
    }

    /**
     * Exact bytes: {@code Storage.bytes(1024)} renders as {@code 1Ki}.
     *
     * @param bytes the number of bytes
     * @return the storage
     */
    public static Storage bytes(long bytes) {
        return new Storage(bytes);
    }

    /**
     * Mebibytes (2^20 bytes): {@code Storage.mebibytes(256)} renders as {@code 256Mi}.
     *
     * @param mebibytes the amount in mebibytes
     * @return the storage
     */
    public static Storage mebibytes(long mebibytes) {
        return new Storage(ByteQuantity.multiply("storage", mebibytes, 1L << 20, "Mi"));
    }

    /**
     * Gibibytes (2^30 bytes): {@code Storage.gibibytes(1)} renders as {@code 1Gi}.
     *
     * @param gibibytes the amount in gibibytes
     * @return the storage
     */
    public static Storage gibibytes(long gibibytes) {
        return new Storage(ByteQuantity.multiply("storage", gibibytes, 1L << 30, "Gi"));
    }

    /**
     * Megabytes (10^6 bytes): {@code Storage.megabytes(500)} renders as {@code 500M}.
     *
     * @param megabytes the amount in megabytes
     * @return the storage
     */
    public static Storage megabytes(long megabytes) {
        return new Storage(ByteQuantity.multiply("storage", megabytes, 1_000_000L, "M"));
    }

    /**
     * Gigabytes (10^9 bytes): {@code Storage.gigabytes(1)} renders as {@code 1G}.
     *
     * @param gigabytes the amount in gigabytes
     * @return the storage
     */
    public static Storage gigabytes(long gigabytes) {
        return new Storage(ByteQuantity.multiply("storage", gigabytes, 1_000_000_000L, "G"));
    }

    /**
     * Parses the Kubernetes quantity syntax: {@code "1Gi"}, {@code "500M"}, {@code "1.5Gi"}, {@code "1e9"}.
     *
     * @param text the text to parse
     * @return the storage
     * @throws IllegalArgumentException if the text is not a quantity, is negative, or is not whole bytes
     */
    public static Storage parse(String text) {
        return new Storage(ByteQuantity.parse("storage", text));
    }
}
