package dev.shipshape.dsl;

import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.PortSpec;
import dev.shipshape.model.Probe;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.units.Image;
import java.util.List;
import java.util.Optional;

/**
 * A static file server (nginx or similar): a Deployment and a ClusterIP Service, optionally an HPA. If no
 * port is given it serves {@code http} on 80, and without a readiness probe it gets {@code Probe.http("/", "http")}.
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
    /** The port number used when none is given. */
    public static final int DEFAULT_PORT = 80;

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
        if (!spec.ports().isEmpty() && spec.readinessProbe().isPresent()) {
            return spec;
        }
        List<PortSpec> ports = spec.ports().isEmpty() ? List.of(new PortSpec(DEFAULT_PORT_NAME, DEFAULT_PORT)) : spec.ports();
        Optional<Probe> readiness = spec.readinessProbe().or(() -> Optional.of(Probe.http("/", ports.get(0).name())));
        return new WorkloadSpec(spec.id(), spec.image(), spec.replicas(), ports, spec.resources(), spec.env(),
                spec.mounts(), readiness, spec.livenessProbe(), spec.autoscaling(), spec.volumes(), spec.ephemeral(),
                spec.command(), spec.args());
    }
}
