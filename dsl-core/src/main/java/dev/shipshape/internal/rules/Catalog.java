package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckedRule;
import java.util.List;

/**
 * The rules of the catalog, one small class each, in report order. Users reach them through
 * {@code dev.shipshape.validation.Rules}; the classes themselves are not API.
 *
 * <pre>{@code
 * Catalog.rules().size();   // every rule id of the catalog
 * }</pre>
 */
public final class Catalog {

    private Catalog() {
    }

    /** A new instance of every rule. */
    public static List<CheckedRule> rules() {
        return List.of(
                new RequestsExceedLimits(),
                new RequestsMissing(),
                new MemoryLimitMissing(),
                new AutoscalingCpuRequestMissing(),
                new AutoscalingTargetUnreachable(),
                new AutoscalingBounds(),
                new AutoscalingReplicasConflict(),
                new IngressPathOrder(),
                new IngressDuplicatePath(),
                new IngressPathInvalid(),
                new IngressEmpty(),
                new RouteShadowed(),
                new RouteConflict(),
                new RouteReferenceGrantMissing(),
                new RouteParentMissing(),
                new RouteBackendProtocol(),
                new ConfigUnversionedName(),
                new ConfigMissingKey(),
                new SecretMissingKey(),
                new SecretLiteralValue(),
                new SecretDevelopmentData(),
                new ImageMutableTag(),
                new ImageNotPinned(),
                new ImageUntrustedRegistry(),
                new NameInvalid(),
                new NameDuplicate(),
                new PortMissing(),
                new PortConflict(),
                new ServiceExposureInvalid(),
                new MountConflict(),
                new StoreVolumeMissing(),
                new CronJobScheduleInvalid(),
                new LifecyclePreStopExceedsGrace(),
                new PdbBlocksEviction(),
                new ProbeReadinessMissing(),
                new WorkloadSingleReplica(),
                new RunAsRoot(),
                new PrivilegeEscalation(),
                new SecurityCapabilities(),
                new Seccomp(),
                new HostAccess(),
                new WritableRoot(),
                new ServiceAccountToken(),
                new NetworkDefaultDenyMissing(),
                new InputUnreadable(),
                new ApiKindUnknown(),
                new ApiFieldUnknown(),
                new ApiFieldType(),
                new ApiFieldRequired(),
                new ApiValueUnsupported(),
                new ApiInvalid(),
                new ApiUnchecked(),
                new NetworkReferenceBlocked(),
                new ReferenceForeign(),
                new ReferenceUnresolved(),
                new ReferenceUntyped(),
                new ReferenceOutsideManifests());
    }
}
