package dev.shipshape.internal.rules;

import dev.shipshape.internal.schema.SchemaWalk;
import dev.shipshape.internal.validation.RuleDeclaration;

/** {@code api.field-required}: a field the kind's schema requires is missing or null. */
final class ApiFieldRequired extends ApiSchemaRule {

    ApiFieldRequired() {
        super(RuleDeclaration.error("api.field-required",
                "in YAML that is read: a field the kind's schema requires is missing (a container's `name`, a "
                + "Deployment's `selector`, an Ingress path's `pathType`)",
                "add the field").filesOnly(), SchemaWalk.Kind.REQUIRED);
    }

    @Override
    String explain() {
        return " (the API server refuses the object without it).";
    }

    @Override
    String fix(SchemaWalk.Problem p) {
        return "add " + p.path() + ".";
    }
}
