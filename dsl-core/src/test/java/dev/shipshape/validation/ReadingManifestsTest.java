package dev.shipshape.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.dsl.Shipshape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading other people's manifests for {@code Shipshape.check}: which files of a directory are manifests, empty and
 * multi-document files, {@code v1/List}, and every malformed input refused with the file and line.
 */
class ReadingManifestsTest {

    @TempDir
    Path tmp;

    // a key the API server refuses, so every object read has a violation to place
    private static final String CM = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %s\ndata:\n  bad key: v\n";

    private Path write(String name, String text) throws IOException {
        Path f = tmp.resolve(name);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, text);
    }

    @Test
    void a_directory_yields_its_yaml_yml_and_json_files_except_kustomizations() throws IOException {
        write("a.yaml", CM.formatted("a"));
        write("nested/b.YML", CM.formatted("b"));
        write("c.json", "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"c\"},\"data\":{\"bad key\":\"v\"}}");
        write("kustomization.yaml", "resources: [a.yaml]\n");
        write("nested/kustomization.yml", "resources: []\n");
        write("notes.txt", "not a manifest");
        write("empty.yaml", "");
        write("comments.yaml", "# nothing here\n---\n---\n");
        write("list.yaml", "apiVersion: v1\nkind: List\nitems:\n- " + CM.formatted("d").replace("\n", "\n  ").stripTrailing() + "\n");
        write("two.yaml", CM.formatted("e") + "---\n" + CM.formatted("f"));
        assertThat(Shipshape.check(tmp)).extracting(Violation::path).allSatisfy(p -> assertThat(p).startsWith(tmp.toString()))
                .anySatisfy(p -> assertThat(p).contains("a.yaml#L1/ConfigMap:a"))
                .anySatisfy(p -> assertThat(p).contains("b.YML#L1/ConfigMap:b"))
                .anySatisfy(p -> assertThat(p).contains("c.json#L1/ConfigMap:c"))
                .anySatisfy(p -> assertThat(p).contains("list.yaml#L4/ConfigMap:d")) // an item of a List at its own line
                .anySatisfy(p -> assertThat(p).contains("two.yaml#L1/ConfigMap:e"))
                .anySatisfy(p -> assertThat(p).contains("two.yaml#L8/ConfigMap:f"))
                .noneSatisfy(p -> assertThat(p).contains("kustomization"));
    }

    @Test
    void malformed_input_is_reported_with_its_file_and_line_and_include_refuses_it() throws IOException {
        Path scalar = write("scalar.yaml", CM.formatted("a") + "---\njust text\n");
        assertThat(unreadable(scalar)).containsExactly(scalar + "#L8: cannot be read: a document must be a Kubernetes"
                + " object (a mapping), not string.");
        // the document before it is still checked
        assertThat(Shipshape.check(scalar)).anySatisfy(v -> assertThat(v.path()).startsWith(scalar + "#L1/ConfigMap:a"));
        assertThatThrownBy(() -> Shipshape.app("a").include(scalar)).hasMessage(scalar + ":8: a document must be a"
                + " Kubernetes object (a mapping), not string");
        Path noVersion = write("nov.yaml", "kind: ConfigMap\nmetadata:\n  name: a\n");
        assertThat(unreadable(noVersion)).containsExactly(noVersion + "#L1: cannot be read: the object has no apiVersion;"
                + " every Kubernetes object names its apiVersion and kind.");
        Path noKind = write("nok.yaml", "apiVersion: v1\nmetadata:\n  name: a\n");
        assertThat(unreadable(noKind)).singleElement().asString().contains("#L1: cannot be read: the object has no kind;");
        Path broken = write("broken.yaml", "apiVersion: v1\nkind: [\n");
        assertThat(unreadable(broken)).singleElement().asString().startsWith(broken + "#L").contains("not valid YAML");
        Path latin1 = tmp.resolve("latin1.yaml");
        Files.write(latin1, "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(unreadable(latin1)).containsExactly(latin1 + ": cannot be read: it is not UTF-8 text.");
        assertThatThrownBy(() -> Shipshape.app("a").include(latin1)).hasMessage("cannot read " + latin1 + ": it is not UTF-8 text");
        Path missing = tmp.resolve("missing.yaml");
        assertThat(unreadable(missing)).singleElement().asString().startsWith(missing + ": cannot be read: NoSuchFileException");
        assertThatThrownBy(() -> Shipshape.check((Path) null)).hasMessage("a manifest path must not be null");
    }

    /** The input.unreadable findings of checking {@code file}, as {@code path: message}. */
    private static List<String> unreadable(Path file) {
        return Shipshape.check(file).stream().filter(v -> v.rule().equals("input.unreadable"))
                .peek(v -> assertThat(v.isError()).isTrue()).map(v -> v.path() + ": " + v.message()).toList();
    }
}
