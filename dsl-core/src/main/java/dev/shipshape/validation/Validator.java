package dev.shipshape.validation;

import dev.shipshape.model.AppSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every rule of the catalog that the policy leaves on over a frozen application.
 *
 * <pre>{@code
 * List<Violation> all = Validator.validate(app.model(), Policy.defaults());
 * }</pre>
 */
public final class Validator {

    private Validator() {
    }

    /** Every violation of {@code app} under {@code policy}, in {@link Violation#ORDER}. Never throws for a bad app. */
    public static List<Violation> validate(AppSpec app, Policy policy) {
        List<Violation> out = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            policy.severityOf(rule).ifPresent(severity -> rule.check(app, policy, new Collector(rule.id(), severity, out)));
        }
        out.sort(Violation.ORDER);
        return List.copyOf(out);
    }

    private record Collector(String rule, Severity severity, List<Violation> out) implements Findings {
        @Override
        public void report(String path, String message, String fix) {
            out.add(new Violation(rule, severity, path, message, fix));
        }
    }
}
