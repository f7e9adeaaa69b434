package dev.shipshape.internal.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ConfigMap suffix must be the one kustomize computes. The vectors in {@code kustomize/hash-vectors.json}
 * were produced on the development machine with {@code kubectl kustomize} (kubectl 1.32.4, kustomize v5.5.0) by
 * {@code kustomize/generate-vectors.py}: one configMapGenerator per data map, the generated name recorded.
 */
class KustomizeHashTest {

    record Vector(Map<String, String> data, String name) {
    }

    @Test
    void matches_every_vector_kubectl_kustomize_produced() throws IOException {
        List<Vector> vectors;
        try (InputStream in = getClass().getResourceAsStream("/kustomize/hash-vectors.json")) {
            vectors = JsonMapper.shared().readValue(in, new TypeReference<List<Vector>>() { });
        }
        assertThat(vectors).hasSizeGreaterThanOrEqualTo(10);
        for (Vector v : vectors) {
            assertThat("cfg-" + KustomizeHash.of(new TreeMap<>(v.data())))
                    .as("hash of %s", v.data())
                    .isEqualTo(v.name());
        }
    }

    @Test
    void equal_data_gives_equal_suffix_and_the_alphabet_avoids_digits_that_look_numeric() {
        String a = KustomizeHash.of(new TreeMap<>(Map.of("k", "v")));
        assertThat(KustomizeHash.of(new TreeMap<>(Map.of("k", "v")))).isEqualTo(a);
        assertThat(a).hasSize(10).doesNotContain("0", "1", "3", "a", "e");
        assertThat(KustomizeHash.of(new TreeMap<>(Map.of("k", "w")))).isNotEqualTo(a);
    }

    @Provide
    Arbitrary<Map<String, String>> configData() {
        // keys start with a letter: kustomize itself turns a key like "0" into a number and then fails
        Arbitrary<String> keys = Arbitraries.strings().withChars("abcXYZ019-_.").ofMinLength(1).ofMaxLength(12)
                .filter(k -> Character.isLetter(k.charAt(0)));
        Arbitrary<String> values = Arbitraries.strings()
                .withCharRange(' ', '~').withChars("\n\téü春<>&\u2028").ofMaxLength(40); // no lone surrogates: a file cannot hold one
        return Arbitraries.maps(keys, values).ofMaxSize(4);
    }

    /** Live oracle: random data through {@code kubectl kustomize}, when the machine has kubectl (CI and dev do). */
    @Property(tries = 25)
    void agrees_with_live_kubectl_kustomize(@ForAll("configData") Map<String, String> data) throws Exception {
        Assumptions.assumeTrue(kubectlAvailable(), "kubectl not on PATH");
        Path dir = Files.createTempDirectory("kz");
        try {
            StringBuilder k = new StringBuilder("configMapGenerator:\n- name: cfg\n");
            if (!data.isEmpty()) {
                k.append("  files:\n");
            }
            for (Map.Entry<String, String> e : data.entrySet()) {
                Path f = dir.resolve(e.getKey());
                Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
                k.append("  - \"").append(e.getKey()).append("\"\n");
            }
            Files.writeString(dir.resolve("kustomization.yaml"), k.toString());
            Process p = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            String name = out.lines().filter(l -> l.startsWith("  name: ")).findFirst().orElseThrow().substring(8).trim();
            assertThat("cfg-" + KustomizeHash.of(new TreeMap<>(data))).isEqualTo(name);
        } finally {
            try (var paths = Files.walk(dir)) {
                for (Path f : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    private static Boolean kubectl;

    static synchronized boolean kubectlAvailable() {
        if (kubectl == null) {
            try {
                Process p = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                kubectl = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException | InterruptedException e) {
                kubectl = false;
            }
        }
        return kubectl;
    }
}
