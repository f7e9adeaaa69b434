package dev.shipshape.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader reads YAML and JSON as kubectl does, and names file and line in every refusal. */
class ManifestReaderTest {

    @TempDir
    Path tmp;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(tmp.resolve(name), content);
    }

    private static List<String> read(Path file) {
        return ManifestReader.read(List.of(file)).stream()
                .map(r -> r.object().getKind() + "/" + r.object().getMetadata().getName() + "@" + r.line()).toList();
    }

    private static final String MAP = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %s\n";

    @Test
    void a_duplicate_key_is_refused_with_both_lines() throws IOException {
        Path f = file("dup.yaml", MAP.formatted("a") + "data:\n  x: \"1\"\n  y: \"2\"\n  x: \"3\"\n");
        assertThatThrownBy(() -> read(f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(f + ":8: the key 'x' appears twice in one mapping (lines 6 and 8); kubectl refuses duplicate"
                        + " keys: keep one");
        Path nested = file("nested.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n");
        assertThatThrownBy(() -> read(nested)).hasMessageContaining(nested + ":5: the key 'name' appears twice");
        Path json = file("dup.json", "{\"apiVersion\": \"v1\",\n \"kind\": \"ConfigMap\",\n \"kind\": \"Secret\"}\n");
        assertThatThrownBy(() -> read(json)).hasMessageContaining(json + ":3: the key 'kind' appears twice in one"
                + " mapping (lines 2 and 3)");
        // the same key in two mappings is fine
        assertThat(read(file("ok.yaml", MAP.formatted("a") + "data:\n  name: x\n"))).containsExactly("ConfigMap/a@1");
    }

    @Test
    void null_and_tilde_and_empty_documents_are_skipped_alike() throws IOException {
        for (String empty : List.of("~", "null", "", "# only a comment")) {
            Path f = file("empty.yaml", "--- " + empty + "\n---\n" + MAP.formatted("a") + "---\n" + empty + "\n");
            assertThat(read(f)).as("document %s", empty).containsExactly("ConfigMap/a@3");
        }
        Path quoted = file("quoted.yaml", "--- 'a string'\n");
        assertThatThrownBy(() -> read(quoted)).hasMessage(quoted + ":1: a document must be a Kubernetes object (a"
                + " mapping), not string");
    }

    @Test
    void a_stream_of_json_objects_is_read_as_kubectl_reads_it() throws IOException {
        Path f = file("stream.json", "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"c\"}}\n"
                + "\n{\"apiVersion\":\"v1\",\n \"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"d\"}}\n");
        assertThat(read(f)).containsExactly("ConfigMap/c@1", "ConfigMap/d@3");
        Path bad = file("bad.json", "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"c\"}}\n{\"a\": }\n");
        assertThatThrownBy(() -> read(bad)).hasMessageStartingWith(bad + ":2: not valid JSON: ");
    }

    @Test
    void a_character_yaml_forbids_is_reported_at_its_line() throws IOException {
        Path f = file("nul.yaml", MAP.formatted("a") + "data:\n  x: \"a\u0000b\"\n");
        assertThatThrownBy(() -> read(f)).hasMessage(f + ":6: not valid YAML: the character U+0000 is not allowed in"
                + " YAML (only printable characters, tab and line breaks); escape it in a double-quoted string (\\x00 or"
                + " \\u0000)");
    }

    @Test
    void too_deep_nesting_is_reported_at_its_line() throws IOException {
        Path f = file("deep.yaml", MAP.formatted("a") + "data:\n  x: " + "[".repeat(600) + "]".repeat(600) + "\n");
        assertThatThrownBy(() -> read(f)).hasMessageStartingWith(f + ":6: not valid YAML: Document nesting depth");
    }

    @Test
    void an_api_version_or_kind_or_name_that_is_not_a_string_is_named_plainly() throws IOException {
        Path numbers = file("num.yaml", "apiVersion: 1\nkind: 2\nmetadata:\n  name: f\n");
        assertThatThrownBy(() -> read(numbers)).hasMessage(numbers + ":1: apiVersion must be a string (such as v1 or"
                + " apps/v1), not the number 1");
        Path kind = file("kind.yaml", "apiVersion: v1\nkind: [ConfigMap]\nmetadata:\n  name: f\n");
        assertThatThrownBy(() -> read(kind)).hasMessage(kind + ":1: kind must be a string (such as Deployment), not"
                + " the array [\"ConfigMap\"]");
        Path name = file("name.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: 123\n");
        assertThatThrownBy(() -> read(name)).hasMessage(name + ":1: metadata.name must be a string, not the number"
                + " 123; quote it");
    }
}
