package dev.shipshape.testkit.internal;

import dev.shipshape.testkit.CpuArbitrary;
import dev.shipshape.units.Cpu;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The default {@link CpuArbitrary}. Not API. */
public class DefaultCpuArbitrary extends ArbitraryDecorator<Cpu> implements CpuArbitrary {

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

    @Override
    public DefaultCpuArbitrary between(Cpu min, Cpu max) {
        Ranges.requireOrdered(min, max);
        DefaultCpuArbitrary clone = typedClone();
        clone.minMillis = min.toMillis();
        clone.maxMillis = max.toMillis();
        return clone;
    }
}
