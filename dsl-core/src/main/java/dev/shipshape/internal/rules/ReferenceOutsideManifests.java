package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.PodNode;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;

/**
 * {@code reference.outside-manifests}: a pod reads a ConfigMap, Secret or PersistentVolumeClaim that is not among the
 * manifests (and, in an app, not a declared external Secret). Fine if it is created out of band; otherwise the pod
 * never starts. An app's own typed references resolve by construction ({@code reference.foreign} reports the only
 * way they cannot), so this looks at what customizations, includes and other people's manifests bring.
 */
final class ReferenceOutsideManifests extends BaseRule {

    ReferenceOutsideManifests() {
        super(RuleDeclaration.warning("reference.outside-manifests",
                "a pod reads a ConfigMap, Secret or claim that is not among the manifests (only objects you "
                + "include can: the DSL's references resolve by construction)",
                "include it, or declare an external secret"));
    }

    @Override
    public void register(Registry registry) {
        registry.pod(this::check);
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
