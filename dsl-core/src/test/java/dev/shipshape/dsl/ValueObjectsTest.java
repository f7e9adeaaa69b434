package dev.shipshape.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.units.Cpu;
import dev.shipshape.units.Image;
import dev.shipshape.units.Memory;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Values users put in sets and maps spread over hash codes (equal values hash alike, and a handful of different ones
 * do not all collide), and the identifiers users print read as the paths violations use.
 */
class ValueObjectsTest {

    private static <T> void spread(List<T> different, T equalToFirst) {
        assertThat(different.get(0)).isEqualTo(equalToFirst).hasSameHashCodeAs(equalToFirst);
        Set<Integer> hashes = different.stream().map(Object::hashCode).collect(Collectors.toSet());
        assertThat(hashes).as("hash codes of %s", different).hasSize(different.size());
    }

    @Test
    void equal_values_hash_alike_and_different_ones_apart() {
        spread(List.of(Image.parse("redis:7.2"), Image.parse("redis:7.4"), Image.parse("nginx:1.27"), Image.parse("nginx:1.27-alpine")),
                Image.parse("redis:7.2"));
        spread(List.of(Cpu.millis(100), Cpu.millis(250), Cpu.cores(1), Cpu.cores(2)), Cpu.parse("100m"));
        spread(List.of(Memory.mebibytes(64), Memory.mebibytes(128), Memory.gibibytes(1), Memory.gibibytes(2)), Memory.parse("64Mi"));
        App app = Shipshape.app("shop");
        SecretRef db = app.externalSecret("db", "user", "password", "host");
        spread(List.of(db.key("user"), db.key("password"), db.key("host")), db.key("user"));
        Config cfg = app.config("web-config").entry("mode", "prod").entry("level", "info").entry("region", "eu");
        spread(List.of(cfg.key("mode"), cfg.key("level"), cfg.key("region")), cfg.key("mode"));
    }

    @Test
    void component_ids_print_as_violation_paths() {
        App app = Shipshape.app("shop");
        Ingress edge = app.ingress("edge");
        assertThat(edge.id()).hasToString("shop/ingress:edge");
        assertThat(app.config("web-config").id()).hasToString("shop/config:web-config");
        assertThat(app.externalSecret("db", "password").id()).hasToString("shop/secret:db");
        assertThat(app.webService("web", "my-repo/web:1").id()).hasToString("shop/webService:web");
    }
}
