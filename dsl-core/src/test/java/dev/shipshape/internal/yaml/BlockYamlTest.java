package dev.shipshape.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The block layout's own contracts: which strings it writes directly (plain words and paths, quoted digit strings,
 * each at its documented edges; everything else goes to the generator), and the shapes it hands to the fallbacks
 * rather than lay out; what it does lay out agrees with databind byte for byte.
 */
class BlockYamlTest {

    private static final String PLAIN_NEXT = "abcxyzABCXYZ0189-_./";

    @Test
    void plain_strings_are_a_letter_or_slash_then_letters_digits_and_dash_underscore_dot_slash() {
        for (char c = 0x20; c < 0x7f; c++) {
            boolean first = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/';
            boolean next = first || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.';
            assertThat(BlockYaml.plain(c + "bc")).as("first %s", c).isEqualTo(first);
            assertThat(BlockYaml.plain("ab" + c)).as("next %s", c).isEqualTo(next);
        }
        for (char c : PLAIN_NEXT.toCharArray()) {
            assertThat(BlockYaml.plain("a" + c)).as("a%s", c).isTrue();
        }
        assertThat(BlockYaml.plain("")).isFalse();
        assertThat(BlockYaml.plain("a".repeat(100))).isTrue();
        assertThat(BlockYaml.plain("a".repeat(101))).isFalse();
        assertThat(BlockYaml.plain("a\u00e9")).isFalse();
    }

    @Test
    void words_yaml_reads_as_booleans_nulls_or_numbers_are_not_plain_in_any_case() {
        for (String w : List.of("true", "False", "YES", "no", "y", "N", "on", "OFF", "null", "NaN", "inf", "Infinity")) {
            assertThat(BlockYaml.plain(w)).as(w).isFalse();
        }
        assertThat(BlockYaml.plain("yesno")).isTrue();
        assertThat(BlockYaml.plain("infinityx")).as("nine characters: no reserved word is that long").isTrue();
    }

    @Test
    void digit_strings_of_up_to_eighteen_digits_are_quoted_directly() {
        assertThat(BlockYaml.digits("")).isFalse();
        assertThat(BlockYaml.digits("0")).isTrue();
        assertThat(BlockYaml.digits("9")).isTrue();
        assertThat(BlockYaml.digits("1".repeat(18))).isTrue();
        assertThat(BlockYaml.digits("1".repeat(19))).isFalse();
        for (String s : List.of("/1", "1:", "1a", "-1", "1.5", " 1")) {
            assertThat(BlockYaml.digits(s)).as(s).isFalse();
        }
    }

    private static String block(Object o) {
        StringBuilder out = new StringBuilder("kept\n");
        BlockYaml.append(o, out);
        return out.substring("kept\n".length());
    }

    private static String databind(Object o) {
        return Serialization.yaml().writeValueAsString(o);
    }

    @Test
    void what_it_lays_out_agrees_with_databind_and_what_it_does_not_leaves_the_buffer_as_it_was() {
        Map<String, Object> nested = new LinkedHashMap<>();
        Map<String, Object> at = nested;
        for (int i = 0; i < 40; i++) { // deeper than the 64 spaces it indents with at once
            Map<String, Object> next = new LinkedHashMap<>();
            at.put("k" + i, next);
            at = next;
        }
        at.put("leaf", "v");
        assertThat(block(nested)).isEqualTo(databind(nested));
        Map<String, Object> lists = Map.of("items", List.of("a", "123", "yes", Map.of("x", "1", "y", List.of("z")), Map.of()));
        assertThat(block(lists)).isEqualTo(databind(lists));
        assertThat(block(Map.of())).isEqualTo("{}\n");
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("123", "digits as a key");
        keys.put("yes", "a reserved word as a key");
        keys.put("a b", "a space");
        assertThat(block(keys)).isEqualTo(databind(keys));
        for (Object refused : List.of(Map.of("items", List.of("two\nlines")), Map.of("items", List.of(List.of("a"))),
                Map.of("n", 1.5), Map.of("k", new StringBuilder("x")))) {
            StringBuilder out = new StringBuilder("kept\n");
            assertThatThrownBy(() -> BlockYaml.append(refused, out)).isInstanceOf(ModelWriter.Unsupported.class);
            assertThat(out).hasToString("kept\n");
            assertThat(Serialization.yaml(refused)).isEqualTo(databind(refused));
        }
    }

    @Test
    void what_block_yaml_leaves_to_databind_is_refused_and_the_buffer_restored() {
        for (Object o : List.<Object>of(
                Map.of("list", List.of("line one\nline two")),          // a block scalar in a list
                Map.of("list", List.of(List.of("a"))),                   // a list in a list
                Map.of("n", 1.5),                                       // a fractional number
                new java.util.HashMap<>(Map.of("k", new java.util.concurrent.atomic.AtomicLong(1))))) {
            StringBuilder out = new StringBuilder("kept\n");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> BlockYaml.append(o, out))
                    .as("%s", o).isInstanceOf(ModelWriter.Unsupported.class);
            assertThat(out).hasToString("kept\n");
        }
    }

    @Test
    void block_scalars_agree_with_databind_on_blank_and_trailing_lines() {
        for (String s : List.of("a\nb\n", "a\n\nb\n", "a\nb", "a\n\n\nb\n\n", "x\n")) {
            Map<String, Object> o = Map.of("s", s, "inner", Map.of("s", s));
            assertThat(block(o)).as("%s", s).isEqualTo(databind(new java.util.TreeMap<>(o)));
        }
    }

    @Test
    void deep_indentation_past_the_spaces_buffer_agrees_with_databind() {
        Object o = "leaf";
        for (int i = 0; i < 40; i++) {
            o = Map.of("k" + i, o);
        }
        assertThat(block(o)).isEqualTo(databind(o));
    }
}
