package dev.shipshape.dsl;

import dev.shipshape.model.ComponentId;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.units.Image;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A run-to-completion task: a {@code batch/v1} Job (a migration, a one-off import). Named {@code BatchJob} so it
 * never clashes with fabric8's {@code Job} in the same file.
 *
 * <pre>{@code
 * BatchJob migrate = app.job("migrate", "my-repo/journal-migrate:1.4.0")
 *         .env("REDIS_HOST", redis.primaryHost())
 *         .resources(Resources.of(Cpu.millis(100), Memory.mebibytes(128)).limits(Cpu.millis(500), Memory.mebibytes(128)))
 *         .backoffLimit(2)
 *         .ttlAfterFinished(Duration.ofHours(1));
 * }</pre>
 *
 * <p>A Job's pod template cannot change after it is created: to run a new version, delete the finished Job (a TTL
 * does it for you) or give the Job a new name.
 */
public final class BatchJob extends BatchComponent<BatchJob> {

    BatchJob(ComponentId id, Image image) {
        super(id, image);
    }

    @Override
    BatchJob self() {
        return this;
    }

    @Override
    WorkloadSpec freeze(Freezer freezer) {
        return new WorkloadSpec(id(), freezeMain(freezer), OptionalInt.empty(), Optional.empty(), java.util.List.of(), false,
                false, freezeExtras(freezer), freezePod(freezer, false, Optional.empty()), Optional.of(freezeJob()), Optional.empty());
    }
}
