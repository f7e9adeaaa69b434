package dev.shipshape.testkit;

import dev.shipshape.units.ByteAmount;
import dev.shipshape.units.Memory;
import dev.shipshape.units.Storage;
import net.jqwik.api.Arbitrary;

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
public interface ByteAmountArbitrary<T extends ByteAmount<T>> extends Arbitrary<T> {

    /**
     * Amounts from {@code min} to {@code max}, inclusive.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the byte amount arbitrary
     * @throws IllegalArgumentException if {@code min > max}
     */
    ByteAmountArbitrary<T> between(T min, T max);
}
