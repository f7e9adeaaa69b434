package dev.shipshape.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.dsl.Shipshape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where violations are placed: rendered components, included objects (given or read from a file, with its line),
 * files checked on their own, init containers, nameless objects and containers; and the waiver annotation on an
 * included object.
 */
class PlacesTest {

    @TempDir
    Path tmp;

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: %s
            spec:
              replicas: 2
              selector:
                matchLabels:
                  app: legacy
              template:
                metadata:
                  labels:
                    app: legacy
                spec:
                  initContainers:
                  - name: setup
                    image: my-repo/setup:1@sha256:%s
                    volumeMounts:
                    - name: missing
                      mountPath: /setup
                  containers:
                  - image: my-repo/app:1@sha256:%s
            """;

    private static String deployment(String name) {
        return DEPLOYMENT.formatted(name, "a".repeat(64), "a".repeat(64));
    }

    private static List<String> paths(List<Violation> all, String rule) {
        return all.stream().filter(v -> v.rule().equals(rule)).map(Violation::path).toList();
    }

    @Test
    void objects_read_from_files_are_placed_by_file_and_line_and_init_containers_by_their_kind() throws IOException {
        Path file = Files.writeString(tmp.resolve("legacy.yaml"), "# a comment\n---\n" + deployment("legacy"));
        List<Violation> checked = Shipshape.check(file);
        // the line the document's content starts on
        String object = file + "#L3/Deployment:legacy";
        assertThat(paths(checked, "reference.unresolved")).containsExactly(object + "/initContainer:setup/mount:/setup");
        assertThat(checked).filteredOn(v -> v.rule().equals("reference.unresolved")).singleElement()
                .extracting(Violation::message).asString().startsWith("init container setup mounts volume 'missing'");
        assertThat(paths(checked, "name.invalid")).containsExactly(object + "/container:?");

        // include refuses what the API server refuses (the nameless container): with the container named, it places alike
        assertThatThrownBy(() -> new Fixture().app.include(file)).hasMessageContaining("[api.field-required] " + object
                + "/spec.template.spec.containers[0].name: line 24: Required value");
        Files.writeString(file, Files.readString(file).replaceAll("(?m)^( *)- image: my-repo/app", "$1- name: app\n$1  image: my-repo/app"));
        Fixture f = new Fixture();
        f.app.include(file);
        assertThat(paths(f.violations(), "reference.unresolved"))
                .containsExactly("shop/" + file + "#L3/Deployment:legacy/initContainer:setup/mount:/setup");
    }

    @Test
    void given_objects_are_placed_under_the_app_and_must_be_complete_to_be_included() throws IOException {
        Fixture f = new Fixture();
        f.app.include(dev.shipshape.internal.yaml.Serialization.yaml().readValue(deployment("given"),
                io.fabric8.kubernetes.api.model.apps.Deployment.class));
        assertThat(paths(f.violations(), "reference.unresolved"))
                .containsExactly("shop/Deployment:given/initContainer:setup/mount:/setup");
        var noName = new io.fabric8.kubernetes.api.model.ConfigMapBuilder().withNewMetadata().endMetadata().build();
        assertThatThrownBy(() -> new Fixture().app.include(noName)).hasMessage("included ConfigMap has no metadata.name");
        var blankName = new io.fabric8.kubernetes.api.model.ConfigMapBuilder().withNewMetadata().withName(" ").endMetadata().build();
        assertThatThrownBy(() -> new Fixture().app.include(blankName)).hasMessage("included ConfigMap has no metadata.name");
        assertThatThrownBy(() -> new Fixture().app.include(new io.fabric8.kubernetes.api.model.ConfigMap()))
                .hasMessage("included ConfigMap has no metadata.name");
        var noVersion = new io.fabric8.kubernetes.api.model.GenericKubernetesResource();
        noVersion.setKind("Widget");
        noVersion.setMetadata(new io.fabric8.kubernetes.api.model.ObjectMetaBuilder().withName("w").build());
        assertThatThrownBy(() -> new Fixture().app.include(noVersion)).hasMessage("included object Widget/w has no apiVersion");
        noVersion.setApiVersion(" ");
        assertThatThrownBy(() -> new Fixture().app.include(noVersion)).hasMessage("included object Widget/w has no apiVersion");
        var noKind = new io.fabric8.kubernetes.api.model.GenericKubernetesResource();
        noKind.setApiVersion("example.com/v1");
        noKind.setMetadata(new io.fabric8.kubernetes.api.model.ObjectMetaBuilder().withName("w").build());
        assertThatThrownBy(() -> new Fixture().app.include(noKind)).hasMessage("included object null/w has no kind");
        noKind.setKind("");
        assertThatThrownBy(() -> new Fixture().app.include(noKind)).hasMessage("included object /w has no kind");
        assertThatThrownBy(() -> new Fixture().app.include((io.fabric8.kubernetes.api.model.HasMetadata) null))
                .hasMessage("an included object must not be null");
        // objects read from files are checked without a name: the API server refuses them, and check says so there
        Path file = Files.writeString(tmp.resolve("nameless.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {}\n");
        assertThat(Shipshape.check(file)).filteredOn(v -> v.rule().equals("name.invalid")).singleElement()
                .satisfies(v -> assertThat(v.path()).isEqualTo(file + "#L1/ConfigMap:?"))
                .extracting(Violation::message).isEqualTo("ConfigMap has neither metadata.name nor metadata.generateName;"
                        + " the API server requires one.");
        assertThatThrownBy(() -> new Fixture().app.include(file)).hasMessage(file + ":1: ConfigMap has no metadata.name");
    }

    @Test
    void the_waiver_annotation_on_an_included_object_silences_that_rule_there_only() {
        Fixture f = new Fixture();
        var d = dev.shipshape.internal.yaml.Serialization.yaml().readValue(deployment("given"),
                io.fabric8.kubernetes.api.model.apps.Deployment.class);
        d.getMetadata().setAnnotations(java.util.Map.of("shipshape.dev/waived.reference.unresolved", "created by an operator"));
        f.app.include(d);
        assertThat(paths(f.violations(), "reference.unresolved")).isEmpty();
        assertThat(paths(f.violations(), "name.invalid")).containsExactly("shop/Deployment:given/container:?");
    }
}
