package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.PodNode;
import dev.shipshape.internal.validation.Pods;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * {@code workload.single-replica}: a Deployment behind a Service that runs one pod and has no autoscaler: every
 * rollout, node drain or crash is an outage. (Workers without a Service are not affected.)
 */
final class WorkloadSingleReplica extends BaseRule {

    WorkloadSingleReplica() {
        super(RuleDeclaration.warning("workload.single-replica",
                "a WebService with 1 replica and no HPA",
                "`.replicas(2)` or an HPA"));
    }

    @Override
    public void register(Registry registry) {
        registry.graph(this::check);
    }

    private void check(CheckContext ctx, Findings findings) {
        Set<Item> served = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Item service : ctx.index().ofKind("Service")) {
            for (PodNode pod : Services.pods(service, ctx)) {
                served.add(pod.item());
            }
        }
        for (Item d : ctx.index().ofKind("Deployment")) {
            if (Pods.replicas(d.object()).orElse(0) == 1 && served.contains(d) && ctx.index().autoscalerOf(d).isEmpty()) {
                String what = d.component().map(c -> c.kind().displayName() + " " + c.name()).orElse("Deployment " + d.name());
                findings.report(d.place().child("replicas"),
                        what + " runs a single replica and has no HPA: every rollout, drain or crash is an outage.",
                        d.isRendered() ? "set .replicas(2) or more, or .autoscale(Autoscaling.between(2, …))."
                                : "set spec.replicas to 2 or more, or add a HorizontalPodAutoscaler with minReplicas 2 or more.");
            }
        }
    }
}
