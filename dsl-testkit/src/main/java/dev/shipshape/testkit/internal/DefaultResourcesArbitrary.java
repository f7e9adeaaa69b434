package dev.shipshape.testkit.internal;

import dev.shipshape.model.Resources;
import dev.shipshape.testkit.ResourcesArbitrary;
import dev.shipshape.testkit.ShipshapeArbitraries;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The default {@link ResourcesArbitrary}. Not API. */
public class DefaultResourcesArbitrary extends ArbitraryDecorator<Resources> implements ResourcesArbitrary {

    private Cpu minCpu = Cpu.millis(10);
    private Cpu maxCpu = Cpu.cores(2);
    private Memory minMemory = Memory.mebibytes(16);
    private Memory maxMemory = Memory.gibibytes(4);
    private boolean limits = true;

    @Override
    protected Arbitrary<Resources> arbitrary() {
        Arbitrary<Cpu> cpu = ShipshapeArbitraries.cpu().between(minCpu, maxCpu);
        Arbitrary<Memory> memory = ShipshapeArbitraries.memory().between(minMemory, maxMemory);
        Arbitrary<Resources> requests = Combinators.combine(cpu, memory).as(Resources::of);
        if (!limits) {
            return requests;
        }
        return Combinators.combine(requests, Arbitraries.integers().between(100, 400), Arbitraries.of(100, 100, 150, 200))
                .as((r, cpuPercent, memPercent) -> r.limits(
                        Cpu.millis(atLeast(r.cpuRequest().orElseThrow().toMillis(), cpuPercent)),
                        Memory.bytes(atLeast(r.memoryRequest().orElseThrow().toBytes(), memPercent))));
    }

    /** {@code value × percent / 100} without overflow, never below {@code value} for {@code percent ≥ 100}. */
    private static long atLeast(long value, int percent) {
        return value / 100 * percent + value % 100 * percent / 100;
    }

    @Override
    public DefaultResourcesArbitrary cpuRequests(Cpu min, Cpu max) {
        Ranges.requireOrdered(min, max);
        DefaultResourcesArbitrary clone = typedClone();
        clone.minCpu = min;
        clone.maxCpu = max;
        return clone;
    }

    @Override
    public DefaultResourcesArbitrary memoryRequests(Memory min, Memory max) {
        Ranges.requireOrdered(min, max);
        DefaultResourcesArbitrary clone = typedClone();
        clone.minMemory = min;
        clone.maxMemory = max;
        return clone;
    }

    @Override
    public DefaultResourcesArbitrary withoutLimits() {
        DefaultResourcesArbitrary clone = typedClone();
        clone.limits = false;
        return clone;
    }
}
