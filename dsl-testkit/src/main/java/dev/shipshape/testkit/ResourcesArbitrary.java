package dev.shipshape.testkit;

import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import net.jqwik.api.Arbitrary;

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
public interface ResourcesArbitrary extends Arbitrary<Resources> {

    /**
     * Cpu requests from {@code min} to {@code max}.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the resources arbitrary
     */
    ResourcesArbitrary cpuRequests(Cpu min, Cpu max);

    /**
     * Memory requests from {@code min} to {@code max}.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the resources arbitrary
     */
    ResourcesArbitrary memoryRequests(Memory min, Memory max);

    /**
     * Requests only, no limits.
     *
     * @return the resources arbitrary
     */
    ResourcesArbitrary withoutLimits();
}
