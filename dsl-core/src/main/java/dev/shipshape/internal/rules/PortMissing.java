package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import io.fabric8.kubernetes.api.model.Service;

/**
 * {@code port.missing}: a Service without ports that is neither headless nor of type ExternalName; the API server
 * refuses it (core {@code ValidateService}: {@code spec.ports: Required value}). A web service or a store declared
 * without {@code .port(…)} renders one.
 */
final class PortMissing extends BaseRule {

    PortMissing() {
        super(RuleDeclaration.error("port.missing",
                "a Service without ports that is not headless: a web service, or a store's read Service, "
                + "declared without `.port(…)`; the API server refuses it",
                "`.port(\"http\", 8080)`"));
    }

    @Override
    public void register(Registry registry) {
        registry.object("Service", this::check);
    }

    private void check(Item service, CheckContext ctx, Findings findings) {
        if (!Services.ports(service).isEmpty() || Services.headless(service)
                || service.object() instanceof Service s && s.getSpec() != null && "ExternalName".equals(s.getSpec().getType())) {
            return;
        }
        findings.report(service.place(), "Service " + service.name() + " has no ports; the API server refuses a Service"
                        + " without ports unless it is headless.",
                service.isRendered() ? "give " + service.component().map(c -> c.name()).orElse(service.name())
                        + " the port it serves: .port(\"http\", 8080)." : "add the ports the Service serves.");
    }
}
