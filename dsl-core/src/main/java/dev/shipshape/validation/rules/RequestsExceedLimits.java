package dev.shipshape.validation.rules;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.Resources;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.validation.Findings;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import java.util.Optional;

/**
 * {@code resources.requests-exceed-limits}: a request above its limit, which the API server rejects.
 * Comparison is exact ({@code 500m} = {@code 0.5}, {@code 1Gi} > {@code 1G}).
 */
public final class RequestsExceedLimits extends BaseRule {

    /** The rule id. */
    public static final String ID = "resources.requests-exceed-limits";

    /** Creates the rule. */
    public RequestsExceedLimits() {
        super(ID, Severity.ERROR, "a cpu, memory or ephemeral-storage request greater than its limit");
    }

    @Override
    public void check(AppSpec app, Policy policy, Findings findings) {
        for (WorkloadSpec w : app.workloads()) {
            Resources r = w.resources();
            String base = RulePaths.container(w) + "/resources/";
            compare(base + "cpu", r.cpuRequest(), r.cpuLimit(), findings);
            compare(base + "memory", r.memoryRequest(), r.memoryLimit(), findings);
            compare(base + "ephemeral-storage", r.ephemeralRequest(), r.ephemeralLimit(), findings);
        }
    }

    private static <T extends Comparable<T>> void compare(String path, Optional<T> request, Optional<T> limit, Findings findings) {
        if (request.isPresent() && limit.isPresent() && request.get().compareTo(limit.get()) > 0) {
            findings.report(path, "request " + request.get() + " exceeds limit " + limit.get() + ".",
                    "lower the request or raise the limit.");
        }
    }
}
