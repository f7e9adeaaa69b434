package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.objects.Place;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.PodNode;
import dev.shipshape.internal.validation.Pods;
import dev.shipshape.model.Autoscaling;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import java.util.Optional;
import java.util.OptionalInt;

/** A HorizontalPodAutoscaler as the autoscaling rules read it. */
record Autoscalers(Item hpa, HorizontalPodAutoscalerSpec spec) {

    /** The HPA view of {@code item}, if it is an HPA with a spec. */
    static Optional<Autoscalers> of(Item item) {
        if (item.object() instanceof HorizontalPodAutoscaler h && h.getSpec() != null) {
            return Optional.of(new Autoscalers(item, h.getSpec()));
        }
        return Optional.empty();
    }

    /** {@code …/autoscaling}: where autoscaling violations are reported. */
    Place place() {
        return hpa.place().child("autoscaling");
    }

    /** minReplicas, 1 when unset. */
    int min() {
        return spec.getMinReplicas() == null ? 1 : spec.getMinReplicas();
    }

    /** maxReplicas, 0 when unset (which the API server rejects). */
    int max() {
        return spec.getMaxReplicas() == null ? 0 : spec.getMaxReplicas();
    }

    /**
     * The average cpu utilization target in percent, if the HPA has one; an HPA without metrics targets
     * {@value Autoscaling#DEFAULT_TARGET_CPU}% cpu, as the controller does.
     */
    OptionalInt cpuTarget() {
        if (spec.getMetrics() == null || spec.getMetrics().isEmpty()) {
            return OptionalInt.of(Autoscaling.DEFAULT_TARGET_CPU);
        }
        for (MetricSpec m : spec.getMetrics()) {
            if ("Resource".equals(m.getType()) && m.getResource() != null && "cpu".equals(m.getResource().getName())
                    && m.getResource().getTarget() != null && "Utilization".equals(m.getResource().getTarget().getType())
                    && m.getResource().getTarget().getAverageUtilization() != null) {
                return OptionalInt.of(m.getResource().getTarget().getAverageUtilization());
            }
        }
        return OptionalInt.empty();
    }

    /** The object it scales, among the manifests. */
    Optional<Item> target(CheckContext ctx) {
        if (spec.getScaleTargetRef() == null || spec.getScaleTargetRef().getKind() == null || spec.getScaleTargetRef().getName() == null) {
            return Optional.empty();
        }
        return ctx.index().find(spec.getScaleTargetRef().getKind(), hpa.namespace(), spec.getScaleTargetRef().getName());
    }

    /** The pods of the object it scales. */
    Optional<PodNode> pods(CheckContext ctx) {
        return target(ctx).flatMap(Pods::of);
    }

    /** {@code Deployment/frontend}: what it scales, as written. */
    String targetRef() {
        return spec.getScaleTargetRef() == null ? "?" : spec.getScaleTargetRef().getKind() + "/" + spec.getScaleTargetRef().getName();
    }
}
