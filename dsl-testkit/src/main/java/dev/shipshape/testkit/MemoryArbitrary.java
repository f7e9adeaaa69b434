package dev.shipshape.testkit;

import dev.shipshape.units.Memory;
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
        return QuantityText.amounts(minBytes, maxBytes).map(Memory::parse);
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
