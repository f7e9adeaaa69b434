package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.units.Image;
import dev.shipshape.units.Names;
import java.util.List;
import java.util.Optional;

/**
 * One container of a component's pods: the main one, a sidecar, or an init container.
 *
 * <pre>{@code
 * ContainerSpec main = app.model().workloads().get(0).container();
 * main.image();        // my-repo/journal-server:v1.0.1-bfeda01f
 * main.role();         // MAIN
 * }</pre>
 *
 * @param name           the container name (DNS-1123 label)
 * @param role           main container, sidecar or init container
 * @param image          the image
 * @param ports          named ports
 * @param resources      requests and limits
 * @param env            environment variables, in the order given
 * @param mounts         Configs and Secrets mounted as files
 * @param readinessProbe readiness probe (never for an init container)
 * @param livenessProbe  liveness probe (never for an init container)
 * @param startupProbe   startup probe (never for an init container)
 * @param command        command (entrypoint override)
 * @param args           arguments
 * @param security       what it may do beyond the "restricted" defaults
 * @param addresses      the typed addresses its env vars, command and arguments use, each where it is used
 */
public record ContainerSpec(String name, Role role, Image image, List<PortSpec> ports, Resources resources,
                            List<EnvVarSpec> env, List<MountSpec> mounts, Optional<Probe> readinessProbe,
                            Optional<Probe> livenessProbe, Optional<Probe> startupProbe, List<String> command,
                            List<String> args, ContainerSecurity security, List<AddressUse> addresses) {

    /** What a container is to its pod. */
    public enum Role {
        /** The component's own container, named after it. */
        MAIN,
        /**
         * A helper running beside the main container for the pod's whole life (a log shipper, a proxy): rendered
         * as a native sidecar, an init container with {@code restartPolicy: Always} (Kubernetes 1.29+), so it starts
         * first and does not keep a Job from completing.
         */
        SIDECAR,
        /** A container that runs to completion before the others start (a migration, a wait-for). */
        INIT
    }

    /**
     * Checks the parts.
     *
     * @param name the container name (DNS-1123 label)
     * @param role main container, sidecar or init container
     * @param image the image, already parsed
     * @param ports named ports
     * @param resources requests and limits
     * @param env environment variables, in the order given
     * @param mounts Configs and Secrets mounted as files
     * @param readinessProbe readiness probe (never for an init container)
     * @param livenessProbe liveness probe (never for an init container)
     * @param startupProbe startup probe (never for an init container)
     * @param command command (entrypoint override)
     * @param args arguments
     * @param security what it may do beyond the "restricted" defaults
     * @param addresses the typed addresses its env vars, command and arguments use
     * @throws IllegalArgumentException if a part is null, the name is not a DNS-1123 label, or an init container
     *         has a probe
     */
    public ContainerSpec {
        Names.requireDns1123Label("container name", name);
        Args.notNull(role, "role");
        Args.notNull(image, "image");
        ports = Args.list(ports, "ports");
        Args.notNull(resources, "resources");
        env = Args.list(env, "env");
        mounts = Args.list(mounts, "mounts");
        Args.notNull(readinessProbe, "readinessProbe");
        Args.notNull(livenessProbe, "livenessProbe");
        Args.notNull(startupProbe, "startupProbe");
        command = Args.list(command, "command");
        args = Args.list(args, "args");
        Args.notNull(security, "security");
        addresses = Args.list(addresses, "addresses");
        if (role == Role.INIT && (readinessProbe.isPresent() || livenessProbe.isPresent() || startupProbe.isPresent())) {
            throw new IllegalArgumentException("init container " + name + " runs to completion before the others start;"
                    + " it cannot have probes (make it a sidecar if it must keep running)");
        }
    }

    /**
     * Whether the container exposes a port with this name.
     *
     * @param portName the port name
     * @return whether it does
     */
    public boolean exposes(String portName) {
        return ports.stream().anyMatch(p -> p.name().equals(portName));
    }
}
