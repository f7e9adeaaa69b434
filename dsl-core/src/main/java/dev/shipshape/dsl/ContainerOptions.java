package dev.shipshape.dsl;

import dev.shipshape.model.ContainerSpec;
import dev.shipshape.model.Probe;
import dev.shipshape.units.Image;

/**
 * A sidecar or an init container of a component, configured in the lambda given to {@code sidecar(…)} or
 * {@code initContainer(…)}. It has everything the main container has, and the same rules check it. Init containers
 * run to completion before the others start, so they take no probes.
 *
 * <pre>{@code
 * frontend.sidecar("log-shipper", "fluent/fluent-bit:3.1.4", c -> c
 *                 .resources(Resources.of(Cpu.millis(50), Memory.mebibytes(64)).limits(Cpu.millis(100), Memory.mebibytes(64))))
 *         .initContainer("wait-for-redis", "busybox:1.36.1", c -> c
 *                 .command("sh", "-c", "until nc -z redis-0.redis 6379; do sleep 1; done")
 *                 .resources(Resources.of(Cpu.millis(10), Memory.mebibytes(16)).limits(Cpu.millis(50), Memory.mebibytes(16))));
 * }</pre>
 */
public final class ContainerOptions extends ContainerDefinition<ContainerOptions> {

    private final String owner;
    private final String name;
    private final ContainerSpec.Role role;
    private final Image image;
    private final Adjustments adjustments;

    ContainerOptions(String owner, String name, ContainerSpec.Role role, Image image, Adjustments adjustments) {
        this.owner = owner;
        this.name = name;
        this.role = role;
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
        return owner + " " + (role == ContainerSpec.Role.INIT ? "init container " : "sidecar ") + name;
    }

    private ContainerOptions refuseForInit(String probe) {
        if (role == ContainerSpec.Role.INIT) {
            throw new IllegalArgumentException(describe() + " runs to completion before the other containers start, so it"
                    + " cannot have a " + probe + " probe; make it a sidecar if it must keep running");
        }
        return this;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException for an init container, which runs to completion and has no probes
     */
    @Override
    public ContainerOptions readinessProbe(Probe probe) {
        return refuseForInit("readiness").setReadiness(probe);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException for an init container, which runs to completion and has no probes
     */
    @Override
    public ContainerOptions livenessProbe(Probe probe) {
        return refuseForInit("liveness").setLiveness(probe);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException for an init container, which runs to completion and has no probes
     */
    @Override
    public ContainerOptions startupProbe(Probe probe) {
        return refuseForInit("startup").setStartup(probe);
    }

    private ContainerOptions setReadiness(Probe probe) {
        return super.readinessProbe(probe);
    }

    private ContainerOptions setLiveness(Probe probe) {
        return super.livenessProbe(probe);
    }

    private ContainerOptions setStartup(Probe probe) {
        return super.startupProbe(probe);
    }

    ContainerSpec freeze(Freezer freezer) {
        return freezeContainer(name, role, image, freezer);
    }
}
