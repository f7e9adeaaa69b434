package dev.shipshape.dsl;

import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.ComponentId;
import dev.shipshape.units.Image;

/**
 * A background worker (a queue consumer, an indexer): a Deployment without a Service, optionally an HPA and, at 2
 * replicas or more, a PodDisruptionBudget. It serves no traffic, so it is not {@link Routable}. One replica by
 * default: a worker may consume work that is not safe to share.
 *
 * <pre>{@code
 * Worker indexer = app.worker("indexer", "my-repo/indexer:2.4.1")
 *         .resources(Resources.of(Cpu.millis(250), Memory.mebibytes(256)).limits(Cpu.millis(500), Memory.mebibytes(256)))
 *         .env("REDIS_HOST", redis.primaryHost())
 *         .autoscale(Autoscaling.between(1, 5));
 * }</pre>
 */
public final class Worker extends ScalableWorkload<Worker> {

    Worker(ComponentId id, Image image) {
        super(id, image);
    }

    @Override
    Worker self() {
        return this;
    }
}
