package dev.shipshape.testkit;

import dev.shipshape.units.Image;
import net.jqwik.api.Arbitrary;

/**
 * Generates image references: an optional registry (a host, with or without a port, {@code localhost:5000}),
 * one to three lowercase path components, a version tag and, by default half the time, a {@code sha256} digest.
 * Tags are never {@code latest}.
 *
 * <pre>{@code
 * @Provide Arbitrary<Image> pinned() { return ShipshapeArbitraries.images().pinned(); }
 * }</pre>
 */
public interface ImageArbitrary extends Arbitrary<Image> {

    /**
     * Only references with a digest (which {@code image.not-pinned} accepts).
     *
     * @return the image arbitrary
     */
    ImageArbitrary pinned();

    /**
     * Only references without a digest (tag only).
     *
     * @return the image arbitrary
     */
    ImageArbitrary unpinned();
}
