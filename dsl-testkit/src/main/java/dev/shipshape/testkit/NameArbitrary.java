package dev.shipshape.testkit;

import dev.shipshape.units.Names;
import net.jqwik.api.Arbitrary;

/**
 * Generates DNS-1123 labels or subdomains, valid by construction (checked against {@link Names}), including
 * the edge shapes: one character, digits first, inner dashes, the maximum length.
 *
 * <pre>{@code
 * @Provide Arbitrary<String> names() { return ShipshapeArbitraries.dnsLabels().ofMaxLength(20); }
 * }</pre>
 */
public interface NameArbitrary extends Arbitrary<String> {

    /**
     * Names of at most {@code max} characters.
     *
     * @param max the largest value
     * @return the name arbitrary
     * @throws IllegalArgumentException if {@code max} is less than 1 or above the kind's limit
     */
    NameArbitrary ofMaxLength(int max);
}
