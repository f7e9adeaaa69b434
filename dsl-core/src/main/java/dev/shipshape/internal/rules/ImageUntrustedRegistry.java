package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;

/** {@code image.untrusted-registry}: an image from a registry the policy's allowed list does not include. */
final class ImageUntrustedRegistry extends BaseRule {

    ImageUntrustedRegistry() {
        super(RuleDeclaration.error("image.untrusted-registry",
                "an image from outside `Policy.allowRegistries(…)` (when set); entries are hosts "
                + "(`docker.io`, `ghcr.io`) or path prefixes (`my-repo`, `ghcr.io/acme`, `library/nginx`), "
                + "compared component by component after normalizing both as the runtime does",
                "mirror the image or allow the registry"));
    }

    @Override
    public void register(Registry registry) {
        registry.container(this::check);
    }

    private void check(ContainerNode c, CheckContext ctx, Findings findings) {
        if (ctx.allowedRegistries().isEmpty()) {
            return;
        }
        Images.of(c).filter(i -> ctx.allowedRegistries().stream().noneMatch(i::isFrom)).ifPresent(image ->
                findings.report(c.place().child("image"),
                        "image '" + image + "' comes from " + image.effectiveRegistry() + "/" + image.repository()
                                + ", which is not in the allowed registries " + ctx.allowedRegistries() + ".",
                        "mirror the image into an allowed registry, or add its registry with Policy.allowRegistries(…)."));
    }
}
