package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.objects.Place;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.PodNode;
import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeProjection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reference from a pod to a ConfigMap, Secret or PersistentVolumeClaim by name (and maybe key), where it is made.
 *
 * @param kind     {@code ConfigMap}, {@code Secret} or {@code PersistentVolumeClaim}
 * @param name     the referenced object's name
 * @param key      the key read, for key references and volume items
 * @param optional whether the pod starts without it ({@code optional: true})
 * @param place    where the reference is written
 * @param pod      the referring pod
 */
record Refs(String kind, String name, Optional<String> key, boolean optional, Place place, PodNode pod) {

    static final String CONFIG_MAP = "ConfigMap";
    static final String SECRET = "Secret";
    static final String PVC = "PersistentVolumeClaim";

    /** Every reference {@code pod} makes: env vars, envFrom, volumes (also projected), image pull secrets. */
    static List<Refs> of(PodNode pod) {
        List<Refs> out = new ArrayList<>();
        for (ContainerNode c : pod.containers()) {
            for (EnvVar e : list(c.container().getEnv())) {
                if (e.getValueFrom() == null) {
                    continue;
                }
                Place at = c.place().child("env:" + e.getName());
                ConfigMapKeySelector cm = e.getValueFrom().getConfigMapKeyRef();
                if (cm != null && cm.getName() != null) {
                    out.add(new Refs(CONFIG_MAP, cm.getName(), Optional.ofNullable(cm.getKey()), Boolean.TRUE.equals(cm.getOptional()), at, pod));
                }
                SecretKeySelector s = e.getValueFrom().getSecretKeyRef();
                if (s != null && s.getName() != null) {
                    out.add(new Refs(SECRET, s.getName(), Optional.ofNullable(s.getKey()), Boolean.TRUE.equals(s.getOptional()), at, pod));
                }
            }
            for (EnvFromSource f : list(c.container().getEnvFrom())) {
                if (f.getConfigMapRef() != null && f.getConfigMapRef().getName() != null) {
                    out.add(new Refs(CONFIG_MAP, f.getConfigMapRef().getName(), Optional.empty(),
                            Boolean.TRUE.equals(f.getConfigMapRef().getOptional()), c.place().child("envFrom:" + f.getConfigMapRef().getName()), pod));
                }
                if (f.getSecretRef() != null && f.getSecretRef().getName() != null) {
                    out.add(new Refs(SECRET, f.getSecretRef().getName(), Optional.empty(),
                            Boolean.TRUE.equals(f.getSecretRef().getOptional()), c.place().child("envFrom:" + f.getSecretRef().getName()), pod));
                }
            }
        }
        for (Volume v : list(pod.spec().getVolumes())) {
            Place at = pod.place().child("volume:" + v.getName());
            if (v.getConfigMap() != null && v.getConfigMap().getName() != null) {
                items(out, CONFIG_MAP, v.getConfigMap().getName(), v.getConfigMap().getItems(),
                        Boolean.TRUE.equals(v.getConfigMap().getOptional()), at, pod);
            }
            if (v.getSecret() != null && v.getSecret().getSecretName() != null) {
                items(out, SECRET, v.getSecret().getSecretName(), v.getSecret().getItems(),
                        Boolean.TRUE.equals(v.getSecret().getOptional()), at, pod);
            }
            if (v.getPersistentVolumeClaim() != null && v.getPersistentVolumeClaim().getClaimName() != null) {
                out.add(new Refs(PVC, v.getPersistentVolumeClaim().getClaimName(), Optional.empty(), false, at, pod));
            }
            if (v.getProjected() != null) {
                for (VolumeProjection p : list(v.getProjected().getSources())) {
                    if (p.getConfigMap() != null && p.getConfigMap().getName() != null) {
                        items(out, CONFIG_MAP, p.getConfigMap().getName(), p.getConfigMap().getItems(),
                                Boolean.TRUE.equals(p.getConfigMap().getOptional()), at, pod);
                    }
                    if (p.getSecret() != null && p.getSecret().getName() != null) {
                        items(out, SECRET, p.getSecret().getName(), p.getSecret().getItems(),
                                Boolean.TRUE.equals(p.getSecret().getOptional()), at, pod);
                    }
                }
            }
        }
        for (LocalObjectReference r : list(pod.spec().getImagePullSecrets())) {
            if (r.getName() != null) {
                out.add(new Refs(SECRET, r.getName(), Optional.empty(), false, pod.place().child("imagePullSecret:" + r.getName()), pod));
            }
        }
        return out;
    }

    private static void items(List<Refs> out, String kind, String name, List<KeyToPath> items, boolean optional, Place at, PodNode pod) {
        if (items == null || items.isEmpty()) {
            out.add(new Refs(kind, name, Optional.empty(), optional, at, pod));
            return;
        }
        for (KeyToPath k : items) {
            out.add(new Refs(kind, name, Optional.ofNullable(k.getKey()), optional, at, pod));
        }
    }

    /** The referenced object, among the manifests or known to exist. */
    Optional<Item> target(CheckContext ctx) {
        return ctx.index().find(kind, pod.item().namespace(), name);
    }

    /** {@code ConfigMap 'x'}, or {@code config 'x'} for one of the app's configs. */
    static String describe(Item target) {
        return target.component().map(c -> c.kind().pathSegment() + " '" + c.name() + "'")
                .orElse(target.kind() + " '" + target.name() + "'");
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
