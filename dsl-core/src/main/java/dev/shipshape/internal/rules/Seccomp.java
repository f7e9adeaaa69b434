package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import java.util.Optional;

/**
 * {@code security.seccomp}: a container without a seccomp profile ({@code RuntimeDefault} or {@code Localhost}) in
 * its own or its pod's security context, so every system call is open to it; the Pod Security Standards
 * "restricted" level requires one.
 */
final class Seccomp extends BaseRule {

    Seccomp() {
        super(RuleDeclaration.error("security.seccomp",
                "no `RuntimeDefault` or `Localhost` seccomp profile in the container or its pod",
                "keep the pod's `RuntimeDefault`"));
    }

    @Override
    public void register(Registry registry) {
        registry.container(this::check);
    }

    private void check(ContainerNode c, CheckContext ctx, Findings findings) {
        if (SecurityContexts.windows(c)) {
            return; // a Linux-only control: the Pod Security Standards exempt Windows pods (SecurityContexts.windows)
        }
        Optional<String> type = SecurityContexts.seccompType(c);
        if (type.isPresent() && (type.get().equals("RuntimeDefault") || type.get().equals("Localhost"))) {
            return;
        }
        findings.report(c.place().child("securityContext").child("seccompProfile"), c.describe() + (type.isEmpty()
                        ? " has no seccomp profile" : " has seccomp profile " + type.get())
                        + ", so every system call of the kernel is open to it.",
                c.pod().item().isRendered() ? "keep the pod's seccompProfile RuntimeDefault (Shipshape sets it)."
                        : "set the pod's securityContext.seccompProfile.type: RuntimeDefault.");
    }
}
