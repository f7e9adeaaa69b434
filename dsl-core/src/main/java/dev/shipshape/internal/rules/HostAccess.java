package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.PodNode;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.Set;

/**
 * {@code security.host-access}: a pod that shares the node's network, process or IPC namespace, binds a port of the
 * node ({@code hostPort}), mounts a directory of the node ({@code hostPath}), or uses a volume type the Pod Security
 * Standards "restricted" level does not allow (only configMap, csi, downwardAPI, emptyDir, ephemeral,
 * persistentVolumeClaim, projected and secret are).
 */
final class HostAccess extends BaseRule {

    /** The volume types the "restricted" level allows. */
    static final Set<String> RESTRICTED_VOLUMES = Set.of("configMap", "csi", "downwardAPI", "emptyDir", "ephemeral",
            "persistentVolumeClaim", "projected", "secret");

    HostAccess() {
        super(RuleDeclaration.error("security.host-access",
                "`hostNetwork`, `hostPID`, `hostIPC`, a `hostPort`, a `hostPath` volume, or a volume type "
                + "\"restricted\" forbids (only configMap, csi, downwardAPI, emptyDir, ephemeral, "
                + "persistentVolumeClaim, projected and secret are allowed)",
                "reach pods through Services; mount through a claim"));
    }

    @Override
    public void register(Registry registry) {
        registry.pod(this::pod);
        registry.container(this::ports);
    }

    private void pod(PodNode pod, CheckContext ctx, Findings findings) {
        PodSpec s = pod.spec();
        namespace(pod, "hostNetwork", s.getHostNetwork(), "network", findings);
        namespace(pod, "hostPID", s.getHostPID(), "process", findings);
        namespace(pod, "hostIPC", s.getHostIPC(), "IPC", findings);
        for (Volume v : pod.volumes()) {
            String type = VolumeTypes.of(v);
            if (type.equals("hostPath")) {
                findings.report(pod.place().child("volume:" + v.getName()), pod.item().ref() + " mounts directory "
                                + v.getHostPath().getPath() + " of the node (hostPath volume " + v.getName()
                                + "); a container that writes there can take over the node.",
                        "use an emptyDir, a ConfigMap or a PersistentVolumeClaim instead.");
            } else if (!RESTRICTED_VOLUMES.contains(type)) {
                findings.report(pod.place().child("volume:" + v.getName()), pod.item().ref() + " uses a " + type
                                + " volume (" + v.getName() + "), which the Pod Security Standards \"restricted\" level refuses.",
                        "mount it through a PersistentVolumeClaim (a PersistentVolume of that type), or a csi volume.");
            }
        }
    }

    private static void namespace(PodNode pod, String field, Boolean value, String what, Findings findings) {
        if (Boolean.TRUE.equals(value)) {
            findings.report(pod.place().child(field), pod.item().ref() + " shares the node's " + what + " namespace ("
                    + field + ": true), so its containers see and reach what the node's own processes do.", "remove " + field + ".");
        }
    }

    private void ports(ContainerNode c, CheckContext ctx, Findings findings) {
        for (ContainerPort p : c.ports()) {
            if (p.getHostPort() != null && p.getHostPort() != 0) {
                findings.report(c.place().child("port:" + (p.getName() != null ? p.getName() : p.getContainerPort())),
                        c.describe() + " binds port " + p.getHostPort() + " of the node (hostPort), which bypasses the"
                                + " NetworkPolicies and allows one pod per node.",
                        "remove hostPort and reach the pods through their Service.");
            }
        }
    }
}
