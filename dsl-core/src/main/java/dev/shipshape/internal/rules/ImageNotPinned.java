package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;

/** {@code image.not-pinned}: an image without a digest; its tag can be moved to different bytes. */
final class ImageNotPinned extends BaseRule {

    ImageNotPinned() {
        super(RuleDeclaration.warning("image.not-pinned",
                "no `@sha256:` digest (an error under `Policy.strict()`)",
                "append the digest"));
    }

    @Override
    public void register(Registry registry) {
        registry.container(this::check);
    }

    private void check(ContainerNode c, CheckContext ctx, Findings findings) {
        Images.of(c).filter(i -> !i.isPinned()).ifPresent(image -> findings.report(c.place().child("image"),
                "image '" + image + "' has no @sha256 digest; its tag can be moved to different bytes.",
                "append the digest: '" + image + "@sha256:…' (docker buildx imagetools inspect prints it)."));
    }
}
