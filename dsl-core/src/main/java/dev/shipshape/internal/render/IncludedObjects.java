package dev.shipshape.internal.render;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.objects.Origin;
import dev.shipshape.internal.yaml.Serialization;
import dev.shipshape.model.IncludedObject;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Set;

/**
 * Objects the app includes ({@code app.include(…)}): a copy of each, in the app's namespace unless it names one or its
 * kind lives outside namespaces. Not API.
 */
final class IncludedObjects {

    /** Kinds of objects that live outside namespaces; an included object of another kind gets the app's namespace. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "Node", "PersistentVolume", "StorageClass",
            "CSIDriver", "CSINode", "VolumeAttachment", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition",
            "APIService", "PriorityClass", "IngressClass", "RuntimeClass", "ValidatingWebhookConfiguration",
            "MutatingWebhookConfiguration", "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding",
            "CertificateSigningRequest", "FlowSchema", "PriorityLevelConfiguration", "ClusterIssuer");

    private IncludedObjects() {
    }

    static void render(RenderContext ctx) {
        for (IncludedObject included : ctx.app().included()) {
            HasMetadata o = included.object();
            HasMetadata copy = Serialization.json().convertValue(o, o.getClass());
            if (copy.getMetadata().getNamespace() == null && !CLUSTER_SCOPED.contains(copy.getKind())) {
                ctx.app().namespace().ifPresent(copy.getMetadata()::setNamespace);
            }
            ctx.items().add(Item.of(copy, new Origin.Included(ctx.app().id(), included.file(), included.line())));
        }
    }
}
