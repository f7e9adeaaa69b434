package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.PodNode;
import dev.shipshape.internal.validation.Pods;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code pdb.blocks-eviction}: a PodDisruptionBudget that can never allow an eviction with the replicas the selected
 * workloads run: {@code maxUnavailable: 0} (or {@code 0%}), {@code minAvailable: 100%}, or {@code minAvailable} at
 * least the replica count. Node drains, cluster upgrades and the autoscaler then wait for it forever.
 */
final class PdbBlocksEviction extends BaseRule {

    PdbBlocksEviction() {
        super(RuleDeclaration.error("pdb.blocks-eviction",
                "a PodDisruptionBudget that can never allow an eviction with the replicas the selected "
                + "workloads run (`maxUnavailable: 0`, `minAvailable: 100%`, or `minAvailable` ≥ replicas): "
                + "node drains and cluster upgrades wait forever",
                "`maxUnavailable: 1`, or `minAvailable` below the replicas"));
    }

    @Override
    public void register(Registry registry) {
        registry.object("PodDisruptionBudget", this::check);
    }

    private void check(Item item, CheckContext ctx, Findings findings) {
        if (!(item.object() instanceof PodDisruptionBudget pdb) || pdb.getSpec() == null || pdb.getSpec().getSelector() == null) {
            return;
        }
        Set<Item> workloads = new LinkedHashSet<>();
        for (PodNode pod : ctx.index().selected(item.namespace(), pdb.getSpec().getSelector())) {
            workloads.add(pod.item());
        }
        int replicas = 0;
        for (Item w : workloads) {
            replicas += ctx.index().autoscalerOf(w).flatMap(Autoscalers::of).map(Autoscalers::min)
                    .orElse(Pods.replicas(w.object()).orElse(0));
        }
        if (workloads.isEmpty()) {
            return;
        }
        IntOrString max = pdb.getSpec().getMaxUnavailable();
        IntOrString min = pdb.getSpec().getMinAvailable();
        String why = null;
        if (max != null && (Integer.valueOf(0).equals(max.getIntVal()) || "0%".equals(max.getStrVal()))) {
            why = "maxUnavailable is 0";
        } else if (min != null && "100%".equals(min.getStrVal())) {
            why = "minAvailable is 100%";
        } else if (min != null && min.getIntVal() != null && min.getIntVal() >= replicas) {
            why = "minAvailable is " + min.getIntVal() + " and the selected pods number " + replicas;
        }
        if (why != null) {
            findings.report(item.place().child("disruptionBudget"), "PodDisruptionBudget " + item.name() + " never allows an"
                            + " eviction (" + why + "): node drains, cluster upgrades and scale-downs wait for it forever.",
                    "allow at least one pod to go: maxUnavailable: 1, or minAvailable below the replica count.");
        }
    }
}
