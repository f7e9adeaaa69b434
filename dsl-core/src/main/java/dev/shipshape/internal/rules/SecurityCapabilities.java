package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import java.util.List;

/**
 * {@code security.capabilities}: a container that keeps the runtime's default Linux capabilities (does not drop
 * {@code ALL}) or adds one other than {@code NET_BIND_SERVICE}, as the Pod Security Standards "restricted" level
 * forbids.
 */
final class SecurityCapabilities extends BaseRule {

    SecurityCapabilities() {
        super(RuleDeclaration.error("security.capabilities",
                "a container that does not drop `ALL` capabilities, or adds one other than "
                + "`NET_BIND_SERVICE`",
                "`.addCapability(cap, reason)` for the one needed"));
    }

    @Override
    public void register(Registry registry) {
        registry.container(this::check);
    }

    private void check(ContainerNode c, CheckContext ctx, Findings findings) {
        if (SecurityContexts.windows(c)) {
            return; // a Linux-only control: the Pod Security Standards exempt Windows pods (SecurityContexts.windows)
        }
        boolean dsl = c.pod().item().isRendered();
        if (!SecurityContexts.dropped(c).contains("ALL")) {
            findings.report(c.place().child("securityContext").child("capabilities"), c.describe()
                            + " keeps the runtime's default capabilities (capabilities.drop has no ALL), such as NET_RAW.",
                    dsl ? "keep capabilities.drop: [ALL] (Shipshape sets it); add back only what is needed with"
                            + " .addCapability(\"…\", \"why\")." : "set securityContext.capabilities.drop: [ALL].");
        }
        List<String> extra = SecurityContexts.added(c).stream().filter(cap -> !"NET_BIND_SERVICE".equals(cap)).toList();
        if (!extra.isEmpty()) {
            findings.report(c.place().child("securityContext").child("capabilities"), c.describe() + " adds capabilities "
                            + extra + "; only NET_BIND_SERVICE stays within the Pod Security Standards \"restricted\" level.",
                    dsl ? "add them with .addCapability(\"" + extra.get(0) + "\", \"why\"), which records the reason, or do without."
                            : "remove them from capabilities.add, or waive the rule on the object with its reason.");
        }
    }
}
