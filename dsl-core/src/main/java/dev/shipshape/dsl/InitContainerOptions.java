package dev.shipshape.dsl;

import dev.shipshape.model.ContainerSpec;
import dev.shipshape.units.Image;

/**
 * An init container of a component, configured in the lambda given to {@code initContainer(…)}: it runs to completion
 * before the other containers start (a migration, a wait-for), in the order declared among the sidecars, and is
 * checked by the same rules. It has everything the main container has but probes: the kubelet probes only containers
 * that keep running, so there is no probe method to call (make it a sidecar if it must keep running).
 *
 * <pre>{@code
 * frontend.initContainer("wait-for-redis", "busybox:1.36.1", c -> c
 *         .command("sh", "-c", "until nc -z redis-0.redis 6379; do sleep 1; done")
 *         .resources(Resources.of(Cpu.millis(10), Memory.mebibytes(16)).limits(Cpu.millis(50), Memory.mebibytes(16))));
 * }</pre>
 */
public final class InitContainerOptions extends ContainerDefinition<InitContainerOptions> {

    private final String owner;
    private final String name;
    private final Image image;
    private final Adjustments adjustments;

    InitContainerOptions(String owner, String name, Image image, Adjustments adjustments) {
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
    InitContainerOptions self() {
        return this;
    }

    @Override
    String describe() {
        return owner + " init container " + name;
    }

    ContainerSpec freeze(Freezer freezer) {
        return freezeContainer(name, ContainerSpec.Role.INIT, image, freezer);
    }
}
