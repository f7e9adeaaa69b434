package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.validation.Severity;

/** {@code image.untrusted-registry}: an image from a registry the policy's allowed list does not include. */
final class ImageUntrustedRegistry extends BaseRule {

    static final String ID = "image.untrusted-registry";

    ImageUntrustedRegistry() {
        super(ID, Severity.ERROR, "an image from a registry the policy's allowed list does not include");
    }

    @Override
    public void register(Registry registry) {
        registry.container(this::check);
    }

    private void check(ContainerNode c, CheckContext ctx, Findings findings) {
        if (ctx.policy().allowedRegistries().isEmpty()) {
            return;
        }
        Images.of(c).filter(i -> ctx.policy().allowedRegistries().stream().noneMatch(i::isFrom)).ifPresent(image ->
                findings.report(c.place().child("image"),
                        "image '" + image + "' comes from " + image.effectiveRegistry() + "/" + image.repository()
                                + ", which is not in the allowed registries " + ctx.policy().allowedRegistries() + ".",
                        "mirror the image into an allowed registry, or add its registry with Policy.allowRegistries(…)."));
    }
}
