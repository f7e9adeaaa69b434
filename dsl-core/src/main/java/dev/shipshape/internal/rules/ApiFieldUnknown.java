package dev.shipshape.internal.rules;

import dev.shipshape.internal.schema.SchemaWalk;
import dev.shipshape.internal.validation.RuleDeclaration;

/**
 * {@code api.field-unknown}: a field the schema of the object's kind does not have, typically a typo
 * ({@code selector.matchLabel}, {@code portz}). {@code kubectl apply} refuses it under strict field validation, its
 * default since Kubernetes 1.27; other clients drop it silently, so the setting never takes effect.
 */
final class ApiFieldUnknown extends ApiSchemaRule {

    ApiFieldUnknown() {
        super(RuleDeclaration.error("api.field-unknown",
                "in YAML that is read (`check`, `include`): a field the kind's schema does not have, for the "
                + "policy's Kubernetes version (a typo such as `matchLabel` or `portz`); `kubectl apply` refuses "
                + "it, other clients drop it",
                "fix the name, as suggested, or remove the field").filesOnly(), SchemaWalk.Kind.UNKNOWN_FIELD);
    }

    @Override
    String explain() {
        return "; kubectl apply refuses it under strict field validation, other clients drop it silently.";
    }

    @Override
    String fix(SchemaWalk.Problem p) {
        return p.message().contains("did you mean") ? "rename it as suggested." : "remove it, or move it where it belongs.";
    }
}
