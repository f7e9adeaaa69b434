package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.PodNode;
import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecurityContext;
import java.util.List;
import java.util.Optional;

/**
 * The security settings in force for a container: its own {@code securityContext} where it sets a field, else the
 * pod's, as the kubelet applies them.
 */
final class SecurityContexts {

    private SecurityContexts() {
    }

    private static Optional<SecurityContext> own(ContainerNode c) {
        return Optional.ofNullable(c.container().getSecurityContext());
    }

    private static Optional<PodSecurityContext> pod(PodNode p) {
        return Optional.ofNullable(p.spec().getSecurityContext());
    }

    /**
     * Whether the pod says it runs Windows ({@code spec.os.name: windows}). The Pod Security Standards exempt such pods
     * from the Linux-only controls (seccomp, capabilities, privilege escalation): pod-security-admission's
     * {@code check_seccompProfile_restricted.go}, {@code check_capabilities_restricted.go} and
     * {@code check_allowPrivilegeEscalation.go} return "allowed" when {@code podSpec.OS.Name == windows} (since 1.25).
     */
    static boolean windows(ContainerNode c) {
        PodSpec spec = c.pod().spec();
        return spec.getOs() != null && "windows".equals(spec.getOs().getName());
    }

    /**
     * Whether the pod runs in its own user namespace ({@code hostUsers: false}): root in the container is then an
     * unprivileged user on the node, and pod-security-admission allows it in the run-as-non-root and run-as-user
     * controls ({@code runAsNonRootV1Dot0} and {@code runAsUser_1_23} return allowed when
     * {@code relaxPolicyForUserNamespacePod(podSpec)}: {@code hostUsers} set and false; the
     * UserNamespacesPodSecurityStandards gate that once guarded it is gone).
     */
    static boolean ownUserNamespace(ContainerNode c) {
        return Boolean.FALSE.equals(c.pod().spec().getHostUsers());
    }

    /** {@code runAsNonRoot} in force, if set. */
    static Optional<Boolean> runAsNonRoot(ContainerNode c) {
        return own(c).map(SecurityContext::getRunAsNonRoot).or(() -> pod(c.pod()).map(PodSecurityContext::getRunAsNonRoot));
    }

    /** {@code runAsUser} in force, if set. */
    static Optional<Long> runAsUser(ContainerNode c) {
        return own(c).map(SecurityContext::getRunAsUser).or(() -> pod(c.pod()).map(PodSecurityContext::getRunAsUser));
    }

    /** The seccomp profile type in force, if set. */
    static Optional<String> seccompType(ContainerNode c) {
        return own(c).map(SecurityContext::getSeccompProfile).or(() -> pod(c.pod()).map(PodSecurityContext::getSeccompProfile))
                .map(SeccompProfile::getType);
    }

    /** The container's {@code allowPrivilegeEscalation}, if set. */
    static Optional<Boolean> allowPrivilegeEscalation(ContainerNode c) {
        return own(c).map(SecurityContext::getAllowPrivilegeEscalation);
    }

    /** Whether the container is privileged. */
    static boolean privileged(ContainerNode c) {
        return own(c).map(SecurityContext::getPrivileged).orElse(false);
    }

    /** The container's {@code readOnlyRootFilesystem}, if set. */
    static Optional<Boolean> readOnlyRootFilesystem(ContainerNode c) {
        return own(c).map(SecurityContext::getReadOnlyRootFilesystem);
    }

    /** The capabilities the container drops. */
    static List<String> dropped(ContainerNode c) {
        return own(c).map(SecurityContext::getCapabilities).map(Capabilities::getDrop).orElse(List.of());
    }

    /** The capabilities the container adds. */
    static List<String> added(ContainerNode c) {
        return own(c).map(SecurityContext::getCapabilities).map(Capabilities::getAdd).orElse(List.of());
    }
}
