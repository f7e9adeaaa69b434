package dev.shipshape.internal.validation;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.validation.Policy;

/**
 * A rule that looks at one workload at a time. The {@link Validator} visits each workload once and runs every
 * such rule on it while its objects are in the CPU cache, instead of walking the whole model once per rule:
 * on large apps (10 000 services) that is what keeps validation close to linear.
 *
 * <pre>{@code
 * // in dev.shipshape.internal.rules, listed in Catalog:
 * final class StoreVolumeMissing extends BaseRule implements WorkloadRule {
 *     public void checkWorkload(AppSpec app, Policy policy, WorkloadSpec w, Findings findings) {
 *         if (w.kind() == ComponentKind.STATEFUL_STORE && w.volumes().isEmpty() && !w.ephemeral()) {
 *             findings.report(w.id().path(), "… no persistent volume …", "add .volume(…) or call .ephemeral().");
 *         }
 *     }
 * }
 * }</pre>
 */
public interface WorkloadRule extends CheckedRule {

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
