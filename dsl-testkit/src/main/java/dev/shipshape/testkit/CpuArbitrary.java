package dev.shipshape.testkit;

import dev.shipshape.units.Cpu;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

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
public class CpuArbitrary extends ArbitraryDecorator<Cpu> {

    private long minMillis = 1;
    private long maxMillis = 8000;

    @Override
    protected Arbitrary<Cpu> arbitrary() {
        return Arbitraries.longs().between(minMillis, maxMillis).flatMap(m -> Arbitraries.of(
                m + "m",
                BigDecimal.valueOf(m, 3).toPlainString(),
                m + "e-3",
                m * 1000 + "u").map(Cpu::parse));
    }

    /**
     * Amounts from {@code min} to {@code max}, inclusive.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the cpu arbitrary
     * @throws IllegalArgumentException if {@code min > max}
     */
    public CpuArbitrary between(Cpu min, Cpu max) {
        Ranges.requireOrdered(min, max);
        CpuArbitrary clone = typedClone();
        clone.minMillis = min.toMillis();
        clone.maxMillis = max.toMillis();
        return clone;
    }
}
