package dev.shipshape.testkit;

import dev.shipshape.units.Names;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates DNS-1123 labels or subdomains, valid by construction (checked against {@link Names}), including
 * the edge shapes: one character, digits first, inner dashes, the maximum length.
 *
 * <pre>{@code
 * @Provide Arbitrary<String> names() { return ShipshapeArbitraries.dnsLabels().ofMaxLength(20); }
 * }</pre>
 */
public class NameArbitrary extends ArbitraryDecorator<String> {

    private final boolean subdomain;
    private int maxLength;

    NameArbitrary(boolean subdomain) {
        this.subdomain = subdomain;
        this.maxLength = subdomain ? Names.SUBDOMAIN_MAX : Names.LABEL_MAX;
    }

    @Override
    protected Arbitrary<String> arbitrary() {
        int labelMax = Math.min(Names.LABEL_MAX, maxLength);
        Arbitrary<String> label = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-")
                .ofMinLength(1).ofMaxLength(labelMax)
                .map(NameArbitrary::trimDashes);
        Arbitrary<String> name = subdomain
                ? label.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(".", l))
                : label;
        return name.map(n -> n.length() > maxLength ? trimDashes(n.substring(0, maxLength).replaceAll("\\.+$", "")) : n)
                .filter(n -> subdomain ? Names.isDns1123Subdomain(n) : Names.isDns1123Label(n));
    }

    private static String trimDashes(String s) {
        String t = s.replaceAll("^-+", "").replaceAll("-+$", "");
        return t.isEmpty() ? "a" : t;
    }

    /**
     * Names of at most {@code max} characters.
     *
     * @param max the largest value
     * @return the name arbitrary
     * @throws IllegalArgumentException if {@code max} is less than 1 or above the kind's limit
     */
    public NameArbitrary ofMaxLength(int max) {
        if (max < 1 || max > (subdomain ? Names.SUBDOMAIN_MAX : Names.LABEL_MAX)) {
            throw new IllegalArgumentException("max length must be 1.." + (subdomain ? Names.SUBDOMAIN_MAX : Names.LABEL_MAX));
        }
        NameArbitrary clone = typedClone();
        clone.maxLength = max;
        return clone;
    }
}
