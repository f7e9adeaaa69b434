package dev.shipshape.internal.render;

import dev.shipshape.internal.graph.StoreNames;
import dev.shipshape.model.ContainerSpec;
import dev.shipshape.model.EnvSource;
import dev.shipshape.model.EnvVarSpec;
import dev.shipshape.model.MountSpec;
import dev.shipshape.model.PortSpec;
import dev.shipshape.model.Resources;
import dev.shipshape.model.VolumeSpec;
import dev.shipshape.model.WorkloadSpec;
import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;
import io.fabric8.kubernetes.api.model.ConfigMapVolumeSource;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EmptyDirVolumeSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.Lifecycle;
import io.fabric8.kubernetes.api.model.LifecycleHandler;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.SecretVolumeSource;
import io.fabric8.kubernetes.api.model.SleepAction;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One container of a pod — the main one, a sidecar or an init container — each from its own spec: its image,
 * command, ports, env, mounts (and the volumes they need), resources, probes and security context. Only the main
 * container mounts a store's volumes and gets the preStop pause; a sidecar has {@code restartPolicy: Always}. Not API.
 */
final class Containers {

    private Containers() {
    }

    /** A container of {@code w}'s pods; the volumes its mounts need are added to {@code volumes}. */
    static Container of(WorkloadSpec w, ContainerSpec c, List<Volume> volumes, RenderContext ctx) {
        List<VolumeMount> mounts = new ArrayList<>();
        for (MountSpec m : c.mounts()) {
            String volume;
            if (m instanceof MountSpec.OfConfig config) {
                volume = Fabric.volumeName("config-", config.config().name());
                ConfigMapVolumeSource source = new ConfigMapVolumeSource();
                source.setName(ctx.configName(config.config()));
                Volume v = new Volume();
                v.setName(volume);
                v.setConfigMap(source);
                volumes.add(v);
            } else {
                MountSpec.OfSecret s = (MountSpec.OfSecret) m;
                volume = Fabric.volumeName("secret-", s.secret().name());
                SecretVolumeSource source = new SecretVolumeSource();
                source.setSecretName(s.secret().name());
                Volume v = new Volume();
                v.setName(volume);
                v.setSecret(source);
                volumes.add(v);
            }
            mounts.add(Fabric.mount(volume, m.path(), true));
        }
        if (c.role() == ContainerSpec.Role.MAIN) {
            for (VolumeSpec v : w.volumes()) {
                mounts.add(Fabric.mount(v.name(), v.path(), null));
            }
        }
        for (String path : c.security().writablePaths()) {
            String volume = Fabric.volumeName("writable-", path.substring(1).replace('/', '.'));
            Volume v = new Volume();
            v.setName(volume);
            v.setEmptyDir(new EmptyDirVolumeSource());
            volumes.add(v);
            mounts.add(Fabric.mount(volume, path, null));
        }
        Container b = new Container();
        b.setName(c.name());
        b.setImage(c.image().toString());
        b.setCommand(new ArrayList<>(c.command()));
        b.setArgs(new ArrayList<>(c.args()));
        List<ContainerPort> ports = new ArrayList<>(c.ports().size());
        for (PortSpec p : c.ports()) {
            ContainerPort port = new ContainerPort();
            port.setName(p.name());
            port.setContainerPort(p.number());
            ports.add(port);
        }
        b.setPorts(ports);
        b.setEnv(env(c, ctx));
        b.setVolumeMounts(mounts);
        b.setRestartPolicy(c.role() == ContainerSpec.Role.SIDECAR ? "Always" : null);
        b.setSecurityContext(SecurityContexts.container(c.security()));
        b.setResources(resources(c.resources()));
        c.readinessProbe().ifPresent(p -> b.setReadinessProbe(Probes.of(p, c)));
        c.livenessProbe().ifPresent(p -> b.setLivenessProbe(Probes.of(p, c)));
        c.startupProbe().ifPresent(p -> b.setStartupProbe(Probes.of(p, c)));
        if (c.role() == ContainerSpec.Role.MAIN) {
            w.pod().preStop().ifPresent(d -> {
                LifecycleHandler preStop = new LifecycleHandler();
                preStop.setSleep(new SleepAction(d.toSeconds()));
                Lifecycle lifecycle = new Lifecycle();
                lifecycle.setPreStop(preStop);
                b.setLifecycle(lifecycle);
            });
        }
        return b;
    }

    /** Requests and limits, each only when set; null when the container sets none. */
    private static ResourceRequirements resources(Resources r) {
        if (r.isEmpty()) {
            return null;
        }
        Map<String, Quantity> requests = new TreeMap<>();
        r.cpuRequest().ifPresent(q -> requests.put("cpu", new Quantity(q.toString())));
        r.memoryRequest().ifPresent(m -> requests.put("memory", new Quantity(m.toString())));
        r.ephemeralRequest().ifPresent(s -> requests.put("ephemeral-storage", new Quantity(s.toString())));
        Map<String, Quantity> limits = new TreeMap<>();
        r.cpuLimit().ifPresent(q -> limits.put("cpu", new Quantity(q.toString())));
        r.memoryLimit().ifPresent(m -> limits.put("memory", new Quantity(m.toString())));
        r.ephemeralLimit().ifPresent(s -> limits.put("ephemeral-storage", new Quantity(s.toString())));
        ResourceRequirements resources = new ResourceRequirements();
        resources.setRequests(requests.isEmpty() ? null : requests);
        resources.setLimits(limits.isEmpty() ? null : limits);
        return resources;
    }

    private static List<EnvVar> env(ContainerSpec c, RenderContext ctx) {
        List<EnvVar> env = new ArrayList<>(c.env().size());
        for (EnvVarSpec e : c.env()) {
            EnvVar b = new EnvVar();
            b.setName(e.name());
            EnvSource source = e.source();
            if (source instanceof EnvSource.Literal l) {
                b.setValue(l.value());
            } else if (source instanceof EnvSource.ConfigKeyRef ref) {
                EnvVarSource from = new EnvVarSource();
                from.setConfigMapKeyRef(new ConfigMapKeySelector(ref.key(), ctx.configName(ref.config()), null));
                b.setValueFrom(from);
            } else if (source instanceof EnvSource.SecretKeyRef s) {
                EnvVarSource from = new EnvVarSource();
                from.setSecretKeyRef(new SecretKeySelector(s.key(), s.secret().name(), null));
                b.setValueFrom(from);
            } else if (source instanceof EnvSource.HostRef h) {
                b.setValue(StoreNames.hostname(h, ctx.app().namespace()));
            } else if (source instanceof EnvSource.Interpolated i) {
                b.setValue(i.value());
            }
            env.add(b);
        }
        return env;
    }
}
