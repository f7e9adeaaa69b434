package dev.shipshape.internal.rules;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import dev.shipshape.internal.validation.WorkloadRule;

/**
 * {@code image.untrusted-registry}: an image from a registry the policy does not allow (only when
 * {@code Policy.allowRegistries(…)} is set).
 */
final class ImageUntrustedRegistry extends BaseRule implements WorkloadRule {

    /** The rule id. */
    public static final String ID = "image.untrusted-registry";

    /** Creates the rule. */
    ImageUntrustedRegistry() {
        super(ID, Severity.ERROR, "an image from a registry the policy's allowed list does not include");
    }

    @Override
    public void checkWorkload(AppSpec app, Policy policy, WorkloadSpec w, Findings findings) {
        if (policy.allowedRegistries().isEmpty()) {
            return;
        }
        if (policy.allowedRegistries().stream().noneMatch(w.image()::isFrom)) {
            findings.report(RulePaths.container(w) + "/image",
                    "image '" + w.image() + "' comes from " + w.image().effectiveRegistry() + "/" + w.image().repository()
                            + ", which is not in the allowed registries " + policy.allowedRegistries() + ".",
                    "mirror the image into an allowed registry, or add its registry with Policy.allowRegistries(…).");
        }
    }
}
