package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.schema.SchemaWalk;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.RuleDeclaration;

/**
 * {@code api.field-type}: a value of the wrong type ({@code containerPort: "80"}, a label value that is a number), or
 * one its type cannot parse (a quantity, base64 data), which the API server's decoder refuses. When the object could
 * not be read as its kind's class for a reason the schema walk does not see, that reason is reported here too.
 */
final class ApiFieldType extends ApiSchemaRule {

    ApiFieldType() {
        super(RuleDeclaration.error("api.field-type",
                "in YAML that is read: a value of the wrong type (`containerPort: \"80\"`, a number as a label "
                + "value, a list where an object belongs) or that does not parse (a quantity, base64 data)",
                "write the value as the type the field takes").filesOnly(), SchemaWalk.Kind.TYPE);
    }

    @Override
    String explain() {
        return " (the API server cannot decode the object).";
    }

    @Override
    String fix(SchemaWalk.Problem p) {
        return p.message().contains("not the string") && p.message().contains("integer")
                ? "write the number without quotes." : p.message().contains("must be a string")
                ? "quote the value." : "write the value as the type the field takes.";
    }

    @Override
    void also(Item item, int reported, Findings findings) {
        if (reported == 0 && item.raw().isPresent() && item.raw().get().typingError().isPresent()) {
            findings.report(item.place(), item.raw().get().typingError().get() + ".",
                    "write each value as the type its field takes.");
        }
    }
}
