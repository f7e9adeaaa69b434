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

    @Test
    void printable_is_yaml_s_set_of_characters_at_every_boundary() {
        int[] allowed = {0x9, 0xA, 0xD, 0x20, 0x7E, 0x85, 0xA0, 0xD7FF, 0xE000, 0xFFFD, 0x10000, 0x10FFFF};
        int[] refused = {0x0, 0x8, 0xB, 0x1F, 0x7F, 0x84, 0x86, 0x9F, 0xD800, 0xDFFF, 0xFFFE, 0xFFFF, 0x110000};
        for (int c : allowed) {
            assertThat(ManifestReader.printable(c)).as("U+%04X", c).isTrue();
        }
        for (int c : refused) {
            assertThat(ManifestReader.printable(c)).as("U+%04X", c).isFalse();
        }
    }

    @Test
    void a_file_is_json_when_its_first_character_is_a_brace() {
        assertThat(ManifestReader.isJson("{}")).isTrue();
        assertThat(ManifestReader.isJson(" \n\t{\"a\": 1}")).isTrue();
        assertThat(ManifestReader.isJson("\uFEFF{}")).isTrue();
        assertThat(ManifestReader.isJson("")).isFalse();
        assertThat(ManifestReader.isJson("  ")).isFalse();
        assertThat(ManifestReader.isJson("# {\n{}")).isFalse();
        assertThat(ManifestReader.isJson("a: {}")).isFalse();
        assertThat(ManifestReader.isJson("[{}]")).isFalse();
    }

    @Test
    void a_forbidden_character_after_wide_characters_is_still_reported_at_its_line() throws IOException {
        // a character outside the BMP takes two chars: the line count must not be thrown off by it
        Path f = file("wide.yaml", MAP.formatted("a") + "data:\n  emoji: \"\uD83D\uDE00\uD83D\uDE00\"\n  x: \"\u0001\"\n");
        assertThatThrownBy(() -> read(f)).hasMessageStartingWith(f + ":7: not valid YAML: the character U+0001 is"
                + " not allowed");
        Path del = file("del.yaml", MAP.formatted("a") + "data:\n\n\n  x: \"\u007F\"\n");
        assertThatThrownBy(() -> read(del)).hasMessageStartingWith(del + ":8: not valid YAML: the character U+007F");
    }

    @Test
    void every_kind_of_value_reads_as_it_did_through_databind() throws IOException {
        Path f = file("values.yaml", "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n"
                + "  int: 1\n  long: 10000000000\n  big: 100000000000000000000000\n  float: 1.5\n  yes: true\n"
                + "  no: false\n  none: null\n  list: [a, 2, {k: v}]\n  bin: !!binary aGVsbG8=\n");
        var objects = ManifestReader.read(List.of(f));
        assertThat(objects).hasSize(1);
        var read = dev.shipshape.internal.yaml.Serialization.json().valueToTree(objects.get(0).object());
        var databind = dev.shipshape.internal.yaml.Serialization.yaml().readTree(Files.readString(f));
        assertThat(read.path("spec")).isEqualTo(databind.path("spec"));
        assertThat(read.path("spec").path("int").isInt()).isTrue();
        assertThat(read.path("spec").path("long").isLong()).isTrue();
        assertThat(read.path("spec").path("big").isBigInteger()).isTrue();
        assertThat(read.path("spec").path("yes").booleanValue()).isTrue();
        assertThat(read.path("spec").path("no").isBoolean()).isTrue();
        assertThat(read.path("spec").path("none").isNull()).isTrue();
        assertThat(read.path("spec").path("list").size()).isEqualTo(3);
    }

    @Test
    void a_directory_named_like_a_manifest_is_walked_not_refused() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("k8s/nested.yaml"));
        Files.writeString(dir.resolve("cm.yaml"), MAP.formatted("inner"));
        Files.writeString(tmp.resolve("k8s/top.yml"), MAP.formatted("top"));
        Files.writeString(tmp.resolve("k8s/notes.txt"), "not a manifest");
        Files.writeString(tmp.resolve("k8s/kustomization.yaml"), "resources: []\n");
        assertThat(ManifestReader.read(List.of(tmp.resolve("k8s"))).stream().map(r -> r.object().getMetadata().getName()))
                .containsExactly("inner", "top");
    }

    @Test
    void read_all_keeps_what_cannot_be_typed_and_what_has_no_name_and_read_refuses_both() throws IOException {
        Path file = Files.writeString(tmp.resolve("kept.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d}
                spec: {replicas: many}
                ---
                apiVersion: apps/v1
                kind: Deployment
                spec: {replicas: many}
                ---
                apiVersion: v1
                kind: ConfigMap
                ---
                apiVersion: batch/v1
                kind: Job
                metadata: {generateName: migrate-}
                """);
        ManifestReader.Result all = ManifestReader.readAll(List.of(file));
        assertThat(all.unreadable()).isEmpty();
        assertThat(all.objects()).extracting(r -> r.raw().typingError().orElse("")).satisfiesExactly(
                e -> assertThat(e).startsWith("Deployment d does not match the apps/v1 schema: "),
                e -> assertThat(e).startsWith("Deployment does not match the apps/v1 schema: "),
                e -> assertThat(e).isEmpty(),
                e -> assertThat(e).isEmpty());
        // a generic object stands in for what could not be typed; metadata is never null
        assertThat(all.objects()).allSatisfy(r -> assertThat(r.object().getMetadata()).isNotNull());
        assertThat(all.objects().get(2).object().getMetadata().getName()).isNull();
        assertThat(all.objects()).extracting(ManifestReader.Read::line).containsExactly(1, 6, 10, 13);
        assertThatThrownBy(() -> ManifestReader.read(List.of(file))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ":1: Deployment d does not match the apps/v1 schema: ");
        Path nameless = Files.writeString(tmp.resolve("nameless.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: \"\"}\n");
        assertThatThrownBy(() -> ManifestReader.read(List.of(nameless))).hasMessage(nameless + ":1: ConfigMap has no metadata.name");
        Path generated = Files.writeString(tmp.resolve("generated.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {generateName: c-}\n");
        assertThatThrownBy(() -> ManifestReader.read(List.of(generated))).hasMessage(generated + ":1: ConfigMap has no"
                + " metadata.name (a generateName is for objects the API server names; Shipshape writes one file per name)");
    }

    @Test
    void the_raw_tree_knows_the_line_of_every_key_and_value() throws IOException {
        Path file = Files.writeString(tmp.resolve("lines.yaml"), "# c\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: b\n");
        var raw = ManifestReader.readAll(List.of(file)).objects().get(0).raw();
        var tree = raw.tree();
        assertThat(raw.line(tree, "kind")).isEqualTo(3);
        assertThat(raw.line(tree.get("data"), "a")).isEqualTo(7);
        assertThat(raw.line(tree.get("metadata").get("name"))).isEqualTo(5);
        // a key the mapping does not have: the mapping's own line
        assertThat(raw.line(tree.get("data"), "zzz")).isEqualTo(raw.line(tree.get("data")));
        assertThat(raw.line(tools.jackson.databind.node.JsonNodeFactory.instance.objectNode())).isZero();
        assertThat(raw.memo("k", () -> "first")).isEqualTo("first");
        assertThat(raw.memo("k", () -> "second")).isEqualTo("first");
    }
}
