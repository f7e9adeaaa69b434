package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.objects.Place;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import dev.shipshape.model.AppSpec;
import dev.shipshape.model.WorkloadSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

/**
 * {@code autoscaling.replicas-conflict}: a fixed replica count next to an HPA. In the DSL, Shipshape leaves
 * spec.replicas to the HPA, so the fixed count is ignored and saying both is a sign of a mistake; in manifests, every
 * apply resets the count the HPA chose.
 */
final class AutoscalingReplicasConflict extends BaseRule {

    AutoscalingReplicasConflict() {
        super(RuleDeclaration.warning("autoscaling.replicas-conflict",
                "fixed `.replicas(n)` and an HPA on one workload (the HPA owns the count; the fixed one is "
                + "not rendered)",
                "remove `.replicas(…)`"));
    }

    @Override
    public void register(Registry registry) {
        registry.model(this::checkModel);
        registry.object("HorizontalPodAutoscaler", this::checkObjects);
    }

    private void checkModel(AppSpec app, CheckContext ctx, Findings findings) {
        for (WorkloadSpec w : app.workloads()) {
            if (w.autoscaling().isPresent() && w.replicas().isPresent()) {
                findings.report(Place.of(w.id()).child("replicas"),
                        "replicas(" + w.replicas().getAsInt() + ") is set but the HPA owns the replica count (between "
                                + w.autoscaling().get().minReplicas() + " and " + w.autoscaling().get().maxReplicas()
                                + "); the fixed count is not rendered.",
                        "remove .replicas(…) and set the HPA minimum instead.");
            }
        }
    }

    private void checkObjects(Item hpa, CheckContext ctx, Findings findings) {
        Autoscalers.of(hpa).flatMap(a -> a.target(ctx)).ifPresent(target -> {
            Integer replicas = target.object() instanceof Deployment d && d.getSpec() != null ? d.getSpec().getReplicas()
                    : target.object() instanceof StatefulSet s && s.getSpec() != null ? s.getSpec().getReplicas() : null;
            if (replicas != null) {
                findings.report(target.place().child("replicas"),
                        target.ref() + " sets replicas: " + replicas + " but HorizontalPodAutoscaler " + hpa.name()
                                + " owns the count; every apply resets it to " + replicas + ", fighting the autoscaler.",
                        "remove spec.replicas from " + target.ref() + ".");
            }
        });
    }
}
