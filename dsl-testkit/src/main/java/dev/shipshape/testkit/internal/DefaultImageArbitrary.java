package dev.shipshape.testkit.internal;

import dev.shipshape.testkit.ImageArbitrary;
import dev.shipshape.units.Image;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The default {@link ImageArbitrary}. Not API. */
public class DefaultImageArbitrary extends ArbitraryDecorator<Image> implements ImageArbitrary {

    private int digestPercent = 50;

    @Override
    protected Arbitrary<Image> arbitrary() {
        Arbitrary<String> registry = Arbitraries.of("", "docker.io/", "ghcr.io/", "localhost:5000/", "registry.example.com:8443/",
                "quay.io/");
        Arbitrary<String> component = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
                .flatMap(c -> Arbitraries.of(c, c + "-svc", c + "_x", c + ".v2"));
        Arbitrary<String> path = component.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("/", l));
        Arbitrary<String> tag = Combinators.combine(Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 30),
                Arbitraries.of("", "-alpine", "-r1", "_build.7")).as((major, minor, suffix) -> major + "." + minor + suffix);
        Arbitrary<String> digest = Arbitraries.strings().withChars("0123456789abcdef").ofLength(64).map(h -> "@sha256:" + h);
        Arbitrary<String> maybeDigest = Arbitraries.integers().between(1, 100)
                .flatMap(p -> p <= digestPercent ? digest : Arbitraries.just(""));
        return Combinators.combine(registry, path, tag, maybeDigest).as((r, p, t, d) -> Image.parse(r + p + ":" + t + d));
    }

    @Override
    public DefaultImageArbitrary pinned() {
        DefaultImageArbitrary clone = typedClone();
        clone.digestPercent = 100;
        return clone;
    }

    @Override
    public DefaultImageArbitrary unpinned() {
        DefaultImageArbitrary clone = typedClone();
        clone.digestPercent = 0;
        return clone;
    }
}
