package dev.shipshape.dsl;

import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.RollingUpdate;
import dev.shipshape.units.Image;

/**
 * The workloads rendered as a Deployment — web services, static sites and workers — which an autoscaler can scale and
 * whose rollouts can be tuned ({@link Scalable}).
 *
 * <pre>{@code
 * app.webService("frontend", "my-repo/journal-server:v1.0.1")
 *         .autoscale(Autoscaling.between(2, 10).targetCpuUtilization(80))
 *         .rollingUpdate(RollingUpdate.pods(1, 0));
 * }</pre>
 *
 * @param <SELF> the concrete builder
 */
public abstract sealed class ScalableWorkload<SELF extends ScalableWorkload<SELF>> extends Workload<SELF>
        implements Scalable<SELF> permits ServiceWorkload, Worker {

    ScalableWorkload(ComponentId id, Image image) {
        super(id, image);
    }

    @Override
    public SELF autoscale(Autoscaling autoscaling) {
        return setAutoscaling(autoscaling);
    }

    @Override
    public SELF rollingUpdate(RollingUpdate rollingUpdate) {
        return setRollingUpdate(rollingUpdate);
    }
}
