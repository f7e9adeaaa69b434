package dev.shipshape.testkit;

import dev.shipshape.units.Memory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates {@link Memory} amounts, each parsed from a Kubernetes form of its value: plain bytes, a decimal
 * suffix ({@code k M G T P E}), a binary suffix ({@code Ki … Ei}) or an exponent ({@code 5e6}) when the
 * value divides evenly. Default range: 1Mi to 16Gi.
 *
 * <pre>{@code
 * @Provide Arbitrary<Memory> small() { return ShipshapeArbitraries.memory().between(Memory.mebibytes(64), Memory.gibibytes(1)); }
 * }</pre>
 */
public class MemoryArbitrary extends ArbitraryDecorator<Memory> {

    private long minBytes = 1L << 20;
    private long maxBytes = 16L << 30;

    @Override
    protected Arbitrary<Memory> arbitrary() {
        Arbitrary<Long> unit = Arbitraries.of(1L, 1000L, 1024L, 1_000_000L, 1L << 20, 1_000_000_000L, 1L << 30);
        return unit.flatMap(u -> {
            long lo = Math.max(1, (minBytes + u - 1) / u);
            long hi = maxBytes / u;
            if (lo > hi) {
                return Arbitraries.longs().between(minBytes, maxBytes).map(b -> Memory.parse(Long.toString(b)));
            }
            return Arbitraries.longs().between(lo, hi).map(n -> Memory.parse(QuantityText.bytes(n, u)));
        });
    }

    /**
     * Amounts from {@code min} to {@code max}, inclusive.
     *
     * @throws IllegalArgumentException if {@code min > max}
     */
    public MemoryArbitrary between(Memory min, Memory max) {
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min " + min + " is greater than max " + max);
        }
        MemoryArbitrary clone = typedClone();
        clone.minBytes = min.toBytes();
        clone.maxBytes = max.toBytes();
        return clone;
    }
}
