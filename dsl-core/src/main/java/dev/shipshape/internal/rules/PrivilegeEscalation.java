package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;

/**
 * {@code security.privilege-escalation}: a privileged container, or one whose processes may gain more privileges than
 * their parent (setuid binaries): {@code allowPrivilegeEscalation} not {@code false}. The Pod Security Standards
 * "restricted" level requires it false; "baseline" already refuses {@code privileged: true}.
 */
final class PrivilegeEscalation extends BaseRule {

    PrivilegeEscalation() {
        super(RuleDeclaration.error("security.privilege-escalation",
                "`allowPrivilegeEscalation` not `false`, or `privileged: true`",
                "keep Shipshape's defaults"));
    }

    @Override
    public void register(Registry registry) {
        registry.container(this::check);
    }

    private void check(ContainerNode c, CheckContext ctx, Findings findings) {
        boolean dsl = c.pod().item().isRendered();
        if (SecurityContexts.privileged(c)) {
            findings.report(c.place().child("securityContext").child("privileged"), c.describe()
                            + " is privileged: it has every capability and the node's devices, so it owns the node.",
                    dsl ? "remove privileged: true from the customization; add the one capability needed with"
                            + " .addCapability(\"…\", \"why\")." : "remove privileged: true; add only the capabilities needed.");
        }
        if (SecurityContexts.windows(c)) {
            return; // a Linux-only control: the Pod Security Standards exempt Windows pods (SecurityContexts.windows)
        }
        if (!SecurityContexts.allowPrivilegeEscalation(c).map(allow -> !allow).orElse(false)) {
            findings.report(c.place().child("securityContext").child("allowPrivilegeEscalation"), c.describe()
                            + " lets its processes gain privileges (allowPrivilegeEscalation is not false), e.g. through a setuid binary.",
                    dsl ? "keep allowPrivilegeEscalation: false (Shipshape sets it)."
                            : "set securityContext.allowPrivilegeEscalation: false.");
        }
    }
}
