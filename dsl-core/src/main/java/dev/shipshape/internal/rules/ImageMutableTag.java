package dev.shipshape.internal.rules;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import dev.shipshape.internal.validation.WorkloadRule;

/** {@code image.mutable-tag}: an image without a tag, or tagged latest (and no digest); what runs can change without the manifest changing, so rollbacks and audits lie. */
final class ImageMutableTag extends BaseRule implements WorkloadRule {

    /** The rule id. */
    public static final String ID = "image.mutable-tag";

    /** Creates the rule. */
    ImageMutableTag() {
        super(ID, Severity.ERROR, "an image without a tag, or tagged latest (and no digest)");
    }

    @Override
    public void checkWorkload(AppSpec app, Policy policy, WorkloadSpec w, Findings findings) {
        if (w.image().isMutable()) {
            findings.report(RulePaths.container(w) + "/image", "image '" + w.image() + "' has " + (w.image().tag().isEmpty() ? "no tag" : "the tag 'latest'") + ", so what runs can change without the manifest changing.", "pin a version tag (e.g. '" + w.image().repository() + ":1.2.3') or better a digest ('@sha256:…').");
        }
    }
}
