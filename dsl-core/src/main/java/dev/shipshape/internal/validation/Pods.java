package dev.shipshape.internal.validation;

import dev.shipshape.internal.objects.Item;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplate;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.ReplicationController;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.Optional;
import java.util.OptionalInt;

/** Finds the pods an object runs, whatever its kind. Not API. */
public final class Pods {

    private Pods() {
    }

    /** The pods {@code item} runs, if it is a kind that runs pods and has a pod spec. */
    public static Optional<PodNode> of(Item item) {
        HasMetadata o = item.object();
        PodTemplateSpec template = null;
        if (o instanceof Deployment d && d.getSpec() != null) {
            template = d.getSpec().getTemplate();
        } else if (o instanceof StatefulSet s && s.getSpec() != null) {
            template = s.getSpec().getTemplate();
        } else if (o instanceof DaemonSet s && s.getSpec() != null) {
            template = s.getSpec().getTemplate();
        } else if (o instanceof ReplicaSet s && s.getSpec() != null) {
            template = s.getSpec().getTemplate();
        } else if (o instanceof ReplicationController s && s.getSpec() != null) {
            template = s.getSpec().getTemplate();
        } else if (o instanceof Job j && j.getSpec() != null) {
            template = j.getSpec().getTemplate();
        } else if (o instanceof CronJob c && c.getSpec() != null && c.getSpec().getJobTemplate() != null
                && c.getSpec().getJobTemplate().getSpec() != null) {
            template = c.getSpec().getJobTemplate().getSpec().getTemplate();
        } else if (o instanceof PodTemplate t) {
            template = t.getTemplate();
        } else if (o instanceof Pod p) {
            return node(item, p.getMetadata(), p.getSpec());
        }
        return template == null ? Optional.empty() : node(item, template.getMetadata(), template.getSpec());
    }

    private static Optional<PodNode> node(Item item, ObjectMeta meta, PodSpec spec) {
        if (spec == null) {
            return Optional.empty();
        }
        return Optional.of(new PodNode(item, meta == null ? new ObjectMeta() : meta, spec));
    }

    /** How many pods a Deployment, StatefulSet, ReplicaSet or ReplicationController keeps (1 when unset), if it is one. */
    public static OptionalInt replicas(HasMetadata o) {
        Integer r = null;
        boolean replicated = false;
        if (o instanceof Deployment d) {
            replicated = true;
            r = d.getSpec() == null ? null : d.getSpec().getReplicas();
        } else if (o instanceof StatefulSet s) {
            replicated = true;
            r = s.getSpec() == null ? null : s.getSpec().getReplicas();
        } else if (o instanceof ReplicaSet s) {
            replicated = true;
            r = s.getSpec() == null ? null : s.getSpec().getReplicas();
        } else if (o instanceof ReplicationController s) {
            replicated = true;
            r = s.getSpec() == null ? null : s.getSpec().getReplicas();
        }
        return replicated ? OptionalInt.of(r == null ? 1 : r) : OptionalInt.empty();
    }
}
