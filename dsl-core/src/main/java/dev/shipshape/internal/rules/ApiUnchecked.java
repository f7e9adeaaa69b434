package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;

/**
 * {@code api.unchecked}: a custom resource whose CustomResourceDefinition is not among the inputs, so its fields
 * could not be checked. Information, never an error.
 */
final class ApiUnchecked extends BaseRule {

    ApiUnchecked() {
        super(RuleDeclaration.info("api.unchecked",
                "in YAML that is read: a custom resource whose CustomResourceDefinition is not among the "
                + "inputs, so its fields are not checked (information)",
                "check it with its CustomResourceDefinition").filesOnly());
    }

    @Override
    public void register(Registry registry) {
        registry.graph(this::check);
    }

    private void check(CheckContext ctx, Findings findings) {
        ApiSchemas.each(ctx, ApiSchemas.Unchecked.class, (item, u) -> {
            findings.report(item.place(), item.object().getApiVersion() + " " + item.kind()
                            + " is not a built-in kind and was not checked against a schema: " + u.why() + ".",
                    "pass the CustomResourceDefinition's YAML to check with the resource to check it too.");
        });
    }
}
