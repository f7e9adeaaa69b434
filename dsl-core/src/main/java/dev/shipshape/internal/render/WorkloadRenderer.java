package dev.shipshape.internal.render;

import dev.shipshape.model.WorkloadSpec;

/**
 * Renders a kind of workload: its own objects (a Deployment and its Service, a StatefulSet and its Services, a Job, a
 * CronJob), then what every workload has: an autoscaler when it scales, a disruption budget when it runs at least 2
 * pods, and its ServiceAccount. Not API.
 */
abstract class WorkloadRenderer extends ComponentRenderer<WorkloadSpec> {

    WorkloadRenderer() {
        super(WorkloadSpec.class);
    }

    @Override
    final void render(WorkloadSpec w, RenderContext.Scope out) {
        renderWorkload(w, out);
        w.autoscaling().ifPresent(a -> Scaling.autoscaler(w, a, out));
        if (w.minimumReplicas() >= 2) {
            Scaling.disruptionBudget(w, out);
        }
        ServiceAccounts.render(w, out);
    }

    /** The workload's own objects. */
    abstract void renderWorkload(WorkloadSpec w, RenderContext.Scope out);
}
