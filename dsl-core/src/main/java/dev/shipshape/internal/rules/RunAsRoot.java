package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import java.util.Optional;

/**
 * {@code security.run-as-root}: a container that runs, or may run, as root: {@code runAsUser: 0}, or
 * {@code runAsNonRoot} not {@code true} in the container nor the pod (then the image's user applies, often root).
 * The Pod Security Standards "restricted" level requires {@code runAsNonRoot: true} and a user other than 0. A pod
 * with {@code hostUsers: false} runs in its own user namespace, where root is an unprivileged user on the node; the
 * "restricted" level relaxes both controls for it (pod-security-admission's {@code relaxPolicyForUserNamespacePod}),
 * and so does this rule.
 */
final class RunAsRoot extends BaseRule {

    RunAsRoot() {
        super(RuleDeclaration.error("security.run-as-root",
                "a container that runs as root (`runAsUser: 0`) or may (`runAsNonRoot` not true in the "
                + "container nor the pod); not for a pod with `hostUsers: false` (its own user namespace)",
                "keep Shipshape's defaults, or `.runAsRoot(reason)`"));
    }

    @Override
    public void register(Registry registry) {
        registry.container(this::check);
    }

    private void check(ContainerNode c, CheckContext ctx, Findings findings) {
        if (SecurityContexts.ownUserNamespace(c)) {
            return; // root in a user namespace is no one on the node; the "restricted" level allows it
        }
        Optional<Long> user = SecurityContexts.runAsUser(c);
        boolean dsl = c.pod().item().isRendered();
        if (user.isPresent() && user.get() == 0) {
            findings.report(c.place().child("securityContext").child("runAsUser"), c.describe()
                            + " runs as root (runAsUser: 0); a process that escapes the container is root on the node.",
                    dsl ? "drop runAsUser: 0 (Shipshape runs pods as user 10001), or opt out with .runAsRoot(\"why\")."
                            : "run as a non-zero user: runAsUser: 10001 and runAsNonRoot: true.");
        } else if (!SecurityContexts.runAsNonRoot(c).orElse(false) && user.isPresent()) {
            findings.report(c.place().child("securityContext").child("runAsNonRoot"), c.describe()
                            + " runs as user " + user.get() + ", but runAsNonRoot is not true, so nothing stops a later"
                            + " change to runAsUser, or its removal, from running it as root; the Pod Security Standards"
                            + " \"restricted\" level requires runAsNonRoot: true.",
                    dsl ? "keep runAsNonRoot: true (Shipshape sets it), or opt out with .runAsRoot(\"why\")."
                            : "set securityContext.runAsNonRoot: true.");
        } else if (!SecurityContexts.runAsNonRoot(c).orElse(false)) {
            findings.report(c.place().child("securityContext").child("runAsNonRoot"), c.describe()
                            + " may run as root: runAsNonRoot is not true, so the image's user applies, and that is often root.",
                    dsl ? "keep runAsNonRoot: true (Shipshape sets it), or opt out with .runAsRoot(\"why\")."
                            : "set securityContext.runAsNonRoot: true, with a numeric runAsUser if the image's user is a name.");
        }
    }
}
