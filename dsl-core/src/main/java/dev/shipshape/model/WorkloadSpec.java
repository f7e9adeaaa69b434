package dev.shipshape.model;

import dev.shipshape.internal.Args;
import dev.shipshape.units.Image;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A frozen workload: a web service, a stateful store or a static site, with its one container.
 *
 * <pre>{@code
 * WorkloadSpec w = app.model().workloads().get(0);
 * w.exposes("http");  // true
 * w.minimumReplicas();
 * }</pre>
 *
 * @param id             the component (its kind says which of the three)
 * @param image          the container image
 * @param replicas       replicas set explicitly; empty means the default ({@link ComponentKind#defaultReplicas()}, or the HPA's)
 * @param ports          named ports, exposed by the component's Service(s)
 * @param resources      requests and limits
 * @param env            environment variables, in the order given
 * @param mounts         Configs and Secrets mounted as files
 * @param readinessProbe readiness probe
 * @param livenessProbe  liveness probe
 * @param autoscaling    HPA
 * @param volumes        persistent volumes (stores only)
 * @param ephemeral      a store that deliberately keeps no data ({@code .ephemeral()})
 * @param command        container command (entrypoint override)
 * @param args           container args
 */
public record WorkloadSpec(ComponentId id, Image image, OptionalInt replicas, List<PortSpec> ports, Resources resources,
                           List<EnvVarSpec> env, List<MountSpec> mounts, Optional<Probe> readinessProbe,
                           Optional<Probe> livenessProbe, Optional<Autoscaling> autoscaling, List<VolumeSpec> volumes,
                           boolean ephemeral, List<String> command, List<String> args) {

    /** Rejects null parts and copies the collections. */
    public WorkloadSpec {
        Args.notNull(id, "id");
        Args.notNull(image, "image");
        Args.notNull(replicas, "replicas");
        ports = Args.list(ports, "ports");
        Args.notNull(resources, "resources");
        env = Args.list(env, "env");
        mounts = Args.list(mounts, "mounts");
        Args.notNull(readinessProbe, "readinessProbe");
        Args.notNull(livenessProbe, "livenessProbe");
        Args.notNull(autoscaling, "autoscaling");
        volumes = Args.list(volumes, "volumes");
        command = Args.list(command, "command");
        args = Args.list(args, "args");
    }

    /**
     * The workload's name.
     *
     * @return the workload's name
     */
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
     * The port with this name, if the workload exposes it.
     *
     * @param name the name
     * @return the port with this name, if the workload exposes it
     */
    public Optional<PortSpec> port(String name) {
        return ports.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * Whether the workload exposes a port with this name.
     *
     * @param portName the port name
     * @return whether the workload exposes a port with this name
     */
    public boolean exposes(String portName) {
        for (PortSpec p : ports) {
            if (p.name().equals(portName)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The replicas rendered when there is no HPA: the explicit count, else the kind's default (2 for what serves traffic, 1 for a store).
     *
     * @return the replicas rendered when there is no HPA: the explicit count, else the kind's default (2 for what serves traffic, 1 for a store)
     */
    public int effectiveReplicas() {
        return replicas.orElse(kind().defaultReplicas());
    }

    /**
     * The fewest replicas the workload runs: the HPA's minimum, else the replica count.
     *
     * @return the fewest replicas the workload runs: the HPA's minimum, else the replica count
     */
    public int minimumReplicas() {
        return autoscaling.map(Autoscaling::minReplicas).orElse(effectiveReplicas());
    }
}
