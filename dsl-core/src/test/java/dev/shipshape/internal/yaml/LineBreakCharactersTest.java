package dev.shipshape.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Strings holding NEL ({@code U+0085}), LINE SEPARATOR ({@code U+2028}) or PARAGRAPH SEPARATOR ({@code U+2029}),
 * which YAML 1.1 readers (kubectl's) take for line breaks: Jackson's generator wrote them raw in plain and literal
 * scalars, so {@code value: <NEL>} read back as null — the schema-conformance property's "empty env value comes back
 * as null" (issue #16: NEL prints as nothing). Every writer here now double-quotes them, and strings of one such
 * character, or any other control, Latin-1 or punctuation character, in every position, read back as written.
 */
class LineBreakCharactersTest {

    private static final List<String> SHAPES = List.of("%s", "a%s", "%sa", "a%sb", " %s", "%s ", "a\n%s", "%s\nb",
            "a\n%s\nb", " a\n%s", "\n%s", "%s\n", "- %s", "%s: x", "#%s");

    @Test
    void a_lone_nel_is_written_escaped_and_reads_back_as_itself_not_as_null() {
        EnvVar e = new EnvVar("MODE", "\u0085", null);
        String yaml = Serialization.yaml(e);
        assertThat(yaml).isEqualTo("name: MODE\nvalue: \"\\N\"\n");
        assertThat(Serialization.yaml().readValue(yaml, EnvVar.class).getValue()).isEqualTo("\u0085");
    }

    @Test
    void the_three_breaks_are_double_quoted_on_one_line_and_across_lines() {
        assertThat(Serialization.yaml(data("a\u2028b"))).endsWith("data:\n  k: \"a\u2028b\"\n");
        assertThat(Serialization.yaml(data("a\u2029b"))).endsWith("data:\n  k: \"a\u2029b\"\n");
        assertThat(Serialization.yaml(data("c\u0085d"))).endsWith("data:\n  k: \"c\\Nd\"\n");
        // spanning lines: a literal block before, where the break cannot stand
        assertThat(Serialization.yaml(data("a\nb\u0085c"))).endsWith("data:\n  k: \"a\\nb\\Nc\"\n");
        // without one of the three, multi-line text stays a literal block and one-line text plain
        assertThat(Serialization.yaml(data("a\nb"))).endsWith("data:\n  k: |-\n    a\n    b\n");
        assertThat(Serialization.yaml(data("a\u00a0b"))).endsWith("data:\n  k: a\u00a0b\n");
        assertThat(BreakSafeYamlFactory.hasForeignBreak("\r\n\t\u000b\f\u00a0\u2027\u202a")).isFalse();
    }

    @Test
    void names_holding_a_break_are_quoted() {
        assertThat(Serialization.yaml(Map.of("a\u2028b", "v"))).isEqualTo("\"a\u2028b\": v\n");
        assertThat(Serialization.yaml(Map.of("\u0085", "v"))).isEqualTo("\"\\N\": v\n");
    }

    @Test
    void every_character_in_every_position_reads_back_as_written_by_each_writer() {
        List<String> wrong = new ArrayList<>();
        for (int c : characters()) {
            String ch = String.valueOf((char) c);
            for (String shape : SHAPES) {
                String v = shape.replace("%s", ch);
                ConfigMap cm = data(v);
                cm.getData().put("k" + v, "key");
                for (String yaml : List.of(Serialization.yaml(cm), Serialization.modelYaml(cm),
                        Serialization.yaml().writeValueAsString(cm))) {
                    if (!Serialization.yaml().readValue(yaml, ConfigMap.class).getData().equals(cm.getData())) {
                        wrong.add(Integer.toHexString(c) + " in '" + shape + "'");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** C0 and C1 controls, Latin-1, the general punctuation block (LS, PS, the bidi marks), the BOM and U+FFFD. */
    private static List<Integer> characters() {
        List<Integer> cs = new ArrayList<>();
        for (int c = 0; c <= 0xFF; c++) {
            cs.add(c);
        }
        for (int c = 0x2000; c <= 0x206F; c++) {
            cs.add(c);
        }
        cs.addAll(List.of(0xFEFF, 0xFFFD));
        return cs;
    }

    private static ConfigMap data(String value) {
        ConfigMap cm = new ConfigMap();
        cm.setData(new TreeMap<>(Map.of("k", value)));
        return cm;
    }
}
