package dev.shipshape.validation;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.WorkloadSpec;

/**
 * A rule that looks at one workload at a time. The {@link Validator} visits each workload once and runs every
 * such rule on it while its objects are in the CPU cache, instead of walking the whole model once per rule:
 * on large apps (10 000 services) that is what keeps validation close to linear.
 *
 * <pre>{@code
 * final class NoRootImage extends BaseRule implements WorkloadRule {
 *     public void checkWorkload(AppSpec app, Policy policy, WorkloadSpec w, Findings findings) {
 *         if (w.image().repository().startsWith("root/")) findings.report(w.id().path(), "…", "…");
 *     }
 * }
 * }</pre>
 */
public interface WorkloadRule extends Rule {

    /** Checks one workload. */
    void checkWorkload(AppSpec app, Policy policy, WorkloadSpec workload, Findings findings);

    /** Checks what is not a workload (configs, ingresses), after every workload was visited. Nothing by default. */
    default void checkOthers(AppSpec app, Policy policy, Findings findings) {
    }

    /** Every workload, then the others. */
    @Override
    default void check(AppSpec app, Policy policy, Findings findings) {
        for (WorkloadSpec w : app.workloads()) {
            checkWorkload(app, policy, w, findings);
        }
        checkOthers(app, policy, findings);
    }
}
