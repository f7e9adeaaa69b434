package dev.shipshape;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Config;
import dev.shipshape.dsl.Ingress;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.StatefulStore;
import dev.shipshape.dsl.WebService;
import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.PathType;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Image;
import dev.shipshape.units.Memory;
import dev.shipshape.units.Storage;
import dev.shipshape.validation.InvalidAppException;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random and hostile strings and numbers into every public factory and builder method: the only exceptions
 * are {@link IllegalArgumentException} (with a message of bounded length and no raw control characters) and,
 * from {@code render()}, {@link InvalidAppException}. Whatever the builders accepted validates without throwing.
 */
class HostileInputProperties {

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withCharRange('a', 'z').withChars("-.0123456789").ofMinLength(1).ofMaxLength(70),
                Arbitraries.of("", " ", "x".repeat(10_000), "../../etc/passwd", ": #&*!|>'\"%@`", "-leading", "trailing-",
                        "\u0000", "\n", "\r\n", "\t", "\u2028", "日本語", "café", "😀", "\uD800", "null", "~", "yes", "0x1F",
                        "1e999", "NaN", "-1", "9223372036854775808", "/", "//", "/api/../x", "%2f", "*.example.com",
                        "a".repeat(64), "a".repeat(254), "UPPER", "redis:latest", "redis@sha256:" + "a".repeat(64)));
    }

    @Provide
    Arbitrary<Integer> numbers() {
        return Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.of(0, -1, 1, 65535, 65536, Integer.MAX_VALUE, Integer.MIN_VALUE));
    }

    private final List<Throwable> unexpected = new ArrayList<>();

    private <T> T attempt(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            if (m == null || m.isBlank() || m.length() > 2_000 || m.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
                unexpected.add(new AssertionError("bad message: " + m, e));
            }
            return null;
        } catch (RuntimeException | Error e) {
            unexpected.add(e);
            return null;
        }
    }

    @Property(tries = 1500)
    void builders_and_factories_only_throw_illegal_argument(@ForAll("hostile") String a, @ForAll("hostile") String b,
                                                            @ForAll("numbers") int n, @ForAll("numbers") int m) {
        unexpected.clear();
        attempt(() -> Image.parse(a));
        attempt(() -> Cpu.parse(a));
        attempt(() -> Memory.parse(b));
        attempt(() -> Storage.parse(a));
        attempt(() -> Cpu.millis(n));
        attempt(() -> Memory.mebibytes((long) n * m));
        attempt(() -> Cpu.cores(Double.longBitsToDouble((long) n << 32 | m)));
        attempt(() -> Probe.http(a, b));
        attempt(() -> Probe.tcp(a));
        attempt(() -> Probe.exec(a, b));
        attempt(() -> Probe.tcp("http").periodSeconds(n).timeoutSeconds(m).failureThreshold(n).initialDelaySeconds(m));
        attempt(() -> Autoscaling.between(n, m).targetCpuUtilization(n));
        attempt(() -> Policy.defaults().severity(a, Severity.ERROR));
        attempt(() -> Policy.defaults().off("image.not-pinned", a));
        attempt(() -> Policy.defaults().allowRegistries(a, b));

        App app = attempt(() -> Shipshape.app(a));
        if (app == null) {
            app = Shipshape.app("hostile");
        }
        App target = app;
        attempt(() -> target.namespace(b));
        attempt(() -> target.label(a, b));
        Config cfg = attempt(() -> target.config(a));
        if (cfg != null) {
            attempt(() -> cfg.entry(a, b));
            attempt(() -> cfg.entry("k", b));
            attempt(() -> cfg.version(b));
        }
        SecretRef secret = attempt(() -> target.externalSecret(b, a));
        attempt(() -> target.developmentSecret(a, Map.of("k", b)));
        WebService web = attempt(() -> target.webService(a, b));
        WebService ok = target.webService("w" + Math.abs(n % 1000), "my-repo/w:1");
        for (WebService w : new WebService[] {web, ok}) {
            if (w == null) {
                continue;
            }
            attempt(() -> w.port(a, n));
            attempt(() -> w.port("http", n));
            attempt(() -> w.replicas(n));
            attempt(() -> w.env(a, b));
            attempt(() -> w.env("X", b));
            attempt(() -> w.command(a, b));
            attempt(() -> w.args(b));
            attempt(() -> w.mount(target.config("c" + Math.abs(m % 1000)), a));
            if (cfg != null) {
                attempt(() -> w.env("C", cfg.key(b)));
            }
            if (secret != null) {
                attempt(() -> w.env("S", secret.key(a)));
                attempt(() -> w.mount(secret, b));
            }
            attempt(() -> w.autoscale(Autoscaling.between(n, m)));
            attempt(() -> w.readinessProbe(Probe.http("/" + a, "http")));
        }
        StatefulStore store = attempt(() -> target.statefulStore(b, a));
        if (store != null) {
            attempt(() -> store.volume(a, b, Storage.gibibytes(1)));
            attempt(() -> store.volume("data", "/" + a, Storage.gibibytes(1)));
        }
        Ingress ingress = attempt(() -> target.ingress(b));
        if (ingress != null) {
            attempt(() -> ingress.host(a));
            attempt(() -> ingress.route(a, ok));
            attempt(() -> ingress.route(b, ok, PathType.EXACT));
            attempt(() -> ingress.ingressClassName(a));
        }
        attempt(() -> Resources.of(Cpu.millis(Math.abs((long) n)), Memory.bytes(Math.abs((long) m))));

        attempt(target::validate);
        try {
            target.render().toYaml();
        } catch (InvalidAppException expected) {
            assertThat(expected.violations()).anyMatch(v -> v.isError());
        } catch (RuntimeException e) {
            unexpected.add(e);
        }
        // with every rule switched off nothing stops rendering, and rendering must still not fail
        Policy none = Policy.defaults();
        for (String id : dev.shipshape.validation.Rules.ids()) {
            none = none.off(id, "hostile-input test");
        }
        target.policy(none);
        try {
            target.render().toYaml();
        } catch (RuntimeException e) {
            unexpected.add(e);
        }
        assertThat(unexpected).isEmpty();
    }
}
