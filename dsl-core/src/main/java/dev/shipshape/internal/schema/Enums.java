package dev.shipshape.internal.schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values the API server accepts for the enumerated string fields of the built-in kinds: the OpenAPI v2 documents
 * do not carry them, the validation code does (kubernetes {@code pkg/apis/core/validation/validation.go}:
 * {@code supportedPullPolicies}, {@code supportedPortProtocols}, {@code validateRestartPolicy},
 * {@code validateDNSPolicy}, {@code supportedServiceType}, …; {@code pkg/apis/apps/validation},
 * {@code pkg/apis/batch/validation}, {@code pkg/apis/networking/validation}, {@code pkg/apis/autoscaling/validation},
 * {@code apimachinery/pkg/apis/meta/v1/validation}). An empty string is left to the defaults the server applies,
 * except where the field is required. Not API.
 */
public final class Enums {

    private static final Map<String, Set<String>> VALUES = Map.ofEntries(
            e("io.k8s.api.core.v1.Container.imagePullPolicy", "Always", "IfNotPresent", "Never"),
            e("io.k8s.api.core.v1.Container.terminationMessagePolicy", "File", "FallbackToLogsOnError"),
            // a sidecar's (validateInitContainerRestartPolicy); OnFailure and Never need the alpha ContainerRestartRules
            e("io.k8s.api.core.v1.Container.restartPolicy", "Always"),
            e("io.k8s.api.core.v1.ContainerPort.protocol", "TCP", "UDP", "SCTP"),
            e("io.k8s.api.core.v1.ServicePort.protocol", "TCP", "UDP", "SCTP"),
            e("io.k8s.api.core.v1.PodSpec.restartPolicy", "Always", "OnFailure", "Never"),
            e("io.k8s.api.core.v1.PodSpec.dnsPolicy", "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"),
            e("io.k8s.api.core.v1.PodSpec.preemptionPolicy", "PreemptLowerPriority", "Never"),
            e("io.k8s.api.core.v1.PodOS.name", "linux", "windows"),
            e("io.k8s.api.core.v1.ServiceSpec.type", "ClusterIP", "NodePort", "LoadBalancer", "ExternalName"),
            e("io.k8s.api.core.v1.ServiceSpec.sessionAffinity", "None", "ClientIP"),
            e("io.k8s.api.core.v1.ServiceSpec.externalTrafficPolicy", "Cluster", "Local"),
            e("io.k8s.api.core.v1.ServiceSpec.internalTrafficPolicy", "Cluster", "Local"),
            e("io.k8s.api.core.v1.ServiceSpec.ipFamilyPolicy", "SingleStack", "PreferDualStack", "RequireDualStack"),
            e("io.k8s.api.core.v1.ServiceSpec.ipFamilies", "IPv4", "IPv6"),
            e("io.k8s.api.core.v1.Toleration.operator", "Exists", "Equal"),
            e("io.k8s.api.core.v1.Toleration.effect", "NoSchedule", "PreferNoSchedule", "NoExecute"),
            e("io.k8s.api.core.v1.NodeSelectorRequirement.operator", "In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"),
            e("io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement.operator", "In", "NotIn", "Exists", "DoesNotExist"),
            e("io.k8s.api.core.v1.SeccompProfile.type", "RuntimeDefault", "Unconfined", "Localhost"),
            e("io.k8s.api.core.v1.HTTPGetAction.scheme", "HTTP", "HTTPS"),
            e("io.k8s.api.core.v1.PersistentVolumeClaimSpec.accessModes", "ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany",
                    "ReadWriteOncePod"),
            e("io.k8s.api.core.v1.PersistentVolumeClaimSpec.volumeMode", "Filesystem", "Block"),
            e("io.k8s.api.core.v1.VolumeMount.mountPropagation", "None", "HostToContainer", "Bidirectional"),
            e("io.k8s.api.core.v1.HostPathVolumeSource.type", "DirectoryOrCreate", "Directory", "FileOrCreate", "File",
                    "Socket", "CharDevice", "BlockDevice"),
            e("io.k8s.api.core.v1.PodSecurityContext.fsGroupChangePolicy", "OnRootMismatch", "Always"),
            e("io.k8s.api.core.v1.TopologySpreadConstraint.whenUnsatisfiable", "DoNotSchedule", "ScheduleAnyway"),
            e("io.k8s.api.apps.v1.DeploymentStrategy.type", "Recreate", "RollingUpdate"),
            e("io.k8s.api.apps.v1.StatefulSetUpdateStrategy.type", "RollingUpdate", "OnDelete"),
            e("io.k8s.api.apps.v1.StatefulSetSpec.podManagementPolicy", "OrderedReady", "Parallel"),
            e("io.k8s.api.apps.v1.DaemonSetUpdateStrategy.type", "RollingUpdate", "OnDelete"),
            e("io.k8s.api.batch.v1.CronJobSpec.concurrencyPolicy", "Allow", "Forbid", "Replace"),
            e("io.k8s.api.batch.v1.JobSpec.completionMode", "NonIndexed", "Indexed"),
            e("io.k8s.api.networking.v1.HTTPIngressPath.pathType", "Exact", "Prefix", "ImplementationSpecific"),
            e("io.k8s.api.networking.v1.NetworkPolicySpec.policyTypes", "Ingress", "Egress"),
            e("io.k8s.api.networking.v1.NetworkPolicyPort.protocol", "TCP", "UDP", "SCTP"),
            e("io.k8s.api.autoscaling.v2.MetricTarget.type", "Utilization", "Value", "AverageValue"),
            e("io.k8s.api.autoscaling.v2.MetricSpec.type", "Object", "Pods", "Resource", "ContainerResource", "External"),
            e("io.k8s.api.autoscaling.v2.HPAScalingPolicy.type", "Pods", "Percent"),
            e("io.k8s.api.autoscaling.v2.HPAScalingRules.selectPolicy", "Max", "Min", "Disabled"),
            e("io.k8s.api.policy.v1.PodDisruptionBudgetSpec.unhealthyPodEvictionPolicy", "IfHealthyBudget", "AlwaysAllow"));

    /** Fields whose empty value the server does not default, so {@code ""} is refused as unsupported. */
    private static final Set<String> EMPTY_REFUSED = Set.of("io.k8s.api.core.v1.PodOS.name",
            "io.k8s.api.networking.v1.HTTPIngressPath.pathType", "io.k8s.api.autoscaling.v2.MetricTarget.type",
            "io.k8s.api.autoscaling.v2.MetricSpec.type");

    private Enums() {
    }

    private static Map.Entry<String, Set<String>> e(String field, String... values) {
        return Map.entry(field, Set.copyOf(List.of(values)));
    }

    /** The values field {@code property} of definition {@code definition} accepts, if it is enumerated. */
    public static Optional<Set<String>> of(String definition, String property) {
        return Optional.ofNullable(VALUES.get(definition + "." + property));
    }

    /** Whether {@code value} is refused for that field. */
    public static boolean refuses(String definition, String property, String value) {
        Set<String> values = VALUES.get(definition + "." + property);
        if (values == null) {
            return false;
        }
        if (value.isEmpty()) {
            return EMPTY_REFUSED.contains(definition + "." + property);
        }
        return !values.contains(value);
    }
}
