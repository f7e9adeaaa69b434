package dev.shipshape.testkit.internal;

import dev.shipshape.testkit.NameArbitrary;
import dev.shipshape.units.Names;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The default {@link NameArbitrary}. Not API. */
public class DefaultNameArbitrary extends ArbitraryDecorator<String> implements NameArbitrary {

    private final boolean subdomain;
    private int maxLength;

    public DefaultNameArbitrary(boolean subdomain) {
        this.subdomain = subdomain;
        this.maxLength = subdomain ? Names.SUBDOMAIN_MAX : Names.LABEL_MAX;
    }

    @Override
    protected Arbitrary<String> arbitrary() {
        int labelMax = Math.min(Names.LABEL_MAX, maxLength);
        Arbitrary<String> label = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-")
                .ofMinLength(1).ofMaxLength(labelMax)
                .map(DefaultNameArbitrary::trimDashes);
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

    @Override
    public DefaultNameArbitrary ofMaxLength(int max) {
        if (max < 1 || max > (subdomain ? Names.SUBDOMAIN_MAX : Names.LABEL_MAX)) {
            throw new IllegalArgumentException("max length must be 1.." + (subdomain ? Names.SUBDOMAIN_MAX : Names.LABEL_MAX));
        }
        DefaultNameArbitrary clone = typedClone();
        clone.maxLength = max;
        return clone;
    }
}
