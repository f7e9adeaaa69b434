package dev.shipshape.internal.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
}
