package dev.shipshape.examples.security;

import io.kubernetes.client.openapi.models.V1Capabilities;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1SELinuxOptions;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1Sysctl;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An independent oracle for the Kubernetes Pod Security Standards (v1.32), written from the page
 * "Pod Security Standards" (kubernetes.io/docs/concepts/security/pod-security-standards), control by control and
 * field by field, over the official Kubernetes Java client models: nothing of Shipshape's own rules is used. Each
 * control names its restricted fields and allowed values as the page does; a pod passes a level when every field of
 * every control of that level (and the levels below) holds an allowed value, in the pod and in every container,
 * init container and ephemeral container.
 */
public final class PodSecurityStandards {

    /** The levels, cumulative. */
    public enum Level { PRIVILEGED, BASELINE, RESTRICTED }

    private static final Set<String> BASELINE_CAPABILITIES = Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER",
            "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");
    private static final Set<String> SELINUX_TYPES = Set.of("", "container_t", "container_init_t", "container_kvm_t",
            "container_engine_t");
    private static final Set<String> SAFE_SYSCTLS = Set.of("kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range",
            "net.ipv4.ip_unprivileged_port_start", "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range",
            "net.ipv4.ip_local_reserved_ports", "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout",
            "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes");
    private static final Set<String> RESTRICTED_VOLUMES = Set.of("configMap", "csi", "downwardAPI", "emptyDir", "ephemeral",
            "persistentVolumeClaim", "projected", "secret");
    private static final String APPARMOR_ANNOTATION = "container.apparmor.security.beta.kubernetes.io/";

    private PodSecurityStandards() {
    }

    /** One container of any kind with where it sits. */
    private record C(String path, V1SecurityContext sc, List<V1ContainerPort> ports) {
    }

    private static List<C> containers(V1PodSpec spec) {
        List<C> out = new ArrayList<>();
        int i = 0;
        for (V1Container c : list(spec.getContainers())) {
            out.add(new C("spec.containers[" + i++ + "]", c.getSecurityContext(), list(c.getPorts())));
        }
        i = 0;
        for (V1Container c : list(spec.getInitContainers())) {
            out.add(new C("spec.initContainers[" + i++ + "]", c.getSecurityContext(), list(c.getPorts())));
        }
        i = 0;
        for (var c : list(spec.getEphemeralContainers())) {
            out.add(new C("spec.ephemeralContainers[" + i++ + "]", c.getSecurityContext(), list(c.getPorts())));
        }
        return out;
    }

    /**
     * What keeps a pod from a level: each failed control with the field and its value; empty when it passes.
     *
     * @param meta  the pod's metadata (for the AppArmor annotations)
     * @param spec  the pod's spec
     * @param level the level to check
     * @return the failures
     */
    public static List<String> check(V1ObjectMeta meta, V1PodSpec spec, Level level) {
        List<String> out = new ArrayList<>();
        if (level == Level.PRIVILEGED) {
            return out;
        }
        baseline(meta, spec, out);
        if (level == Level.RESTRICTED) {
            restricted(spec, out);
        }
        return out;
    }

    /** The strictest level the pod meets. */
    public static Level levelOf(V1ObjectMeta meta, V1PodSpec spec) {
        if (check(meta, spec, Level.RESTRICTED).isEmpty()) {
            return Level.RESTRICTED;
        }
        return check(meta, spec, Level.BASELINE).isEmpty() ? Level.BASELINE : Level.PRIVILEGED;
    }

    private static void baseline(V1ObjectMeta meta, V1PodSpec spec, List<String> out) {
        V1PodSecurityContext pod = spec.getSecurityContext();
        List<C> containers = containers(spec);
        // HostProcess
        if (pod != null && pod.getWindowsOptions() != null && Boolean.TRUE.equals(pod.getWindowsOptions().getHostProcess())) {
            out.add("HostProcess: spec.securityContext.windowsOptions.hostProcess=true");
        }
        for (C c : containers) {
            if (c.sc() != null && c.sc().getWindowsOptions() != null && Boolean.TRUE.equals(c.sc().getWindowsOptions().getHostProcess())) {
                out.add("HostProcess: " + c.path() + ".securityContext.windowsOptions.hostProcess=true");
            }
        }
        // Host Namespaces
        if (Boolean.TRUE.equals(spec.getHostNetwork())) {
            out.add("Host Namespaces: spec.hostNetwork=true");
        }
        if (Boolean.TRUE.equals(spec.getHostPID())) {
            out.add("Host Namespaces: spec.hostPID=true");
        }
        if (Boolean.TRUE.equals(spec.getHostIPC())) {
            out.add("Host Namespaces: spec.hostIPC=true");
        }
        for (C c : containers) {
            V1SecurityContext sc = c.sc();
            // Privileged Containers
            if (sc != null && Boolean.TRUE.equals(sc.getPrivileged())) {
                out.add("Privileged Containers: " + c.path() + ".securityContext.privileged=true");
            }
            // Capabilities (baseline)
            List<String> add = sc == null || sc.getCapabilities() == null ? List.of() : list(sc.getCapabilities().getAdd());
            for (String cap : add) {
                if (!BASELINE_CAPABILITIES.contains(cap)) {
                    out.add("Capabilities: " + c.path() + ".securityContext.capabilities.add has " + cap);
                }
            }
            // Host Ports
            for (V1ContainerPort p : c.ports()) {
                if (p.getHostPort() != null && p.getHostPort() != 0) {
                    out.add("Host Ports: " + c.path() + ".ports[].hostPort=" + p.getHostPort());
                }
            }
            // AppArmor (field)
            if (sc != null && sc.getAppArmorProfile() != null && !appArmorAllowed(sc.getAppArmorProfile().getType())) {
                out.add("AppArmor: " + c.path() + ".securityContext.appArmorProfile.type=" + sc.getAppArmorProfile().getType());
            }
            // SELinux
            if (sc != null) {
                seLinux(sc.getSeLinuxOptions(), c.path() + ".securityContext.seLinuxOptions", out);
            }
            // /proc Mount Type
            if (sc != null && sc.getProcMount() != null && !sc.getProcMount().equals("Default")) {
                out.add("/proc Mount Type: " + c.path() + ".securityContext.procMount=" + sc.getProcMount());
            }
            // Seccomp (baseline)
            if (sc != null && sc.getSeccompProfile() != null && "Unconfined".equals(sc.getSeccompProfile().getType())) {
                out.add("Seccomp: " + c.path() + ".securityContext.seccompProfile.type=Unconfined");
            }
        }
        // HostPath Volumes
        for (V1Volume v : list(spec.getVolumes())) {
            if (v.getHostPath() != null) {
                out.add("HostPath Volumes: spec.volumes[" + v.getName() + "].hostPath");
            }
        }
        if (pod != null) {
            if (pod.getAppArmorProfile() != null && !appArmorAllowed(pod.getAppArmorProfile().getType())) {
                out.add("AppArmor: spec.securityContext.appArmorProfile.type=" + pod.getAppArmorProfile().getType());
            }
            seLinux(pod.getSeLinuxOptions(), "spec.securityContext.seLinuxOptions", out);
            if (pod.getSeccompProfile() != null && "Unconfined".equals(pod.getSeccompProfile().getType())) {
                out.add("Seccomp: spec.securityContext.seccompProfile.type=Unconfined");
            }
            for (V1Sysctl s : list(pod.getSysctls())) {
                if (!SAFE_SYSCTLS.contains(s.getName())) {
                    out.add("Sysctls: spec.securityContext.sysctls[].name=" + s.getName());
                }
            }
        }
        // AppArmor (annotations)
        Map<String, String> annotations = meta == null || meta.getAnnotations() == null ? Map.of() : meta.getAnnotations();
        annotations.forEach((k, v) -> {
            if (k.startsWith(APPARMOR_ANNOTATION) && !v.equals("runtime/default") && !v.startsWith("localhost/")) {
                out.add("AppArmor: metadata.annotations[" + k + "]=" + v);
            }
        });
    }

    private static boolean appArmorAllowed(String type) {
        return type == null || type.equals("RuntimeDefault") || type.equals("Localhost");
    }

    private static void seLinux(V1SELinuxOptions o, String path, List<String> out) {
        if (o == null) {
            return;
        }
        if (o.getType() != null && !SELINUX_TYPES.contains(o.getType())) {
            out.add("SELinux: " + path + ".type=" + o.getType());
        }
        if (o.getUser() != null && !o.getUser().isEmpty()) {
            out.add("SELinux: " + path + ".user=" + o.getUser());
        }
        if (o.getRole() != null && !o.getRole().isEmpty()) {
            out.add("SELinux: " + path + ".role=" + o.getRole());
        }
    }

    private static void restricted(V1PodSpec spec, List<String> out) {
        V1PodSecurityContext pod = spec.getSecurityContext();
        // Volume Types
        for (V1Volume v : list(spec.getVolumes())) {
            String type = volumeType(v);
            if (!RESTRICTED_VOLUMES.contains(type)) {
                out.add("Volume Types: spec.volumes[" + v.getName() + "] is " + type);
            }
        }
        boolean podNonRoot = pod != null && Boolean.TRUE.equals(pod.getRunAsNonRoot());
        String podSeccomp = pod == null || pod.getSeccompProfile() == null ? null : pod.getSeccompProfile().getType();
        boolean podSeccompSet = "RuntimeDefault".equals(podSeccomp) || "Localhost".equals(podSeccomp);
        // Running as Non-root user (pod)
        if (pod != null && pod.getRunAsUser() != null && pod.getRunAsUser() == 0) {
            out.add("Running as Non-root user: spec.securityContext.runAsUser=0");
        }
        for (C c : containers(spec)) {
            V1SecurityContext sc = c.sc();
            // Privilege Escalation: must be false
            if (sc == null || !Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
                out.add("Privilege Escalation: " + c.path() + ".securityContext.allowPrivilegeEscalation is not false");
            }
            // Running as Non-root: container true, or unset when the pod says true
            Boolean nonRoot = sc == null ? null : sc.getRunAsNonRoot();
            if (!(Boolean.TRUE.equals(nonRoot) || (nonRoot == null && podNonRoot))) {
                out.add("Running as Non-root: " + c.path() + ".securityContext.runAsNonRoot=" + nonRoot
                        + " with spec.securityContext.runAsNonRoot=" + (pod == null ? null : pod.getRunAsNonRoot()));
            }
            // Running as Non-root user (containers)
            if (sc != null && sc.getRunAsUser() != null && sc.getRunAsUser() == 0) {
                out.add("Running as Non-root user: " + c.path() + ".securityContext.runAsUser=0");
            }
            // Seccomp (restricted): RuntimeDefault or Localhost, or unset when the pod sets one
            String type = sc == null || sc.getSeccompProfile() == null ? null : sc.getSeccompProfile().getType();
            boolean ok = type == null ? podSeccompSet : type.equals("RuntimeDefault") || type.equals("Localhost");
            if (!ok) {
                out.add("Seccomp: " + c.path() + ".securityContext.seccompProfile.type=" + type
                        + " with spec.securityContext.seccompProfile.type=" + podSeccomp);
            }
            // Capabilities (restricted): drop ALL, add only NET_BIND_SERVICE
            V1Capabilities caps = sc == null ? null : sc.getCapabilities();
            if (caps == null || !list(caps.getDrop()).contains("ALL")) {
                out.add("Capabilities: " + c.path() + ".securityContext.capabilities.drop has no ALL");
            }
            for (String cap : caps == null ? List.<String>of() : list(caps.getAdd())) {
                if (!cap.equals("NET_BIND_SERVICE")) {
                    out.add("Capabilities: " + c.path() + ".securityContext.capabilities.add has " + cap + " (restricted)");
                }
            }
        }
    }

    private static String volumeType(V1Volume v) {
        if (v.getConfigMap() != null) {
            return "configMap";
        }
        if (v.getCsi() != null) {
            return "csi";
        }
        if (v.getDownwardAPI() != null) {
            return "downwardAPI";
        }
        if (v.getEmptyDir() != null) {
            return "emptyDir";
        }
        if (v.getEphemeral() != null) {
            return "ephemeral";
        }
        if (v.getPersistentVolumeClaim() != null) {
            return "persistentVolumeClaim";
        }
        if (v.getProjected() != null) {
            return "projected";
        }
        if (v.getSecret() != null) {
            return "secret";
        }
        return v.getHostPath() != null ? "hostPath" : "another type";
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
