package dev.shipshape.internal.rules;

import dev.shipshape.internal.schema.SchemaWalk;
import dev.shipshape.internal.validation.RuleDeclaration;

/**
 * {@code api.value-unsupported}: a value outside the field's enumeration ({@code imagePullPolicy: Alwayz}), as the API
 * server's validation of the built-in kinds refuses it, or a CRD's {@code enum} does.
 */
final class ApiValueUnsupported extends ApiSchemaRule {

    ApiValueUnsupported() {
        super(RuleDeclaration.error("api.value-unsupported",
                "in YAML that is read: a value the field does not accept (`imagePullPolicy: Alwayz`, "
                + "`protocol: tcp`, a value outside a CRD's `enum`)",
                "use one of the supported values").filesOnly(), SchemaWalk.Kind.UNSUPPORTED_VALUE);
    }

    @Override
    String explain() {
        return ".";
    }

    @Override
    String fix(SchemaWalk.Problem p) {
        return p.message().contains("did you mean") ? "use the value suggested." : "use one of the supported values.";
    }
}
