package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;

/**
 * {@code api.kind-unknown}: an object of a built-in API group in a version, or of a kind, the policy's Kubernetes
 * release does not serve ({@code extensions/v1beta1 Deployment}, removed in 1.16): the API server answers "no matches
 * for kind".
 */
final class ApiKindUnknown extends BaseRule {

    ApiKindUnknown() {
        super(RuleDeclaration.error("api.kind-unknown",
                "in YAML that is read: a built-in API group's version or kind that the policy's Kubernetes "
                + "version does not serve (`extensions/v1beta1` Deployment)",
                "use the version the message names").filesOnly());
    }

    @Override
    public void register(Registry registry) {
        registry.graph(this::check);
    }

    private void check(CheckContext ctx, Findings findings) {
        ApiSchemas.each(ctx, ApiSchemas.NotServed.class, (item, n) -> {
            String apiVersion = item.object().getApiVersion();
            findings.report(item.place().child("apiVersion"), "Kubernetes " + ctx.kubernetesVersion()
                            + " does not serve " + item.kind() + " in " + apiVersion + (n.served().isEmpty()
                            ? "; it serves no " + item.kind() + " at all" : "; it serves it in "
                            + String.join(", ", n.served())) + " (the API server answers: no matches for kind).",
                    n.served().isEmpty() ? "check the kind's name, or the API group."
                            : "change apiVersion to " + n.served().get(n.served().size() - 1)
                            + " and the fields that changed with it.");
        });
    }
}
