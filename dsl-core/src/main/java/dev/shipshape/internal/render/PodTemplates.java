package dev.shipshape.internal.render;

import dev.shipshape.model.ContainerSpec;
import dev.shipshape.model.PodOptions;
import dev.shipshape.model.Toleration;
import dev.shipshape.model.WorkloadSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.Volume;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A workload's pod template: the main container, sidecars (native: init containers with {@code restartPolicy:
 * Always}) and init containers in the order declared, the volumes their mounts need, the pod's security context,
 * ServiceAccount, scheduling (node selector, tolerations, zone spreading at 2 pods or more), pull secrets and grace
 * period. Not API.
 */
final class PodTemplates {

    /** The node label the pods of a workload spread over. */
    static final String ZONE_LABEL = "topology.kubernetes.io/zone";

    private PodTemplates() {
    }

    /**
     * The pod template of {@code w}.
     *
     * @param restartPolicy a Job's restart policy; empty for long-running workloads (Kubernetes' {@code Always})
     */
    static PodTemplateSpec of(WorkloadSpec w, Optional<String> restartPolicy, RenderContext.Scope out) {
        List<Volume> volumes = new ArrayList<>();
        Container main = Containers.of(w, w.container(), volumes, out.context());
        List<Container> init = new ArrayList<>();
        for (ContainerSpec c : w.extraContainers()) {
            init.add(Containers.of(w, c, volumes, out.context()));
        }
        PodOptions o = w.pod();
        ObjectMeta meta = new ObjectMeta();
        meta.setLabels(out.podLabels(w));
        meta.setAnnotations(o.annotations().isEmpty() ? null : new TreeMap<>(o.annotations()));
        PodSpec spec = new PodSpec();
        spec.setRestartPolicy(restartPolicy.orElse(null));
        spec.setServiceAccountName(w.name());
        spec.setAutomountServiceAccountToken(o.security().serviceAccountToken());
        spec.setSecurityContext(SecurityContexts.pod(o.security()));
        spec.setTerminationGracePeriodSeconds(o.terminationGracePeriod().map(Duration::toSeconds).orElse(null));
        spec.setNodeSelector(o.nodeSelector().isEmpty() ? null : new TreeMap<>(o.nodeSelector()));
        List<io.fabric8.kubernetes.api.model.Toleration> tolerations = new ArrayList<>();
        o.tolerations().forEach(t -> tolerations.add(toleration(t)));
        spec.setTolerations(tolerations);
        List<LocalObjectReference> pullSecrets = new ArrayList<>();
        o.imagePullSecrets().forEach(s -> pullSecrets.add(new LocalObjectReference(s.name())));
        spec.setImagePullSecrets(pullSecrets);
        spec.setInitContainers(init);
        spec.setContainers(Fabric.list(main));
        spec.setVolumes(new ArrayList<>(new LinkedHashSet<>(volumes))); // a source mounted twice is one volume
        if (o.spreadAcrossZones() && !w.kind().isBatch() && w.minimumReplicas() >= 2) {
            TopologySpreadConstraint spread = new TopologySpreadConstraint();
            spread.setMaxSkew(1);
            spread.setTopologyKey(ZONE_LABEL);
            spread.setWhenUnsatisfiable("ScheduleAnyway");
            spread.setLabelSelector(Fabric.selector(out.selector(w)));
            spec.setTopologySpreadConstraints(Fabric.list(spread));
        }
        PodTemplateSpec template = new PodTemplateSpec();
        template.setMetadata(meta);
        template.setSpec(spec);
        return template;
    }

    private static io.fabric8.kubernetes.api.model.Toleration toleration(Toleration t) {
        io.fabric8.kubernetes.api.model.Toleration out = new io.fabric8.kubernetes.api.model.Toleration();
        out.setKey(t.key());
        out.setOperator(t.value().isPresent() ? "Equal" : "Exists");
        out.setValue(t.value().orElse(null));
        out.setEffect(t.effect().orElse(null));
        return out;
    }
}
