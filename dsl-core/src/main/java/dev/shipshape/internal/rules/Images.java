package dev.shipshape.internal.rules;

import dev.shipshape.internal.lang.Memo;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.units.Image;
import java.util.Optional;

/**
 * The image of a container, parsed; empty when it has none or it does not parse, and then the image rules have nothing
 * to say about it (the DSL refuses such an image at once; in YAML one that does not parse fails at the runtime's pull).
 */
final class Images {

    private Images() {
    }

    private static final Memo<Optional<Image>> PARSED = new Memo<>(4096, text -> {
        try {
            return Optional.of(Image.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    });

    static Optional<Image> of(ContainerNode c) {
        String text = c.container().getImage();
        return text == null || text.isEmpty() ? Optional.empty() : PARSED.get(text);
    }
}
