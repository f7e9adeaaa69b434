package dev.shipshape.testkit;

import dev.shipshape.units.ByteAmount;
import dev.shipshape.units.Memory;
import dev.shipshape.units.Storage;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates {@link Memory} or {@link Storage} amounts, each parsed from a Kubernetes form of its value: plain
 * bytes, a decimal suffix ({@code k M G}), a binary suffix ({@code Ki Mi Gi}) or an exponent ({@code 5e6})
 * when the value divides evenly. Defaults: memory 1Mi to 16Gi, storage 1Mi to 1Ti.
 *
 * <pre>{@code
 * @Provide Arbitrary<Memory> small() {
 *     return ShipshapeArbitraries.memory().between(Memory.mebibytes(64), Memory.gibibytes(1));
 * }
 * }</pre>
 *
 * @param <T> {@code Memory} or {@code Storage}
 */
public class ByteAmountArbitrary<T extends ByteAmount<T>> extends ArbitraryDecorator<T> {

    private static final long[] UNITS = {1L, 1000L, 1024L, 1_000_000L, 1L << 20, 1_000_000_000L, 1L << 30};

    private final Function<String, T> parse;
    private long minBytes;
    private long maxBytes;

    ByteAmountArbitrary(Function<String, T> parse, long minBytes, long maxBytes) {
        this.parse = parse;
        this.minBytes = minBytes;
        this.maxBytes = maxBytes;
    }

    @Override
    protected Arbitrary<T> arbitrary() {
        return Arbitraries.of(UNITS[0], UNITS[1], UNITS[2], UNITS[3], UNITS[4], UNITS[5], UNITS[6]).flatMap(unit -> {
            long lo = Math.max(1, (minBytes + unit - 1) / unit);
            long hi = maxBytes / unit;
            if (lo > hi) {
                return Arbitraries.longs().between(minBytes, maxBytes).map(b -> Long.toString(b));
            }
            return Arbitraries.longs().between(lo, hi).map(n -> text(n, unit));
        }).map(parse);
    }

    /** {@code n × unit} bytes written in that unit's Kubernetes form, alternating suffix and exponent. */
    private static String text(long n, long unit) {
        if (unit == 1L) {
            return Long.toString(n);
        } else if (unit == 1000L) {
            return n % 2 == 0 ? n + "k" : n + "e3";
        } else if (unit == 1024L) {
            return n + "Ki";
        } else if (unit == 1_000_000L) {
            return n % 2 == 0 ? n + "M" : n + "e6";
        } else if (unit == 1L << 20) {
            return n + "Mi";
        } else if (unit == 1_000_000_000L) {
            return n + "G";
        }
        return n + "Gi";
    }

    /**
     * Amounts from {@code min} to {@code max}, inclusive.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the byte amount arbitrary
     * @throws IllegalArgumentException if {@code min > max}
     */
    public ByteAmountArbitrary<T> between(T min, T max) {
        Ranges.requireOrdered(min, max);
        ByteAmountArbitrary<T> clone = typedClone();
        clone.minBytes = min.toBytes();
        clone.maxBytes = max.toBytes();
        return clone;
    }
}
