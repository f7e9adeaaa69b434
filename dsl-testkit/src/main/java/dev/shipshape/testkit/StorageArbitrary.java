package dev.shipshape.testkit;

import dev.shipshape.units.Storage;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates {@link Storage} amounts, each parsed from a Kubernetes form of its value: plain bytes, a decimal
 * suffix ({@code k M G T P E}), a binary suffix ({@code Ki … Ei}) or an exponent ({@code 5e6}) when the
 * value divides evenly. Default range: 1Mi to 1Ti.
 *
 * <pre>{@code
 * @Provide Arbitrary<Storage> small() { return ShipshapeArbitraries.storage().between(Storage.mebibytes(64), Storage.gibibytes(1)); }
 * }</pre>
 */
public class StorageArbitrary extends ArbitraryDecorator<Storage> {

    private long minBytes = 1L << 20;
    private long maxBytes = 1L << 40;

    @Override
    protected Arbitrary<Storage> arbitrary() {
        return QuantityText.amounts(minBytes, maxBytes).map(Storage::parse);
    }

    /**
     * Amounts from {@code min} to {@code max}, inclusive.
     *
     * @throws IllegalArgumentException if {@code min > max}
     */
    public StorageArbitrary between(Storage min, Storage max) {
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min " + min + " is greater than max " + max);
        }
        StorageArbitrary clone = typedClone();
        clone.minBytes = min.toBytes();
        clone.maxBytes = max.toBytes();
        return clone;
    }
}
