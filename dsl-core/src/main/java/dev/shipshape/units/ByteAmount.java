package dev.shipshape.units;

/**
 * What {@link Memory} and {@link Storage} share: a whole number of bytes, exact comparison, the shortest
 * Kubernetes text. They stay distinct types so a volume size cannot be passed as a memory limit.
 *
 * <pre>{@code
 * Memory.gibibytes(1).toBytes();     // 1073741824
 * Storage.parse("10Gi").toString();  // "10Gi"
 * }</pre>
 *
 * @param <T> the concrete amount
 */
public abstract sealed class ByteAmount<T extends ByteAmount<T>> implements Comparable<T> permits Memory, Storage {

    private final long bytes;

    ByteAmount(String what, long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException(what + " must not be negative, got " + bytes);
        }
        this.bytes = bytes;
    }

    /** {@return the exact number of bytes} */
    public final long toBytes() {
        return bytes;
    }

    /** {@return whether this is zero bytes} */
    public final boolean isZero() {
        return bytes == 0;
    }

    @Override
    public final int compareTo(T other) {
        return Long.compare(bytes, other.toBytes());
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((ByteAmount<?>) o).bytes == bytes;
    }

    @Override
    public final int hashCode() {
        return Long.hashCode(bytes);
    }

    /** The shortest exact Kubernetes form, e.g. {@code "256Mi"}, {@code "1G"}, {@code "1500"}. */
    @Override
    public final String toString() {
        return ByteQuantity.format(bytes);
    }
}
