package dev.shipshape.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import dev.shipshape.units.Names;
import dev.shipshape.units.Storage;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Rules checked against independent definitions over random inputs. */
class RulePropertiesTest {

    record Amount(String text, BigDecimal value) {
    }

    private static final String[] MEMORY_SUFFIXES = {"", "k", "M", "G", "Ki", "Mi", "Gi"};
    private static final BigDecimal[] MEMORY_MULTIPLIERS = {BigDecimal.ONE, new BigDecimal("1e3"), new BigDecimal("1e6"),
        new BigDecimal("1e9"), BigDecimal.valueOf(1024), BigDecimal.valueOf(1L << 20), BigDecimal.valueOf(1L << 30)};

    @Provide
    Arbitrary<Amount> memory() {
        return Combinators.combine(Arbitraries.longs().between(0, 5000), Arbitraries.integers().between(0, MEMORY_SUFFIXES.length - 1))
                .as((n, s) -> new Amount(n + MEMORY_SUFFIXES[s], BigDecimal.valueOf(n).multiply(MEMORY_MULTIPLIERS[s])));
    }

    @Provide
    Arbitrary<Amount> cpu() {
        Arbitrary<Long> millis = Arbitraries.longs().between(0, 8000);
        return millis.flatMap(m -> Arbitraries.of(
                new Amount(m + "m", BigDecimal.valueOf(m, 3)),
                new Amount(BigDecimal.valueOf(m, 3).toPlainString(), BigDecimal.valueOf(m, 3)),
                new Amount(m + "e-3", BigDecimal.valueOf(m, 3))));
    }

    @Property(tries = 1000)
    void requests_exceed_limits_fires_exactly_when_big_decimal_says_so(
            @ForAll("cpu") Amount cpuRequest, @ForAll("cpu") Amount cpuLimit,
            @ForAll("memory") Amount memRequest, @ForAll("memory") Amount memLimit) {
        App app = Shipshape.app("p");
        app.webService("w", "my-repo/w:1").resources(Resources.of(Cpu.parse(cpuRequest.text()), Memory.parse(memRequest.text()))
                .limits(Cpu.parse(cpuLimit.text()), Memory.parse(memLimit.text())));
        var paths = app.validate().stream().filter(v -> v.rule().equals("resources.requests-exceed-limits"))
                .map(Violation::path).toList();
        assertThat(paths.stream().anyMatch(p -> p.endsWith("/cpu"))).isEqualTo(cpuRequest.value().compareTo(cpuLimit.value()) > 0);
        assertThat(paths.stream().anyMatch(p -> p.endsWith("/memory"))).isEqualTo(memRequest.value().compareTo(memLimit.value()) > 0);
    }

    // k8s.io/apimachinery/pkg/util/validation: IsDNS1035Label
    private static final Pattern DNS1035 = Pattern.compile("^[a-z]([-a-z0-9]*[a-z0-9])?$");

    @Provide
    Arbitrary<String> componentNames() {
        return Arbitraries.strings().withChars("ab9-.").ofMinLength(1).ofMaxLength(70).filter(Names::isDns1123Subdomain);
    }

    /**
     * A workload name that cannot name its Service is refused at once, exactly when the Kubernetes DNS-1035 regex
     * rejects it; an accepted store name is still reported when it leaves no room for the revision-hash label.
     */
    @Property(tries = 1000)
    void service_names_are_refused_or_reported_exactly_when_the_kubernetes_regexes_reject_them(@ForAll("componentNames") String name,
                                                                                              @ForAll boolean store) {
        App app = Shipshape.app("p");
        boolean valid1035 = name.length() <= 63 && DNS1035.matcher(name).matches();
        try {
            if (store) {
                app.statefulStore(name, "redis:7").volume("data", "/data", Storage.gibibytes(1));
            } else {
                app.webService(name, "my-repo/w:1");
            }
        } catch (IllegalArgumentException e) {
            assertThat(valid1035).as("refused '%s': %s", name, e.getMessage()).isFalse();
            return;
        }
        assertThat(valid1035).as("accepted '%s'", name).isTrue();
        boolean expected = store && name.length() > 52;
        assertThat(app.validate()).extracting(Violation::rule).matches(r -> r.contains("name.invalid") == expected);
    }
}
