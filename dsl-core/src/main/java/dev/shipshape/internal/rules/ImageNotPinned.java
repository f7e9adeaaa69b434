package dev.shipshape.internal.rules;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import dev.shipshape.internal.validation.WorkloadRule;

/** {@code image.not-pinned}: an image without an @sha256 digest (an error under Policy.strict()); a tag can be moved to other bytes; only a digest names exactly what runs. */
final class ImageNotPinned extends BaseRule implements WorkloadRule {

    /** The rule id. */
    public static final String ID = "image.not-pinned";

    /** Creates the rule. */
    ImageNotPinned() {
        super(ID, Severity.WARNING, "an image without an @sha256 digest (an error under Policy.strict())");
    }

    @Override
    public void checkWorkload(AppSpec app, Policy policy, WorkloadSpec w, Findings findings) {
        if (!w.image().isPinned()) {
            findings.report(RulePaths.container(w) + "/image", "image '" + w.image() + "' has no @sha256 digest; its tag can be moved to different bytes.", "append the digest: '" + w.image() + "@sha256:…' (docker buildx imagetools inspect prints it).");
        }
    }
}
