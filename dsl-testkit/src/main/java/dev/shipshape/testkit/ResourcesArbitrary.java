package dev.shipshape.testkit;

import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates {@link Resources} whose requests never exceed their limits, by construction: a request is drawn,
 * then a limit at least as large. Defaults: cpu requests 10m to 2 cores, memory requests 16Mi to 4Gi, cpu
 * limits up to 4× the request, memory limits equal to the request or up to 2× it.
 *
 * <pre>{@code
 * @Provide Arbitrary<Resources> small() {
 *     return ShipshapeArbitraries.resources().cpuRequests(Cpu.millis(50), Cpu.millis(500)).withoutLimits();
 * }
 * }</pre>
 */
public class ResourcesArbitrary extends ArbitraryDecorator<Resources> {

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

    /**
     * Cpu requests from {@code min} to {@code max}.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the resources arbitrary
     */
    public ResourcesArbitrary cpuRequests(Cpu min, Cpu max) {
        Ranges.requireOrdered(min, max);
        ResourcesArbitrary clone = typedClone();
        clone.minCpu = min;
        clone.maxCpu = max;
        return clone;
    }

    /**
     * Memory requests from {@code min} to {@code max}.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the resources arbitrary
     */
    public ResourcesArbitrary memoryRequests(Memory min, Memory max) {
        Ranges.requireOrdered(min, max);
        ResourcesArbitrary clone = typedClone();
        clone.minMemory = min;
        clone.maxMemory = max;
        return clone;
    }

    /**
     * Requests only, no limits.
     *
     * @return the resources arbitrary
     */
    public ResourcesArbitrary withoutLimits() {
        ResourcesArbitrary clone = typedClone();
        clone.limits = false;
        return clone;
    }
}
