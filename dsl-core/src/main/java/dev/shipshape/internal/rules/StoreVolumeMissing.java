package dev.shipshape.internal.rules;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import dev.shipshape.internal.validation.WorkloadRule;
import dev.shipshape.model.ComponentKind;

/**
 * {@code store.volume-missing}: a store that writes to its container file system loses everything when the pod is rescheduled.
 */
final class StoreVolumeMissing extends BaseRule implements WorkloadRule {

    /** The rule id. */
    public static final String ID = "store.volume-missing";

    /** Creates the rule. */
    StoreVolumeMissing() {
        super(ID, Severity.ERROR, "a StatefulStore without a persistent volume (unless .ephemeral())");
    }

    @Override
    public void checkWorkload(AppSpec app, Policy policy, WorkloadSpec w, Findings findings) {
        if (w.kind() == ComponentKind.STATEFUL_STORE && w.volumes().isEmpty() && !w.ephemeral()) {
            findings.report(w.id().path(),
                    "stateful store " + w.name() + " has no persistent volume; its data is lost whenever a pod moves.",
                    "add .volume(\"data\", \"/data\", Storage.gibibytes(10)), or call .ephemeral() if it keeps no data.");
        }
    }
}
