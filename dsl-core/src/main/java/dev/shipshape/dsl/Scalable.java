package dev.shipshape.dsl;

import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.RollingUpdate;

/**
 * What the components rendered as a Deployment have: an autoscaler and rolling-update settings. Web services, static
 * sites and workers are scalable; a store's replicas hold data and a job's run to completion, so they are not.
 *
 * <pre>{@code
 * app.worker("indexer", "my-repo/indexer:2.4.1")
 *         .autoscale(Autoscaling.between(1, 5))
 *         .rollingUpdate(RollingUpdate.pods(1, 0));   // never below the replica count
 * }</pre>
 *
 * @param <SELF> the concrete builder
 */
public interface Scalable<SELF extends Scalable<SELF>> {

    /**
     * Adds a HorizontalPodAutoscaler ({@code autoscaling/v2}) on average cpu utilization:
     * {@code .autoscale(Autoscaling.between(2, 10).targetCpuUtilization(80))}. The HPA then owns the replica count, so
     * none is rendered (a fixed {@code .replicas(n)} beside it is reported, {@code autoscaling.replicas-conflict}).
     *
     * @param autoscaling the bounds and target
     * @return this builder
     */
    SELF autoscale(Autoscaling autoscaling);

    /**
     * Sets how a rollout replaces the pods: {@code .rollingUpdate(RollingUpdate.pods(1, 0))} adds one pod before
     * taking one away. Without it Kubernetes' default applies (25 % surge, 25 % unavailable).
     *
     * @param rollingUpdate the surge and unavailability allowed
     * @return this builder
     */
    SELF rollingUpdate(RollingUpdate rollingUpdate);
}
