package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.PodNode;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import io.fabric8.kubernetes.api.model.ServiceAccount;

/**
 * {@code security.service-account-token}: pods that get an API token mounted without asking for one: neither the pod
 * nor its ServiceAccount (when among the manifests) sets {@code automountServiceAccountToken: false}. A component
 * that asked with {@code .serviceAccountToken()} is not reported.
 */
final class ServiceAccountToken extends BaseRule {

    ServiceAccountToken() {
        super(RuleDeclaration.warning("security.service-account-token",
                "pods that get an API token mounted without asking (neither the pod nor its ServiceAccount "
                + "says `automountServiceAccountToken: false`)",
                "`.serviceAccountToken()` where the API is really used"));
    }

    @Override
    public void register(Registry registry) {
        registry.pod(this::check);
    }

    private void check(PodNode pod, CheckContext ctx, Findings findings) {
        Boolean own = pod.spec().getAutomountServiceAccountToken();
        String account = pod.spec().getServiceAccountName() == null || pod.spec().getServiceAccountName().isEmpty()
                ? "default" : pod.spec().getServiceAccountName();
        boolean mounted = own != null ? own : ctx.index().find("ServiceAccount", pod.item().namespace(), account)
                .map(i -> i.object() instanceof ServiceAccount sa ? sa.getAutomountServiceAccountToken() : null)
                .map(b -> !Boolean.FALSE.equals(b)).orElse(true);
        if (!mounted) {
            return;
        }
        boolean asked = ctx.app().flatMap(app -> pod.item().component().flatMap(app::workload))
                .map(w -> w.pod().security().serviceAccountToken()).orElse(false);
        if (asked && pod.item().isRendered()) {
            return;
        }
        findings.report(pod.place().child("automountServiceAccountToken"), pod.item().ref() + " mounts the API token of"
                        + " ServiceAccount " + account + " into every container; whoever gets into one can call the"
                        + " Kubernetes API with it.",
                pod.item().isRendered() ? "keep automountServiceAccountToken: false, or ask for the token with .serviceAccountToken()."
                        : "set automountServiceAccountToken: false on the pod or its ServiceAccount.");
    }
}
