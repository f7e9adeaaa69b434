package dev.shipshape.internal.render;

import dev.shipshape.model.RollingUpdate;
import dev.shipshape.model.WorkloadSpec;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentSpec;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;
import io.fabric8.kubernetes.api.model.apps.RollingUpdateDeployment;
import java.util.Optional;

/**
 * Web services, static sites and workers: a Deployment (no replica count when an HPA owns it; the rolling update when
 * set) and, for the kinds that serve ports, a Service, and the external Service of an exposed one. Not API.
 */
final class Deployments extends WorkloadRenderer {

    @Override
    void renderWorkload(WorkloadSpec w, RenderContext.Scope out) {
        DeploymentSpec spec = new DeploymentSpec();
        spec.setReplicas(w.autoscaling().isPresent() ? null : w.effectiveReplicas());
        spec.setSelector(Fabric.selector(out.selector(w)));
        spec.setTemplate(PodTemplates.of(w, Optional.empty(), out));
        w.pod().rollingUpdate().ifPresent(r -> {
            RollingUpdateDeployment rolling = new RollingUpdateDeployment();
            rolling.setMaxSurge(intOrPercent(r.maxSurge()));
            rolling.setMaxUnavailable(intOrPercent(r.maxUnavailable()));
            DeploymentStrategy strategy = new DeploymentStrategy();
            strategy.setType("RollingUpdate");
            strategy.setRollingUpdate(rolling);
            spec.setStrategy(strategy);
        });
        Deployment d = new Deployment();
        d.setMetadata(out.meta(w, w.name()));
        d.setSpec(spec);
        out.add(d);
        if (w.kind().hasService()) {
            out.add(Services.of(w, w.name(), false, out));
            w.pod().exposure().ifPresent(e -> out.add(Services.external(w, e, out)));
        }
    }

    private static IntOrString intOrPercent(String v) {
        return RollingUpdate.isPercent(v) ? new IntOrString(v) : new IntOrString(Integer.parseInt(v));
    }
}
