package dev.shipshape.internal.render;

import dev.shipshape.model.ContainerSecurity;
import dev.shipshape.model.ContainerSpec;
import dev.shipshape.model.PodSecurity;
import dev.shipshape.model.WorkloadSpec;
import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecurityContext;
import java.util.ArrayList;
import java.util.Set;

/**
 * Pod security: the pod's and each container's security context at the Pod Security Standards "restricted" level
 * unless the component opted out (with a reason), and the strictest level a workload's pods still meet. Not API.
 */
final class SecurityContexts {

    /** The Pod Security Standards levels, strictest first. */
    enum PodSecurityLevel {
        RESTRICTED("restricted"), BASELINE("baseline"), PRIVILEGED("privileged");

        final String label;

        PodSecurityLevel(String label) {
            this.label = label;
        }
    }

    /** The capabilities the "baseline" level lets a container add (the runtime's defaults). */
    private static final Set<String> BASELINE_CAPABILITIES = Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER",
            "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");

    private SecurityContexts() {
    }

    /**
     * The strictest Pod Security Standards level a workload's pods meet, given its opt-outs: running as root leaves
     * "restricted" for "baseline"; adding a capability beyond the runtime's defaults leaves "baseline" too.
     */
    static PodSecurityLevel podSecurityLevel(WorkloadSpec w) {
        PodSecurityLevel level = w.pod().security().runAsRoot() ? PodSecurityLevel.BASELINE : PodSecurityLevel.RESTRICTED;
        for (ContainerSpec c : w.containers()) {
            for (String cap : c.security().addedCapabilities()) {
                if (!BASELINE_CAPABILITIES.contains(cap)) {
                    return PodSecurityLevel.PRIVILEGED;
                }
                if (!cap.equals("NET_BIND_SERVICE")) {
                    level = PodSecurityLevel.BASELINE;
                }
            }
        }
        return level;
    }

    /** The pod's security context: a non-root user, group and fsGroup, and the runtime's default seccomp profile. */
    static PodSecurityContext pod(PodSecurity s) {
        PodSecurityContext b = new PodSecurityContext();
        b.setSeccompProfile(new SeccompProfile(null, "RuntimeDefault"));
        if (!s.runAsRoot()) {
            b.setRunAsNonRoot(true);
            b.setRunAsUser(s.runAsUser());
            b.setRunAsGroup(s.runAsUser());
            b.setFsGroup(s.runAsUser());
        }
        return b;
    }

    /** A container's security context: no privilege escalation, every capability dropped, a read-only root. */
    static SecurityContext container(ContainerSecurity s) {
        Capabilities capabilities = new Capabilities();
        capabilities.setDrop(Fabric.list("ALL"));
        capabilities.setAdd(s.addedCapabilities().isEmpty() ? null : new ArrayList<>(s.addedCapabilities()));
        SecurityContext b = new SecurityContext();
        b.setAllowPrivilegeEscalation(false);
        b.setReadOnlyRootFilesystem(!s.writableRootFilesystem());
        b.setCapabilities(capabilities);
        return b;
    }
}
