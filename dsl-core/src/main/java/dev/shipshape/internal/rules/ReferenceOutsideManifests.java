package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.PodNode;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;

/**
 * {@code reference.outside-manifests}: a pod reads a ConfigMap, Secret or PersistentVolumeClaim that is not among the
 * manifests (and, in an app, not a declared external Secret). Fine if it is created out of band; otherwise the pod
 * never starts. An app's own typed references resolve by construction ({@code reference.foreign} reports the only
 * way they cannot), so this looks at what customizations, includes and other people's manifests bring. In files read
 * by {@code Shipshape.check}, an HPA's target, an Ingress backend's Service, an HTTPRoute or GRPCRoute backend's
 * Service (and, for a backend in another namespace, a ReferenceGrant there) and a StatefulSet's Service are such
 * references too, and so are the pods a Service or PodDisruptionBudget selects: they may be defined in files not
 * checked with these.
 */
final class ReferenceOutsideManifests extends BaseRule {

    ReferenceOutsideManifests() {
        super(RuleDeclaration.warning("reference.outside-manifests",
                "a pod reads a ConfigMap, Secret or claim that is not among the manifests (only objects you "
                + "include can: the DSL's references resolve by construction); in files read by `check`, also "
                + "an HPA target, an Ingress or HTTPRoute/GRPCRoute backend Service (or, across namespaces, a "
                + "ReferenceGrant), a StatefulSet's Service, and a Service or PodDisruptionBudget that selects no "
                + "pod among them",
                "include it, or declare an external secret; for files, check them with the files that define it"));
    }

    @Override
    public void register(Registry registry) {
        registry.pod(this::check);
        registry.graph(this::targets);
    }

    /**
     * In files read by {@code Shipshape.check}: an HPA's target, an Ingress backend's Service or a StatefulSet's
     * governing Service that is not among the files may be applied from elsewhere (another directory, another chart),
     * as a ConfigMap may; in an application they are errors of {@code reference.unresolved}.
     */
    private void targets(CheckContext ctx, Findings findings) {
        for (Item hpa : ctx.index().ofKind("HorizontalPodAutoscaler")) {
            if (hpa.isReadByCheck()) {
                Autoscalers.of(hpa).filter(a -> a.spec().getScaleTargetRef() != null && a.target(ctx).isEmpty())
                        .ifPresent(a -> findings.report(a.place(), "scales " + a.targetRef() + ", which is not among the"
                                        + " manifests; the autoscaler does nothing unless it is created out of band.",
                                "check it with the files that define " + a.targetRef() + ", or point scaleTargetRef at one of these."));
            }
        }
        for (Item ingress : ctx.index().ofKind("Ingress")) {
            if (!ingress.isReadByCheck()) {
                continue;
            }
            for (List<IngressRoutes> routes : IngressRoutes.byHost(ingress).values()) {
                for (IngressRoutes r : routes) {
                    r.serviceName().filter(name -> ctx.index().find("Service", ingress.namespace(), name).isEmpty())
                            .ifPresent(name -> findings.report(r.place(), "routes to Service '" + name + "', which is not"
                                            + " among the manifests; the route fails unless it is created out of band.",
                                    "check it with the files that define Service " + name + ", or add the Service."));
                }
            }
        }
        for (RouteBackends b : RouteBackends.all(ctx)) {
            if (b.route().isReadByCheck() && b.isService() && !b.crossesNamespaces() && b.service(ctx).isEmpty()) {
                findings.report(b.place(), b.line() + "routes to Service '" + b.name() + "', which is not among the"
                                + " manifests; the route fails unless it is created out of band.",
                        "check it with the files that define Service " + b.name() + ", or add the Service.");
            }
            if (b.route().isReadByCheck() && b.crossesNamespaces()
                    && ctx.index().ofKind("ReferenceGrant").stream().noneMatch(g -> g.namespace().equals(b.namespace()))) {
                findings.report(b.place(), b.line() + "routes to " + b.kind() + " " + b.namespace() + "/" + b.name()
                                + " in another namespace, and no ReferenceGrant of that namespace is among the manifests;"
                                + " the backend is ignored unless one is created out of band.",
                        "check it with the files that define the ReferenceGrant in " + b.namespace() + ", or add one.");
            }
        }
        for (Item service : ctx.index().ofKind("Service")) {
            if (service.isReadByCheck() && !Services.selector(service).isEmpty() && Services.pods(service, ctx).isEmpty()) {
                findings.report(service.place(), "Service " + service.name() + " selects no pod among the manifests"
                                + " (selector " + Services.selector(service) + "); it sends traffic nowhere unless such"
                                + " pods are created out of band.",
                        "check it with the files that define its workload, or make the selector match its pods' labels.");
            }
        }
        for (Item pdb : ctx.index().ofKind("PodDisruptionBudget")) {
            if (pdb.isReadByCheck() && pdb.object() instanceof PodDisruptionBudget p && p.getSpec() != null
                    && p.getSpec().getSelector() != null
                    && ctx.index().selected(pdb.namespace(), p.getSpec().getSelector()).isEmpty()) {
                findings.report(pdb.place().child("disruptionBudget"), "PodDisruptionBudget " + pdb.name() + " selects no"
                                + " pod among the manifests; it protects nothing unless such pods are created out of band.",
                        "check it with the files that define its workload, or make the selector match its pods' labels.");
            }
        }
        for (Item s : ctx.index().ofKind("StatefulSet")) {
            if (s.isReadByCheck() && s.object() instanceof StatefulSet set && set.getSpec() != null
                    && set.getSpec().getServiceName() != null && !set.getSpec().getServiceName().isEmpty()
                    && ctx.index().find("Service", s.namespace(), set.getSpec().getServiceName()).isEmpty()) {
                String name = set.getSpec().getServiceName();
                findings.report(s.place().child("serviceName"), "serviceName '" + name + "' is not among the manifests;"
                                + " the pods get no stable DNS names unless a headless Service " + name + " is created out of band.",
                        "check it with the files that define Service " + name + ", or add a headless Service.");
            }
        }
    }

    private void check(PodNode pod, CheckContext ctx, Findings findings) {
        if (pod.item().isRendered() && pod.item().customizedBy().isEmpty()) {
            return;
        }
        for (Refs ref : Refs.of(pod)) {
            if (!ref.optional() && ref.target(ctx).isEmpty()) {
                findings.report(ref.place(),
                        "reads " + ref.kind() + " '" + ref.name() + "', which is not among the manifests"
                                + (ctx.app().isPresent() && ref.kind().equals(Refs.SECRET) ? " nor a declared external secret" : "")
                                + "; the pod will not start unless it is created out of band.",
                        ctx.app().isPresent() && ref.kind().equals(Refs.SECRET)
                                ? "declare it with app.externalSecret(\"" + ref.name() + "\", …) if it is created out of band, or include it."
                                : "add it to the manifests, or mark the reference optional if the pod can run without it.");
            }
        }
    }
}
