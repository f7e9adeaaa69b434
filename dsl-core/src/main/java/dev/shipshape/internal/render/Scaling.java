package dev.shipshape.internal.render;

import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.WorkloadSpec;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.autoscaling.v2.CrossVersionObjectReference;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricTarget;
import io.fabric8.kubernetes.api.model.autoscaling.v2.ResourceMetricSource;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetSpec;

/**
 * How many pods a workload runs and loses: its HorizontalPodAutoscaler ({@code autoscaling/v2}, average cpu
 * utilization) and its PodDisruptionBudget ({@code maxUnavailable: 1}, for workloads of at least 2 pods). Not API.
 */
final class Scaling {

    private Scaling() {
    }

    static void autoscaler(WorkloadSpec w, Autoscaling a, RenderContext.Scope out) {
        MetricTarget target = new MetricTarget();
        target.setType("Utilization");
        target.setAverageUtilization(a.targetCpuUtilization());
        ResourceMetricSource cpu = new ResourceMetricSource();
        cpu.setName("cpu");
        cpu.setTarget(target);
        MetricSpec metric = new MetricSpec();
        metric.setType("Resource");
        metric.setResource(cpu);
        HorizontalPodAutoscalerSpec spec = new HorizontalPodAutoscalerSpec();
        spec.setScaleTargetRef(new CrossVersionObjectReference("apps/v1", w.kind().workloadKind().orElseThrow(), w.name()));
        spec.setMinReplicas(a.minReplicas());
        spec.setMaxReplicas(a.maxReplicas());
        spec.setMetrics(Fabric.list(metric));
        HorizontalPodAutoscaler hpa = new HorizontalPodAutoscaler();
        hpa.setMetadata(out.meta(w, w.name()));
        hpa.setSpec(spec);
        out.add(hpa);
    }

    static void disruptionBudget(WorkloadSpec w, RenderContext.Scope out) {
        PodDisruptionBudgetSpec spec = new PodDisruptionBudgetSpec();
        spec.setMaxUnavailable(new IntOrString(1));
        spec.setSelector(Fabric.selector(out.selector(w)));
        PodDisruptionBudget pdb = new PodDisruptionBudget();
        pdb.setMetadata(out.meta(w, w.name()));
        pdb.setSpec(spec);
        out.add(pdb);
    }
}
