package dev.shipshape.testkit;

import dev.shipshape.dsl.App;
import dev.shipshape.model.PathType;
import dev.shipshape.model.Resources;
import dev.shipshape.testkit.internal.DefaultAppArbitrary;
import dev.shipshape.testkit.internal.DefaultByteAmountArbitrary;
import dev.shipshape.testkit.internal.DefaultCpuArbitrary;
import dev.shipshape.testkit.internal.DefaultImageArbitrary;
import dev.shipshape.testkit.internal.DefaultNameArbitrary;
import dev.shipshape.testkit.internal.DefaultResourcesArbitrary;
import dev.shipshape.testkit.internal.DefaultRoutesArbitrary;
import dev.shipshape.testkit.internal.Mistakes;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Image;
import dev.shipshape.units.Memory;
import dev.shipshape.units.Names;
import dev.shipshape.units.Storage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for Shipshape values and whole applications. Every arbitrary generates valid values by
 * construction; the {@code invalid…} ones produce one known violation and say which rule it must trigger.
 * Configurable arbitraries return new instances.
 *
 * <pre>{@code
 * @Property(tries = 1000)
 * void every_generated_app_renders(@ForAll("apps") App app) {
 *     ShipshapeAssertions.assertThat(app).isValid();
 * }
 *
 * @Provide
 * Arbitrary<App> apps() {
 *     return ShipshapeArbitraries.apps().webServices(1, 6);
 * }
 * }</pre>
 *
 * <p>{@code Cpu}, {@code Memory}, {@code Storage}, {@code Resources}, {@code Image} and {@code App} parameters
 * also work without {@code @Provide}: {@code @ForAll Cpu cpu} uses the defaults below.
 */
public final class ShipshapeArbitraries {

    private static final List<String> SEGMENTS = List.of("api", "v1", "v2", "static", "img", "docs", "a", "b");

    private ShipshapeArbitraries() {
    }

    /**
     * Cpu from 1m to 8 cores, in every quantity form.
     *
     * @return the cpu arbitrary
     */
    public static CpuArbitrary cpu() {
        return new DefaultCpuArbitrary();
    }

    /**
     * Memory from 1Mi to 16Gi, in every quantity form.
     *
     * @return the byte amount arbitrary
     */
    public static ByteAmountArbitrary<Memory> memory() {
        return new DefaultByteAmountArbitrary<>(Memory::parse, 1L << 20, 16L << 30);
    }

    /**
     * Storage from 1Mi to 1Ti, in every quantity form.
     *
     * @return the byte amount arbitrary
     */
    public static ByteAmountArbitrary<Storage> storage() {
        return new DefaultByteAmountArbitrary<>(Storage::parse, 1L << 20, 1L << 40);
    }

    /**
     * Requests and limits with requests ≤ limits.
     *
     * @return the resources arbitrary
     */
    public static ResourcesArbitrary resources() {
        return new DefaultResourcesArbitrary();
    }

    /**
     * DNS-1123 labels (namespaces, many names), up to 63 characters.
     *
     * @return the name arbitrary
     */
    public static NameArbitrary dnsLabels() {
        return new DefaultNameArbitrary(false);
    }

    /**
     * DNS-1123 subdomains (most object names, hosts), up to 253 characters.
     *
     * @return the name arbitrary
     */
    public static NameArbitrary dnsSubdomains() {
        return new DefaultNameArbitrary(true);
    }

    /**
     * Image references with and without registries (with ports), tags and digests.
     *
     * @return the image arbitrary
     */
    public static ImageArbitrary images() {
        return new DefaultImageArbitrary();
    }

