package dev.shipshape.dsl;

import dev.shipshape.model.ContainerSpec;
import dev.shipshape.units.Image;

/**
 * A sidecar of a component, configured in the lambda given to {@code sidecar(…)}: everything the main container has,
 * probes included, checked by the same rules. It renders as a native sidecar (an init container with
 * {@code restartPolicy: Always}), so it starts before the main container and does not keep a Job from completing.
 *
 * <pre>{@code
 * frontend.sidecar("log-shipper", "fluent/fluent-bit:3.1.4", c -> c
 *         .resources(Resources.of(Cpu.millis(50), Memory.mebibytes(64)).limits(Cpu.millis(100), Memory.mebibytes(64)))
 *         .readinessProbe(Probe.http("/api/v1/health", "http"))
 *         .port("http", 2020));
 * }</pre>
 */
public final class ContainerOptions extends ProbedContainer<ContainerOptions> {

    private final String owner;
    private final String name;
    private final Image image;
    private final Adjustments adjustments;

    ContainerOptions(String owner, String name, Image image, Adjustments adjustments) {
        this.owner = owner;
        this.name = name;
        this.image = image;
        this.adjustments = adjustments;
    }

    @Override
    Adjustments adjustments() {
        return adjustments;
    }

    @Override
    ContainerOptions self() {
        return this;
    }

    @Override
    String describe() {
        return owner + " sidecar " + name;
    }

    ContainerSpec freeze(Freezer freezer) {
        return freezeContainer(name, ContainerSpec.Role.SIDECAR, image, freezer);
    }
}
