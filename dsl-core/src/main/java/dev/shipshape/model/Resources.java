package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import dev.shipshape.units.Storage;
import java.util.Optional;

/**
 * A container's resource requests and limits. Immutable: every method returns a new value.
 *
 * <pre>{@code
 * Resources r = Resources.of(Cpu.millis(500), Memory.gibibytes(1))      // requests
 *         .limits(Cpu.cores(1), Memory.gibibytes(1));                    // limits
 * Resources none = Resources.none();                                     // nothing requested (warned about)
 * Resources disk = r.ephemeralStorage(Storage.gibibytes(1), Storage.gibibytes(2));
 * }</pre>
 *
 * <p>Whether requests exceed limits is a graph rule ({@code resources.requests-exceed-limits}), reported by
 * {@code validate()} with every other problem, not thrown here.
 *
 * @param cpuRequest       cpu request
 * @param memoryRequest    memory request
 * @param ephemeralRequest ephemeral-storage request
 * @param cpuLimit         cpu limit
 * @param memoryLimit      memory limit
 * @param ephemeralLimit   ephemeral-storage limit
 */
public record Resources(Optional<Cpu> cpuRequest, Optional<Memory> memoryRequest, Optional<Storage> ephemeralRequest,
                        Optional<Cpu> cpuLimit, Optional<Memory> memoryLimit, Optional<Storage> ephemeralLimit) {

    private static final Resources NONE = new Resources(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Rejects null parts.
     *
     * @param cpuRequest cpu request
     * @param memoryRequest memory request
     * @param ephemeralRequest ephemeral-storage request
     * @param cpuLimit cpu limit
     * @param memoryLimit memory limit
     * @param ephemeralLimit ephemeral-storage limit
     */
    public Resources {
        Args.notNull(cpuRequest, "cpuRequest");
        Args.notNull(memoryRequest, "memoryRequest");
        Args.notNull(ephemeralRequest, "ephemeralRequest");
        Args.notNull(cpuLimit, "cpuLimit");
        Args.notNull(memoryLimit, "memoryLimit");
        Args.notNull(ephemeralLimit, "ephemeralLimit");
    }

    /**
     * Requests of {@code cpu} and {@code memory}, no limits yet: {@code Resources.of(Cpu.millis(250), Memory.mebibytes(256))}.
     *
     * @param cpu the cpu amount
     * @param memory the memory amount
     * @return the resources
     */
    public static Resources of(Cpu cpu, Memory memory) {
        return NONE.cpuRequest(cpu).memoryRequest(memory);
    }

    /**
     * No requests and no limits (the default of every workload).
     *
     * @return the resources
     */
    public static Resources none() {
        return NONE;
    }

    /**
     * These requests with limits {@code cpu} and {@code memory}: {@code .limits(Cpu.cores(1), Memory.gibibytes(1))}.
     *
     * @param cpu the cpu amount
     * @param memory the memory amount
     * @return the resources
     */
    public Resources limits(Cpu cpu, Memory memory) {
        return cpuLimit(cpu).memoryLimit(memory);
    }

    /**
     * Replaces the cpu request: {@code r.cpuRequest(Cpu.millis(100))}.
     *
     * @param cpu the cpu amount
     * @return the resources
     */
    public Resources cpuRequest(Cpu cpu) {
        return new Resources(Optional.of(Args.notNull(cpu, "cpu request")), memoryRequest, ephemeralRequest, cpuLimit, memoryLimit, ephemeralLimit);
    }

    /**
     * Replaces the memory request: {@code r.memoryRequest(Memory.mebibytes(64))}.
     *
     * @param memory the memory amount
     * @return the resources
     */
    public Resources memoryRequest(Memory memory) {
        return new Resources(cpuRequest, Optional.of(Args.notNull(memory, "memory request")), ephemeralRequest, cpuLimit, memoryLimit, ephemeralLimit);
    }

    /**
     * Replaces the cpu limit: {@code r.cpuLimit(Cpu.cores(2))}.
     *
     * @param cpu the cpu amount
     * @return the resources
     */
    public Resources cpuLimit(Cpu cpu) {
        return new Resources(cpuRequest, memoryRequest, ephemeralRequest, Optional.of(Args.notNull(cpu, "cpu limit")), memoryLimit, ephemeralLimit);
    }

    /**
     * Replaces the memory limit: {@code r.memoryLimit(Memory.gibibytes(1))}.
     *
     * @param memory the memory amount
     * @return the resources
     */
    public Resources memoryLimit(Memory memory) {
        return new Resources(cpuRequest, memoryRequest, ephemeralRequest, cpuLimit, Optional.of(Args.notNull(memory, "memory limit")), ephemeralLimit);
    }

    /**
     * Sets the ephemeral-storage request and limit: {@code r.ephemeralStorage(Storage.gibibytes(1), Storage.gibibytes(2))}.
     *
     * @param request the ephemeral storage requested
     * @param limit the most it may use, at least the request
     * @return the resources
     */
    public Resources ephemeralStorage(Storage request, Storage limit) {
        return new Resources(cpuRequest, memoryRequest, Optional.of(Args.notNull(request, "ephemeral-storage request")),
                cpuLimit, memoryLimit, Optional.of(Args.notNull(limit, "ephemeral-storage limit")));
    }

    /** {@return whether nothing is requested or limited} */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
