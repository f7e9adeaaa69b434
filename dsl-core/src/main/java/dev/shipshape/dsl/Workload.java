package dev.shipshape.dsl;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.RollingUpdate;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.units.Image;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What every long-running component has beyond its pods: a replica count, an optional autoscaler, and zone
 * spreading (on by default at 2 replicas or more).
 *
 * <pre>{@code
 * app.webService("frontend", "my-repo/journal-server:v1.0.1")
 *         .port("http", 8080)
 *         .replicas(3)
 *         .spreadAcrossZones(true);
 * }</pre>
 *
 * <p>Defaults: 2 replicas for a web service or static site, 1 for a stateful store or a worker
 * ({@link dev.shipshape.model.ComponentKind#defaultReplicas()}); no resources (warned about); no probes; the image's
 * own command; pods spread over zones (a soft {@code topologySpreadConstraint}) when at least 2 run.
 *
 * @param <SELF> the concrete builder
 */
public abstract sealed class Workload<SELF extends Workload<SELF>> extends PodComponent<SELF>
        permits ScalableWorkload, StatefulStore {

    private OptionalInt replicas = OptionalInt.empty();
    private Optional<Autoscaling> autoscaling = Optional.empty();
    private Optional<RollingUpdate> rollingUpdate = Optional.empty();
    private boolean spreadAcrossZones = true;

    Workload(ComponentId id, Image image) {
        super(id, image);
    }

    /**
     * Runs {@code replicas} pods (default 2 for what serves traffic, 1 for a store or a worker). With an HPA the
     * replica count is the HPA's to set, and a fixed one is reported ({@code autoscaling.replicas-conflict}).
     *
     * @param replicas the replica count
     * @return this builder, for chaining
     * @throws IllegalArgumentException if {@code replicas} is negative
     */
    public SELF replicas(int replicas) {
        if (replicas < 0) {
            throw new IllegalArgumentException("replicas of " + id().path() + " must not be negative, got " + replicas);
        }
        this.replicas = OptionalInt.of(replicas);
        return self();
    }

    /**
     * Whether the pods spread over the cluster's zones (label {@code topology.kubernetes.io/zone}) when at least 2
     * run: a soft constraint ({@code whenUnsatisfiable: ScheduleAnyway}), so a single-zone cluster still schedules
     * them. On by default.
     *
     * @param spread whether to spread
     * @return this builder, for chaining
     */
    public SELF spreadAcrossZones(boolean spread) {
        this.spreadAcrossZones = spread;
        return self();
    }

    /** For the workloads that can be autoscaled ({@link ScalableWorkload}). */
    SELF setAutoscaling(Autoscaling autoscaling) {
        this.autoscaling = Optional.of(Args.notNull(autoscaling, "autoscaling"));
        return self();
    }

    /** For the Deployment-based workloads ({@link ScalableWorkload}). */
    SELF setRollingUpdate(RollingUpdate rollingUpdate) {
        this.rollingUpdate = Optional.of(Args.notNull(rollingUpdate, "rolling update"));
        return self();
    }

    boolean isEphemeral() {
        return false;
    }

    boolean hasReadService() {
        return false;
    }

    @Override
    WorkloadSpec freeze(Freezer freezer) {
        return new WorkloadSpec(id(), freezeMain(freezer), replicas, autoscaling, volumes(), isEphemeral(), hasReadService(),
                freezeExtras(freezer), freezePod(freezer, spreadAcrossZones, rollingUpdate), Optional.empty(), Optional.empty());
    }
}
