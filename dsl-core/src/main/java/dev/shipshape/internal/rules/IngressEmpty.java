package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import java.util.List;

/**
 * {@code ingress.empty}: an Ingress that routes nothing, which the API server refuses (networking/v1
 * {@code ValidateIngressSpec}: either {@code defaultBackend} or {@code rules} must be specified; a rule's {@code http}
 * needs at least one path).
 */
final class IngressEmpty extends BaseRule {

    IngressEmpty() {
        super(RuleDeclaration.error("ingress.empty",
                "an Ingress with no routes and no default backend "
                + "(`app.ingress(\"web\").host(\"shop.example.com\")` alone), or a rule whose `http` lists no "
                + "path: the API server refuses both",
                "add a route, or remove the ingress"));
    }

    @Override
    public void register(Registry registry) {
        registry.object("Ingress", this::check);
    }

    private void check(Item item, CheckContext ctx, Findings findings) {
        if (!(item.object() instanceof Ingress ingress)) {
            return;
        }
        List<IngressRule> rules = ingress.getSpec() == null || ingress.getSpec().getRules() == null ? List.of()
                : ingress.getSpec().getRules();
        boolean backend = ingress.getSpec() != null && ingress.getSpec().getDefaultBackend() != null;
        if (rules.isEmpty() && !backend) {
            findings.report(item.place(), "Ingress " + item.name() + " has no routes and no default backend; the API"
                            + " server refuses it.",
                    item.isRendered() ? "add a route: .route(\"/\", web), or remove the ingress."
                            : "add rules or a defaultBackend, or remove the Ingress.");
        }
        for (IngressRule rule : rules) {
            if (rule != null && rule.getHttp() != null && (rule.getHttp().getPaths() == null || rule.getHttp().getPaths().isEmpty())) {
                findings.report(item.place().child("host:" + (rule.getHost() == null || rule.getHost().isEmpty() ? "*" : rule.getHost())),
                        "the rule for " + (rule.getHost() == null || rule.getHost().isEmpty() ? "any host" : "host " + rule.getHost())
                                + " has an http section without paths; the API server refuses it.",
                        "add a path, or remove the rule.");
            }
        }
    }
}