    /**
     * Valid ingress paths, {@code /} to three segments deep, sharing segments so prefixes overlap.
     *
     * @return the arbitrary
     */
    public static Arbitrary<String> ingressPaths() {
        Arbitrary<String> segment = Arbitraries.oneOf(Arbitraries.of(SEGMENTS),
                Arbitraries.strings().withChars("abcxyz0123-._~").ofMinLength(1).ofMaxLength(8)
                        .filter(s -> !s.equals(".") && !s.equals("..")));
        return segment.list().ofMinSize(0).ofMaxSize(3).map(l -> "/" + String.join("/", l));
    }

    /**
     * Route lists in valid order (most specific first, no duplicates).
     *
     * @return the routes arbitrary
     */
    public static RoutesArbitrary routes() {
        return new DefaultRoutesArbitrary();
    }

    /**
     * ConfigMap data: 1 to 4 entries with valid keys and any printable text (unicode, newlines) as values.
     *
     * @return key → value maps
     */
    public static Arbitrary<Map<String, String>> configData() {
        Arbitrary<String> keys = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCXYZ0123456789-_.")
                .ofMinLength(1).ofMaxLength(20).filter(Names::isConfigKey);
        Arbitrary<String> values = Arbitraries.strings().withCharRange(' ', '~').withChars("\n\téü春<>&\"'").ofMaxLength(60);
        return Arbitraries.maps(keys, values).ofMinSize(1).ofMaxSize(4);
    }

    /**
     * Whole applications that break no rule.
     *
     * @return the app arbitrary
     */
    public static AppArbitrary apps() {
        return new DefaultAppArbitrary();
    }

    /**
     * Applications that break exactly one rule, for every rule id of the catalog.
     *
     * @return the arbitrary
     */
    public static Arbitrary<InvalidApp> invalidApps() {
        return Arbitraries.of(new TreeSet<>(Mistakes.BY_RULE.keySet())).flatMap(ShipshapeArbitraries::invalidApps);
    }

    /**
     * Applications that break exactly rule {@code ruleId}.
     *
     * @param ruleId the rule id, e.g. {@code probe.readiness-missing}
     * @return the arbitrary
     * @throws IllegalArgumentException if no mistake is known for that id
     */
    public static Arbitrary<InvalidApp> invalidApps(String ruleId) {
        var mistake = Mistakes.BY_RULE.get(ruleId);
        if (mistake == null) {
            throw new IllegalArgumentException("no mistake known for rule '" + ruleId + "'; known: " + new TreeSet<>(Mistakes.BY_RULE.keySet()));
        }
        return Combinators.combine(new DefaultAppArbitrary().plans(), Arbitraries.integers().between(1, 1000)).as((plan, k) -> {
            App app = DefaultAppArbitrary.build(plan);
            mistake.accept(app, k);
            return new InvalidApp(app, ruleId);
        });
    }

    /**
     * Resources whose cpu request exceeds its limit: rule {@code resources.requests-exceed-limits}.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Invalid<Resources>> invalidResources() {
        return resources().map(r -> new Invalid<>(r.cpuRequest(Cpu.millis(r.cpuLimit().orElseThrow().toMillis() + 1)),
                "resources.requests-exceed-limits"));
    }

    /**
     * Images with no tag or {@code latest} and no digest: rule {@code image.mutable-tag}.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Invalid<Image>> invalidImages() {
        return Combinators.combine(images().unpinned(), Arbitraries.of(":latest", "")).as((i, tag) -> new Invalid<>(
                Image.parse(i.registry().map(r -> r + "/").orElse("") + i.repository() + tag), "image.mutable-tag"));
    }

    /**
     * Route lists with one route moved before a more specific one: rule {@code ingress.path-order}.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Invalid<List<Route>>> invalidRoutes() {
        return routes().ofSize(1, 5).map(routes -> {
            List<Route> broken = new ArrayList<>();
            broken.add(new Route("/", PathType.PREFIX));
            broken.addAll(routes.stream().filter(r -> !r.path().equals("/")).toList());
            broken.add(new Route("/zz-after-root", PathType.PREFIX));
            return new Invalid<>(List.copyOf(broken), "ingress.path-order");
        });
    }
}
