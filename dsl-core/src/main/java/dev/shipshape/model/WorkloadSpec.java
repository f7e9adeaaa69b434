package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.units.Image;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A frozen component that runs pods: a web service, a stateful store, a static site, a worker, a job or a cron job,
 * with its main container, its sidecars and init containers, and its pod options.
 *
 * <pre>{@code
 * WorkloadSpec w = app.model().workloads().get(0);
 * w.exposes("http");  // true
 * w.minimumReplicas();
 * w.sidecars();       // the log shipper, …
 * }</pre>
 *
 * @param id              the component (its kind says which)
 * @param container       the main container, named after the component
 * @param replicas        replicas set explicitly; empty means the default ({@link ComponentKind#defaultReplicas()}, or the HPA's)
 * @param autoscaling     HPA
 * @param volumes         persistent volumes (stores only)
 * @param ephemeral       a store that deliberately keeps no data ({@code .ephemeral()})
 * @param readService     whether a store renders its read Service ({@code <name>-read})
 * @param extraContainers sidecars and init containers, in the order declared
 * @param pod             labels, annotations, scheduling, shutdown and rollout settings
 * @param job             how a job or a cron job's jobs run; empty for long-running kinds
 * @param cron            when a cron job runs; empty for other kinds
 */
public record WorkloadSpec(ComponentId id, ContainerSpec container, OptionalInt replicas, Optional<Autoscaling> autoscaling,
                           List<VolumeSpec> volumes, boolean ephemeral, boolean readService,
                           List<ContainerSpec> extraContainers, PodOptions pod, Optional<JobOptions> job,
                           Optional<CronOptions> cron) implements ComponentSpec {
    /**
     * Rejects null parts and copies the collections.
     *
     * @param id the component (its kind says which)
     * @param container the main container, named after the component
     * @param replicas replicas set explicitly; empty means the default ({@link ComponentKind#defaultReplicas()}, or the HPA's)
     * @param autoscaling HPA
     * @param volumes persistent volumes (stores only)
     * @param ephemeral a store that deliberately keeps no data ({@code .ephemeral()})
     * @param readService whether a store renders its read Service ({@code <name>-read})
     * @param extraContainers sidecars and init containers, in the order declared
     * @param pod labels, annotations, scheduling, shutdown and rollout settings
     * @param job how a job or a cron job's jobs run; empty for long-running kinds
     * @param cron when a cron job runs; empty for other kinds
     */
    public WorkloadSpec {
        Args.notNull(id, "id");
        Args.notNull(container, "container");
        Args.notNull(replicas, "replicas");
        Args.notNull(autoscaling, "autoscaling");
        volumes = Args.list(volumes, "volumes");
        extraContainers = Args.list(extraContainers, "extraContainers");
        Args.notNull(pod, "pod");
        Args.notNull(job, "job");
        Args.notNull(cron, "cron");
    }

    /**
     * The main container's image.
     *
     * @return the image
     */
    public Image image() {
        return container.image();
    }

    /**
     * The main container's named ports, exposed by the component's Service(s).
     *
     * @return the ports
     */
    public List<PortSpec> ports() {
        return container.ports();
    }

    /**
     * The main container's requests and limits.
     *
     * @return the resources
     */
    public Resources resources() {
        return container.resources();
    }

    /**
     * The main container's environment variables, in the order given.
     *
     * @return the env vars
     */
    public List<EnvVarSpec> env() {
        return container.env();
    }

    /**
     * The main container's mounts.
     *
     * @return the mounts
     */
    public List<MountSpec> mounts() {
        return container.mounts();
    }

    /**
     * The main container's readiness probe.
     *
     * @return the probe
     */
    public Optional<Probe> readinessProbe() {
        return container.readinessProbe();
    }

    /**
     * The main container's liveness probe.
     *
     * @return the probe
     */
    public Optional<Probe> livenessProbe() {
        return container.livenessProbe();
    }

    /**
     * The main container's command.
     *
     * @return the command
     */
    public List<String> command() {
        return container.command();
    }

    /**
     * The main container's arguments.
     *
     * @return the arguments
     */
    public List<String> args() {
        return container.args();
    }

    /**
     * The sidecars, in the order declared.
     *
     * @return the sidecars
     */
    public List<ContainerSpec> sidecars() {
        return extraContainers.stream().filter(c -> c.role() == ContainerSpec.Role.SIDECAR).toList();
    }

    /**
     * The init containers, in the order declared.
     *
     * @return the init containers
     */
    public List<ContainerSpec> initContainers() {
        return extraContainers.stream().filter(c -> c.role() == ContainerSpec.Role.INIT).toList();
    }

    /**
     * Every container: the main one, then the sidecars and init containers as declared.
     *
     * @return the containers
     */
    public List<ContainerSpec> containers() {
        List<ContainerSpec> all = new java.util.ArrayList<>(1 + extraContainers.size());
        all.add(container);
        all.addAll(extraContainers);
        return all;
    }

    /** {@return the workload's name} */
    public String name() {
        return id.name();
    }

    /**
     * Which kind of workload.
     *
     * @return the component kind
     */
    public ComponentKind kind() {
        return id.kind();
    }

    /**
     * {@return the port with this name, if the workload exposes it}
     *
     * @param name a port name, e.g. {@code http}
     */
    public Optional<PortSpec> port(String name) {
        return ports().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * {@return whether the workload exposes a port with this name}
     *
     * @param portName the port name
     */
    public boolean exposes(String portName) {
        return container.exposes(portName);
    }

    /**
     * {@return the replicas rendered when there is no HPA: the explicit count, else the kind's default (2 for what serves traffic, 1 for a store)}
     */
    public int effectiveReplicas() {
        return replicas.orElse(kind().defaultReplicas());
    }

    /** {@return the fewest replicas the workload runs: the HPA's minimum, else the replica count} */
    public int minimumReplicas() {
        return autoscaling.map(Autoscaling::minReplicas).orElse(effectiveReplicas());
    }
}
