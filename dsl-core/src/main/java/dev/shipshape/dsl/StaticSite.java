package dev.shipshape.dsl;

import dev.shipshape.model.ComponentId;
import dev.shipshape.model.PortSpec;
import dev.shipshape.model.Probe;
import dev.shipshape.units.Image;
import java.util.List;
import java.util.Optional;

/**
 * A static file server (nginx or similar): a Deployment and a ClusterIP Service, optionally an HPA. If no
 * port is given it serves {@code http}: the container listens on 8080 (unprivileged; for nginx use an unprivileged
 * image such as {@code nginxinc/nginx-unprivileged}) and the Service serves it on 80. Without a readiness probe it
 * gets {@code Probe.http("/", "http")}.
 *
 * <pre>{@code
 * StaticSite files = app.staticSite("fileserver", "my-repo/static-files:v1-abcde")
 *         .replicas(2)
 *         .resources(Resources.of(Cpu.millis(100), Memory.mebibytes(64)).limits(Cpu.millis(200), Memory.mebibytes(64)));
 * ingress.route("/", files);
 * }</pre>
 */
public final class StaticSite extends ServiceWorkload<StaticSite> {

    /** The port name used when none is given. */
    public static final String DEFAULT_PORT_NAME = "http";
    /** The Service port used when none is given. */
    public static final int DEFAULT_PORT = 80;
    /** The container port used when none is given: unprivileged, so the server needs neither root nor a capability. */
    public static final int DEFAULT_CONTAINER_PORT = 8080;

    StaticSite(ComponentId id, Image image) {
        super(id, image);
    }

    @Override
    StaticSite self() {
        return this;
    }

    /** A site without ports of its own serves on the default port, whatever a route prefers. */
    @Override
    Optional<String> routedPortName(String preferred) {
        return hasPorts() ? super.routedPortName(preferred) : Optional.of(DEFAULT_PORT_NAME);
    }

    @Override
    List<PortSpec> defaultPorts() {
        return List.of(new PortSpec(DEFAULT_PORT_NAME, DEFAULT_CONTAINER_PORT, DEFAULT_PORT));
    }

    @Override
    Optional<Probe> defaultReadinessProbe(List<PortSpec> ports) {
        return Optional.of(Probe.http("/", ports.get(0).name()));
    }
}
