package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.shipshape.dsl.Shipshape;
import dev.shipshape.validation.Violation;
import dev.shipshape.validation.YamlCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests of {@link InputUnreadable}: what cannot be read is reported, and the rest is still checked. */
class InputUnreadableTest extends YamlCheck {

    @Test
    void an_unreadable_file_or_document_is_reported_and_the_rest_is_still_checked() throws IOException {
        write("k8s/a-broken.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [\n");
        write("k8s/b-dup.yaml", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: one}
                data: {a: "1", a: "2"}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: two}
                dta: {}
                """);
        Files.write(tmp.resolve("k8s/c-latin1.yaml"), new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});
        Path dir = tmp.resolve("k8s");
        List<Violation> found = Shipshape.check(dir);
        assertThat(api(found)).extracting(Violation::rule, Violation::path).containsExactly(
                tuple("input.unreadable", dir.resolve("a-broken.yaml") + "#L3"),
                tuple("input.unreadable", dir.resolve("b-dup.yaml") + "#L4"),
                tuple("api.field-unknown", dir.resolve("b-dup.yaml") + "#L6/ConfigMap:two/dta"),
                tuple("input.unreadable", dir.resolve("c-latin1.yaml").toString()));
        assertThat(found).filteredOn(v -> v.path().equals(dir.resolve("b-dup.yaml") + "#L4")).singleElement()
                .extracting(Violation::message, Violation::fix).containsExactly("cannot be read: the key 'a' appears twice"
                        + " in one mapping (lines 4 and 4); kubectl refuses duplicate keys: keep one.",
                        "fix the document; nothing of it was checked.");
        assertThat(found).filteredOn(v -> v.rule().equals("input.unreadable")).allMatch(Violation::isError);
        // include keeps its all-or-nothing refusal
        assertThatThrownBy(() -> Shipshape.app("a").include(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(dir.resolve("a-broken.yaml") + ":3: not valid YAML");
    }

    @Test
    void the_fix_says_how_much_was_not_checked() throws IOException {
        Path dir = tmp.resolve("fixes");
        write("fixes/a.yaml", "a: [\n");
        write("fixes/b.yaml", "- just\n- a list\n");
        Files.write(dir.resolve("c.yaml"), new byte[] {(byte) 0xff});
        assertThat(Shipshape.check(dir)).extracting(Violation::fix).containsExactly(
                "fix the file there; nothing of it from there on was checked.",
                "fix the document; nothing of it was checked.",
                "fix the file; nothing of it was checked.");
    }
}
