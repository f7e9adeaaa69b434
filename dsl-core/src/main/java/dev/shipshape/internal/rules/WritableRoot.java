package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;

/**
 * {@code security.writable-root}: a container whose root filesystem is writable, so an intruder can change its
 * binaries and the image no longer says what runs.
 */
final class WritableRoot extends BaseRule {

    WritableRoot() {
        super(RuleDeclaration.warning("security.writable-root",
                "a container whose root filesystem is writable",
                "`.writablePath(\"/tmp\")`, or `.writableRootFilesystem(reason)`"));
    }

    @Override
    public void register(Registry registry) {
        registry.container(this::check);
    }

    private void check(ContainerNode c, CheckContext ctx, Findings findings) {
        if (!SecurityContexts.readOnlyRootFilesystem(c).orElse(false)) {
            findings.report(c.place().child("securityContext").child("readOnlyRootFilesystem"), c.describe()
                            + " can write to its root filesystem, so an intruder can change what runs.",
                    c.pod().item().isRendered() ? "mount what it writes with .writablePath(\"/tmp\"), or opt out with"
                            + " .writableRootFilesystem(\"why\")." : "set securityContext.readOnlyRootFilesystem: true and mount"
                            + " an emptyDir where it writes.");
        }
    }
}
