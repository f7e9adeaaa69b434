package dev.shipshape.internal.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.testing.RequiresTool;
import dev.shipshape.testing.Tool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The live oracle for {@link KustomizeHash}: random ConfigMap data through the real {@code kubectl kustomize}.
 * Skipped, with the reason, on machines without kubectl; {@code KustomizeHashTest} checks the recorded vectors
 * everywhere.
 */
@RequiresTool(Tool.KUBECTL)
class KustomizeHashLiveProperties {

    @Provide
    Arbitrary<Map<String, String>> configData() {
        // keys start with a letter: kustomize itself turns a key like "0" into a number and then fails
        Arbitrary<String> keys = Arbitraries.strings().withChars("abcXYZ019-_.").ofMinLength(1).ofMaxLength(12)
                .filter(k -> Character.isLetter(k.charAt(0)));
        Arbitrary<String> values = Arbitraries.strings()
                .withCharRange(' ', '~').withChars("\n\téü春<>&\u2028").ofMaxLength(40); // no lone surrogates: a file cannot hold one
        return Arbitraries.maps(keys, values).ofMaxSize(4);
    }

    /** The data with every character outside printable ASCII as a Java escape, so a failure shows what was sent. */
    private static String escaped(Map<String, String> data) {
        StringBuilder b = new StringBuilder();
        data.forEach((k, v) -> {
            b.append(k).append('=');
            v.chars().forEach(c -> b.append(c >= ' ' && c <= '~' ? String.valueOf((char) c) : String.format("\\u%04x", c)));
            b.append("; ");
        });
        return b.toString();
    }

    /** Random data through {@code kubectl kustomize}: its configMapGenerator must name the ConfigMap as we do. */
    @Property(tries = 25)
    void agrees_with_live_kubectl_kustomize(@ForAll("configData") Map<String, String> data) throws Exception {
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
            // kustomize's own bug: a value it writes as a literal block whose line starts with a tab (e.g. "\tx\ny",
            // "a\n\t\n") it cannot read back, and it names nothing. There is no answer to compare with: the try is
            // rejected (jqwik reports it as such), never counted as agreement.
            Assume.that(!out.contains("found a tab character where an indentation space is expected"));
            assertThat(p.exitValue()).as("%s for %s", out, escaped(data)).isZero();
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
}
