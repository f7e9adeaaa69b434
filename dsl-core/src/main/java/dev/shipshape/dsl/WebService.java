package dev.shipshape.dsl;

import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.ComponentId;
import dev.shipshape.units.Image;

/**
 * A stateless service: a Deployment, a ClusterIP Service over its ports, and optionally an HPA
 * ({@code autoscaling/v2}) and a PodDisruptionBudget (when it runs at least 2 replicas).
 *
 * <pre>{@code
 * WebService frontend = app.webService("frontend", "my-repo/journal-server:v1.0.1-bfeda01f")
 *         .port("http", 8080)
 *         .resources(Resources.of(Cpu.millis(500), Memory.gibibytes(1)).limits(Cpu.cores(1), Memory.gibibytes(1)))
 *         .readinessProbe(Probe.http("/api", "http"))
 *         .autoscale(Autoscaling.between(2, 10).targetCpuUtilization(80));
 * }</pre>
 */
public final class WebService extends ServiceWorkload<WebService> {

    WebService(ComponentId id, Image image) {
        super(id, image);
    }

    @Override
    WebService self() {
        return this;
    }
}
