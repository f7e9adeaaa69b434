package dev.shipshape.internal.render;

import dev.shipshape.internal.graph.StoreNames;
import dev.shipshape.model.VolumeSpec;
import dev.shipshape.model.WorkloadSpec;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.VolumeResourceRequirements;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stateful store: a StatefulSet with one claim template per volume, its headless governing Service (its
 * {@code serviceName}, which gives pods the names {@code <store>-0.<store>}), and its read Service
 * {@code <store>-read} unless turned off. Not API.
 */
final class StatefulSets extends WorkloadRenderer {

    @Override
    void renderWorkload(WorkloadSpec w, RenderContext.Scope out) {
        List<PersistentVolumeClaim> claims = new ArrayList<>();
        for (VolumeSpec v : w.volumes()) {
            ObjectMeta claimMeta = new ObjectMeta();
            claimMeta.setName(v.name());
            claimMeta.setLabels(out.podLabels(w));
            VolumeResourceRequirements resources = new VolumeResourceRequirements();
            resources.setRequests(new LinkedHashMap<>(Map.of("storage", new Quantity(v.size().toString()))));
            PersistentVolumeClaimSpec claimSpec = new PersistentVolumeClaimSpec();
            claimSpec.setAccessModes(Fabric.list(v.accessMode().kubernetesName()));
            claimSpec.setStorageClassName(v.storageClass().orElse(null));
            claimSpec.setResources(resources);
            PersistentVolumeClaim claim = new PersistentVolumeClaim();
            claim.setMetadata(claimMeta);
            claim.setSpec(claimSpec);
            claims.add(claim);
        }
        StatefulSetSpec spec = new StatefulSetSpec();
        spec.setServiceName(w.name());
        spec.setReplicas(w.autoscaling().isPresent() ? null : w.effectiveReplicas());
        spec.setSelector(Fabric.selector(out.selector(w)));
        spec.setTemplate(PodTemplates.of(w, Optional.empty(), out));
        spec.setVolumeClaimTemplates(claims);
        StatefulSet set = new StatefulSet();
        set.setMetadata(out.meta(w, w.name()));
        set.setSpec(spec);
        out.add(set);
        out.add(Services.of(w, w.name(), true, out));
        if (w.readService()) {
            out.add(Services.of(w, StoreNames.readService(w.name()), false, out));
        }
    }
}
