package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Place;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import dev.shipshape.model.AppSpec;
import dev.shipshape.model.ComponentKind;
import dev.shipshape.model.WorkloadSpec;

/**
 * {@code store.volume-missing}: a store that writes to its container file system loses everything when the pod is
 * rescheduled. Whether a store keeps data is intent ({@code .ephemeral()}), so a check of the model.
 */
final class StoreVolumeMissing extends BaseRule {

    StoreVolumeMissing() {
        super(RuleDeclaration.error("store.volume-missing",
                "a StatefulStore without a persistent volume, unless `.ephemeral()`",
                "`.volume(name, path, size)`"));
    }

    @Override
    public void register(Registry registry) {
        registry.model(this::check);
    }

    private void check(AppSpec app, CheckContext ctx, Findings findings) {
        for (WorkloadSpec w : app.workloads()) {
            if (w.kind() == ComponentKind.STATEFUL_STORE && w.volumes().isEmpty() && !w.ephemeral()) {
                findings.report(Place.of(w.id()),
                        "stateful store " + w.name() + " has no persistent volume; its data is lost whenever a pod moves.",
                        "add .volume(\"data\", \"/data\", Storage.gibibytes(10)), or call .ephemeral() if it keeps no data.");
            }
        }
    }
}
