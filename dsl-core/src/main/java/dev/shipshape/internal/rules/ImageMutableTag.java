package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;

/**
 * {@code image.mutable-tag}: an image without a tag, or tagged latest (and no digest); what runs can change without
 * the manifest changing, so rollbacks and audits lie.
 */
final class ImageMutableTag extends BaseRule {

    ImageMutableTag() {
        super(RuleDeclaration.error("image.mutable-tag",
                "no tag, or `latest`, and no digest",
                "pin a version tag or a digest"));
    }

    @Override
    public void register(Registry registry) {
        registry.container(this::check);
    }

    private void check(ContainerNode c, CheckContext ctx, Findings findings) {
        Images.of(c).filter(i -> i.isMutable()).ifPresent(image -> findings.report(c.place().child("image"),
                "image '" + image + "' has " + (image.tag().isEmpty() ? "no tag" : "the tag 'latest'")
                        + ", so what runs can change without the manifest changing.",
                "pin a version tag (e.g. '" + image.repository() + ":1.2.3') or better a digest ('@sha256:…')."));
    }
}
