package dev.shipshape.internal.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Strings written as Go's encoding/json writes them (json.Marshal: HTML escaping on, the short escapes of Go 1.22+,
 * invalid UTF-16 replaced by U+FFFD), which the kustomize hash is computed over.
 */
class GoJsonStringTest {

    private static String go(String s) {
        StringBuilder b = new StringBuilder();
        KustomizeHash.goString(b, s);
        return b.toString();
    }

    @Test
    void escapes_as_go_does() {
        assertThat(go("plain")).isEqualTo("\"plain\"");
        assertThat(go("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
        assertThat(go("\n\r\t\b\f")).isEqualTo("\"\\n\\r\\t\\b\\f\"");
        assertThat(go("<a>&")).isEqualTo("\"\\u003ca\\u003e\\u0026\"");
        assertThat(go("\u2028\u2029")).isEqualTo("\"\\u2028\\u2029\"");
        assertThat(go("\u0000\u0001\u001f")).isEqualTo("\"\\u0000\\u0001\\u001f\"");
        assertThat(go(" ~\u007f\u00e9")).isEqualTo("\" ~\u007f\u00e9\"");
    }

    @Test
    void keeps_surrogate_pairs_and_replaces_lone_surrogates() {
        assertThat(go("\ud83d\ude00")).isEqualTo("\"\ud83d\ude00\"");
        assertThat(go("a\ud83d")).isEqualTo("\"a\ufffd\"");
        assertThat(go("\ud83da")).isEqualTo("\"\ufffda\"");
        assertThat(go("\ude00")).isEqualTo("\"\ufffd\"");
        assertThat(go("\ud83d\ud83d\ude00")).isEqualTo("\"\ufffd\ud83d\ude00\"");
    }

    @Test
    void the_hash_of_no_data_and_of_data_differ_and_are_ten_characters_of_kustomize_s_alphabet() {
        String empty = KustomizeHash.of(new java.util.TreeMap<>());
        String one = KustomizeHash.of(new java.util.TreeMap<>(java.util.Map.of("a", "b")));
        assertThat(empty).hasSize(10).doesNotContain("0", "1", "3", "a", "e").isNotEqualTo(one);
        assertThat(one).hasSize(10).matches("[2-9b-df-z]{10}");
    }
}
