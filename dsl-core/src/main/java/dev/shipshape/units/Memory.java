package dev.shipshape.units;

/**
 * An amount of memory in whole bytes, for container requests and limits.
 *
 * <pre>{@code
 * Memory m = Memory.mebibytes(256);           // renders as 256Mi
 * Memory g = Memory.parse("1Gi");             // 1073741824 bytes
 * Memory.parse("1Gi").compareTo(Memory.parse("1G")) > 0;   // 1Gi is more than 1G
 * }</pre>
 *
 * <p>Comparison is exact. Negative amounts and fractions of a byte ({@code "500m"} is half a byte, a
 * classic slip for {@code 500Mi}) are rejected with {@link IllegalArgumentException}.
 */
public final class Memory extends ByteAmount<Memory> {

    private Memory(long bytes) {
        super("memory", bytes);
    }

    /**
     * Exact bytes: {@code Memory.bytes(1024)} renders as {@code 1Ki}.
     *
     * @param bytes the number of bytes
     * @return the memory
     */
    public static Memory bytes(long bytes) {
        return new Memory(bytes);
    }

    /**
     * Mebibytes (2^20 bytes): {@code Memory.mebibytes(256)} renders as {@code 256Mi}.
     *
     * @param mebibytes the amount in mebibytes
     * @return the memory
     */
    public static Memory mebibytes(long mebibytes) {
        return new Memory(ByteQuantity.multiply("memory", mebibytes, 1L << 20, "Mi"));
    }

    /**
     * Gibibytes (2^30 bytes): {@code Memory.gibibytes(1)} renders as {@code 1Gi}.
     *
     * @param gibibytes the amount in gibibytes
     * @return the memory
     */
    public static Memory gibibytes(long gibibytes) {
        return new Memory(ByteQuantity.multiply("memory", gibibytes, 1L << 30, "Gi"));
    }

    /**
     * Megabytes (10^6 bytes): {@code Memory.megabytes(500)} renders as {@code 500M}.
     *
     * @param megabytes the amount in megabytes
     * @return the memory
     */
    public static Memory megabytes(long megabytes) {
        return new Memory(ByteQuantity.multiply("memory", megabytes, 1_000_000L, "M"));
    }

    /**
     * Gigabytes (10^9 bytes): {@code Memory.gigabytes(1)} renders as {@code 1G}.
     *
     * @param gigabytes the amount in gigabytes
     * @return the memory
     */
    public static Memory gigabytes(long gigabytes) {
        return new Memory(ByteQuantity.multiply("memory", gigabytes, 1_000_000_000L, "G"));
    }

    /**
     * Parses the Kubernetes quantity syntax: {@code "1Gi"}, {@code "500M"}, {@code "1.5Gi"}, {@code "1e9"}.
     *
     * @param text the text to parse
     * @return the memory
     * @throws IllegalArgumentException if the text is not a quantity, is negative, or is not whole bytes
     */
    public static Memory parse(String text) {
        return new Memory(ByteQuantity.parse("memory", text));
    }
}
