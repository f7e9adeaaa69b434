package dev.shipshape.internal.rules;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.Resources;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import dev.shipshape.internal.validation.WorkloadRule;
import java.util.Optional;

/**
 * {@code resources.requests-exceed-limits}: a request above its limit, which the API server rejects.
 * Comparison is exact ({@code 500m} = {@code 0.5}, {@code 1Gi} > {@code 1G}).
 */
final class RequestsExceedLimits extends BaseRule implements WorkloadRule {

    /** The rule id. */
    public static final String ID = "resources.requests-exceed-limits";

    /** Creates the rule. */
    RequestsExceedLimits() {
        super(ID, Severity.ERROR, "a cpu, memory or ephemeral-storage request greater than its limit");
    }

    @Override
    public void checkWorkload(AppSpec app, Policy policy, WorkloadSpec w, Findings findings) {
        Resources r = w.resources();
        compare(w, "cpu", r.cpuRequest(), r.cpuLimit(), findings);
        compare(w, "memory", r.memoryRequest(), r.memoryLimit(), findings);
        compare(w, "ephemeral-storage", r.ephemeralRequest(), r.ephemeralLimit(), findings);
    }

    private static <T extends Comparable<T>> void compare(WorkloadSpec w, String resource, Optional<T> request, Optional<T> limit,
                                                          Findings findings) {
        if (request.isPresent() && limit.isPresent() && request.get().compareTo(limit.get()) > 0) {
            findings.report(RulePaths.container(w) + "/resources/" + resource, "request " + request.get() + " exceeds limit " + limit.get() + ".",
                    "lower the request or raise the limit.");
        }
    }
}
