package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.PodNode;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;

/**
 * {@code network.default-deny-missing}: pods that no NetworkPolicy selects for ingress, or none for egress, so every
 * pod of the cluster can reach them, or they can reach every pod (and the internet).
 */
final class NetworkDefaultDenyMissing extends BaseRule {

    NetworkDefaultDenyMissing() {
        super(RuleDeclaration.warning("network.default-deny-missing",
                "pods no NetworkPolicy isolates for ingress, or for egress",
                "keep Shipshape's `default-deny`; for other YAML add one"));
    }

    @Override
    public void register(Registry registry) {
        registry.graph(this::check);
    }

    private void check(CheckContext ctx, Findings findings) {
        if (ctx.index().pods().isEmpty()) {
            return;
        }
        Reachability net = ctx.index().derived(Reachability.class, Reachability::new);
        for (PodNode pod : ctx.index().pods()) {
            boolean ingress = !net.isolated(pod, "Ingress");
            boolean egress = !net.isolated(pod, "Egress");
            if (!ingress && !egress) {
                continue;
            }
            String open = ingress && egress ? "ingress and egress, so every pod of the cluster can reach them, and they can"
                    + " reach every pod and address" : ingress ? "ingress, so every pod of the cluster can reach them"
                    : "egress, so they can reach every pod and address";
            findings.report(pod.place(), "no NetworkPolicy selects the pods of " + pod.item().ref() + " for " + open + ".",
                    pod.item().isRendered() ? "keep Shipshape's default-deny NetworkPolicy (a customization removed or"
                            + " narrowed it)." : "add a default-deny NetworkPolicy (podSelector: {}, policyTypes: [Ingress,"
                            + " Egress]) and allow what the pods need.");
        }
    }
}
