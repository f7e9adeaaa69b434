package dev.shipshape.testkit;

import dev.shipshape.units.Cpu;
import net.jqwik.api.Arbitrary;

/**
 * Generates {@link Cpu} amounts, each parsed from one of the Kubernetes forms of its value ({@code 250m},
 * {@code 0.25}, {@code 250e-3}, {@code 250000u}), so parsing is exercised too. Default range: 1m to 8 cores.
 *
 * <pre>{@code
 * @Property
 * void small(@ForAll("cpu") Cpu cpu) { … }
 * @Provide Arbitrary<Cpu> cpu() { return ShipshapeArbitraries.cpu().between(Cpu.millis(100), Cpu.cores(2)); }
 * }</pre>
 */
public interface CpuArbitrary extends Arbitrary<Cpu> {

    /**
     * Amounts from {@code min} to {@code max}, inclusive.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the cpu arbitrary
     * @throws IllegalArgumentException if {@code min > max}
     */
    CpuArbitrary between(Cpu min, Cpu max);
}
