package dev.shipshape.dsl;

import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.ContainerSpec;
import dev.shipshape.model.PortSpec;
import dev.shipshape.model.Probe;
import dev.shipshape.model.RollingUpdate;
import dev.shipshape.model.WorkloadSpec;
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
public final class StaticSite extends Workload<StaticSite> implements Routable {

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

    /**
     * Adds a HorizontalPodAutoscaler on average CPU utilization: {@code .autoscale(Autoscaling.between(2, 10))}.
     *
     * @param autoscaling the autoscaler
     * @return the static site
     */
    public StaticSite autoscale(Autoscaling autoscaling) {
        return setAutoscaling(autoscaling);
    }


    @Override
    Optional<String> routedPortName() {
        return hasPorts() ? super.routedPortName() : Optional.of(DEFAULT_PORT_NAME);
    }

    @Override
    WorkloadSpec freeze(Freezer freezer) {
        WorkloadSpec spec = super.freeze(freezer);
        ContainerSpec c = spec.container();
        if (!c.ports().isEmpty() && c.readinessProbe().isPresent()) {
            return spec;
        }
        List<PortSpec> ports = c.ports().isEmpty() ? List.of(new PortSpec(DEFAULT_PORT_NAME, DEFAULT_CONTAINER_PORT, DEFAULT_PORT)) : c.ports();
        Optional<Probe> readiness = c.readinessProbe().or(() -> Optional.of(Probe.http("/", ports.get(0).name())));
        ContainerSpec main = new ContainerSpec(c.name(), c.role(), c.image(), ports, c.resources(), c.env(), c.mounts(),
                readiness, c.livenessProbe(), c.startupProbe(), c.command(), c.args(), c.security());
        return new WorkloadSpec(spec.id(), main, spec.replicas(), spec.autoscaling(), spec.volumes(), spec.ephemeral(),
                spec.readService(), spec.extraContainers(), spec.pod(), spec.job(), spec.cron());
    }

    /**
     * Sets how a rollout replaces the pods: {@code .rollingUpdate(RollingUpdate.pods(1, 0))} (Kubernetes' default is
     * 25 % / 25 %).
     *
     * @param rollingUpdate the settings
     * @return this builder, for chaining
     */
    public StaticSite rollingUpdate(RollingUpdate rollingUpdate) {
        return setRollingUpdate(rollingUpdate);
    }
}
