package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.schema.SchemaWalk;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;

/** A rule reporting one kind of the refusals of {@link SchemaWalk}, each at its field path, with its line. */
abstract class ApiSchemaRule extends BaseRule {

    private final SchemaWalk.Kind kind;

    ApiSchemaRule(RuleDeclaration declaration, SchemaWalk.Kind kind) {
        super(declaration);
        this.kind = kind;
    }

    @Override
    public final void register(Registry registry) {
        registry.graph(this::check);
    }

    private void check(CheckContext ctx, Findings findings) {
        ApiSchemas.each(ctx, ApiSchemas.Checked.class, (item, checked) -> {
            int reported = 0;
            for (SchemaWalk.Problem p : checked.problems()) {
                if (p.kind() == kind) {
                    String message = p.message().endsWith("?") ? p.message() : p.message() + explain();
                    findings.report(item.place().child(p.path()), "line " + ApiSchemas.line(item, p) + ": " + message, fix(p));
                    reported++;
                }
            }
            also(item, reported, findings);
        });
    }

    /** What to add to each message: why the API server refuses it. */
    abstract String explain();

    /** How to fix {@code p}. */
    abstract String fix(SchemaWalk.Problem p);

    /** Anything more to report about {@code item}, after {@code reported} findings. */
    void also(Item item, int reported, Findings findings) {
    }
}
