package dev.shipshape.dsl;

import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.RollingUpdate;
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
public final class WebService extends Workload<WebService> implements Routable {

    WebService(ComponentId id, Image image) {
        super(id, image);
    }

    @Override
    WebService self() {
        return this;
    }

    /**
     * Adds a HorizontalPodAutoscaler on average CPU utilization: {@code .autoscale(Autoscaling.between(2, 10))}.
     *
     * @param autoscaling the autoscaler
     * @return the web service
     */
    public WebService autoscale(Autoscaling autoscaling) {
        return setAutoscaling(autoscaling);
    }

    /**
     * Sets how a rollout replaces the pods: {@code .rollingUpdate(RollingUpdate.pods(1, 0))} (Kubernetes' default is
     * 25 % / 25 %).
     *
     * @param rollingUpdate the settings
     * @return this builder, for chaining
     */
    public WebService rollingUpdate(RollingUpdate rollingUpdate) {
        return setRollingUpdate(rollingUpdate);
    }
}
