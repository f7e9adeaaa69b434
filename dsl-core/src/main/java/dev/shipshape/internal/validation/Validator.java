package dev.shipshape.internal.validation;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.internal.rules.Catalog;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import dev.shipshape.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs every rule of the catalog that the policy leaves on over a frozen application. {@link WorkloadRule}s
 * share one pass over the workloads; the other rules each make their own.
 *
 * <pre>{@code
 * List<Violation> all = Validator.validate(app.model(), Policy.defaults());
 * }</pre>
 */
public final class Validator {

    private static final List<CheckedRule> RULES = Catalog.rules();

    private Validator() {
    }

    /** Every violation of {@code app} under {@code policy}, in {@link Violation#ORDER}. Never throws for a bad app. */
    public static List<Violation> validate(AppSpec app, Policy policy) {
        List<Violation> out = new ArrayList<>();
        List<WorkloadRule> workloadRules = new ArrayList<>();
        List<Collector> workloadCollectors = new ArrayList<>();
        for (CheckedRule rule : RULES) {
            Optional<Severity> severity = policy.severityOf(rule);
            if (severity.isEmpty()) {
                continue;
            }
            Collector collector = new Collector(rule.id(), severity.get(), out);
            if (rule instanceof WorkloadRule w) {
                workloadRules.add(w);
                workloadCollectors.add(collector);
            } else {
                rule.check(app, policy, collector);
            }
        }
        for (WorkloadSpec w : app.workloads()) {
            for (int i = 0; i < workloadRules.size(); i++) {
                workloadRules.get(i).checkWorkload(app, policy, w, workloadCollectors.get(i));
            }
        }
        for (int i = 0; i < workloadRules.size(); i++) {
            workloadRules.get(i).checkOthers(app, policy, workloadCollectors.get(i));
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
