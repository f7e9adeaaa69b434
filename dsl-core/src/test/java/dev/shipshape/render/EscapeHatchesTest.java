package dev.shipshape.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.WebService;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import dev.shipshape.validation.Severity;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #13: typed customizations, included manifests from files, and {@code Shipshape.check} over existing YAML. */
class EscapeHatchesTest {

    private static final String PINNED = "my-repo/web:1@sha256:" + "f".repeat(64);

    @TempDir
    Path tmp;

    private static Resources resources() {
        return Resources.of(Cpu.millis(250), Memory.mebibytes(256)).limits(Cpu.millis(500), Memory.mebibytes(256));
    }

    private static App app() {
        App app = Shipshape.app("shop");
        app.webService("web", PINNED).port("http", 8080).resources(resources()).readinessProbe(Probe.http("/", "http"));
        return app;
    }

    private static WebService web(App app) {
        return app.webService("api", PINNED).port("http", 8080).resources(resources()).readinessProbe(Probe.http("/", "http"));
    }

    private static <T extends HasMetadata> T only(Manifests m, Class<T> type, String name) {
        return m.objects().stream().filter(type::isInstance).map(type::cast).filter(o -> o.getMetadata().getName().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void a_component_edits_its_own_objects_of_one_kind_and_the_app_edits_every_object_of_a_kind() {
        App app = app();
        web(app).customize(Deployment.class, d -> d.getSpec().getTemplate().getSpec().setPriorityClassName("high"));
        app.customize(Service.class, s -> {
            if (s.getMetadata().getAnnotations() == null) {
                s.getMetadata().setAnnotations(new HashMap<>());
            }
            s.getMetadata().getAnnotations().put("example.com/scrape", "true");
        });
        Manifests m = app.render();
        assertThat(only(m, Deployment.class, "api").getSpec().getTemplate().getSpec().getPriorityClassName()).isEqualTo("high");
        assertThat(only(m, Deployment.class, "web").getSpec().getTemplate().getSpec().getPriorityClassName()).isNull();
        assertThat(m.objects()).filteredOn(o -> o instanceof Service)
                .allSatisfy(s -> assertThat(s.getMetadata().getAnnotations()).containsEntry("example.com/scrape", "true"));
        assertThat(m.toYaml()).as("deterministic").isEqualTo(app.render().toYaml());
    }

    @Test
    void component_edits_run_before_the_apps_each_in_the_order_given() {
        App app = app();
        app.customize(Deployment.class, d -> d.getMetadata().getLabels().put("example.com/order", "app"));
        web(app).customize(Deployment.class, d -> d.getMetadata().getLabels().put("example.com/order", "first"))
                .customize(Deployment.class, d -> d.getMetadata().getLabels().put("example.com/order",
                        d.getMetadata().getLabels().get("example.com/order") + "-second"));
        Deployment api = only(app.render(), Deployment.class, "api");
        assertThat(api.getMetadata().getLabels()).containsEntry("example.com/order", "app");
        App componentOnly = app();
        web(componentOnly).customize(Deployment.class, d -> d.getMetadata().getLabels().put("example.com/order", "first"))
                .customize(Deployment.class, d -> d.getMetadata().getLabels().put("example.com/order",
                        d.getMetadata().getLabels().get("example.com/order") + "-second"));
        assertThat(only(componentOnly.render(), Deployment.class, "api").getMetadata().getLabels())
                .containsEntry("example.com/order", "first-second");
    }

    @Test
    void a_violation_an_edit_introduces_names_the_component_and_the_edit() {
        App app = app();
        web(app).customize(Deployment.class, d -> d.getSpec().getTemplate().getSpec().getContainers().get(0).getResources()
                .getLimits().put("cpu", new Quantity("100m")));
        List<Violation> found = app.validate();
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("resources.requests-exceed-limits");
            assertThat(v.path()).isEqualTo("shop/webService:api/container:api/resources/cpu");
            assertThat(v.message()).endsWith("(introduced by customize(Deployment) of webService:api)");
        });
        App before = app();
        web(before).customize(Deployment.class, d -> d.getMetadata().getLabels().put("example.com/edited", "yes"))
                .resources(Resources.of(Cpu.millis(250), Memory.mebibytes(256)).limits(Cpu.millis(100), Memory.mebibytes(256)));
        assertThat(before.validate()).as("a violation present without the edit is not blamed on it").singleElement()
                .satisfies(v -> assertThat(v.message()).doesNotContain("introduced by"));
    }

    @Test
    void an_edit_that_throws_is_an_illegal_argument_naming_the_edit_and_the_object() {
        App app = app();
        web(app).customize(Deployment.class, d -> {
            throw new IllegalStateException("boom");
        });
        assertThatThrownBy(app::validate).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customize(Deployment) of webService:api failed on Deployment/api")
                .hasMessageContaining("boom");
    }

    @Test
    void customized_objects_are_what_is_written_and_diffed() throws IOException {
        App plain = app();
        web(plain);
        Path dir = tmp.resolve("out");
        plain.render().writeTo(dir);
        App edited = app();
        web(edited).customize(Deployment.class, d -> d.getSpec().getTemplate().getSpec().setPriorityClassName("high"));
        Manifests m = edited.render();
        assertThat(m.diff(dir).rolls()).extracting(RolloutDiff.Roll::workload).containsExactly("Deployment/api");
        m.writeTo(dir);
        assertThat(Files.readString(dir.resolve("deployment-api.yaml"))).contains("priorityClassName: high");
    }

    private Path write(String name, String yaml) throws IOException {
        Path file = tmp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        return file;
    }

    private static final String LEGACY = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: legacy-settings
            data:
              mode: prod
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: legacy
            spec:
              replicas: 2
              selector:
                matchLabels: {app: legacy}
              template:
                metadata:
                  labels: {app: legacy}
                spec:
                  automountServiceAccountToken: false
                  securityContext:
                    runAsNonRoot: true
                    runAsUser: 1000
                    seccompProfile: {type: RuntimeDefault}
                  containers:
                    - name: legacy
                      image: my-repo/legacy:1.0@sha256:%s
                      resources:
                        requests: {cpu: 100m, memory: 64Mi}
                        limits: {cpu: 200m, memory: 64Mi}
                      securityContext:
                        allowPrivilegeEscalation: false
                        readOnlyRootFilesystem: true
                        capabilities: {drop: [ALL]}
                      env:
                        - name: MODE
                          valueFrom: {configMapKeyRef: {name: %s, key: mode}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: legacy
            spec:
              podSelector: {matchLabels: {app: legacy}}
              policyTypes: [Ingress, Egress]
            """;

    @Test
    void included_files_take_part_in_the_checks_with_file_and_line_in_their_paths() throws IOException {
        Path ok = write("k8s/legacy.yaml", LEGACY.formatted("a".repeat(64), "legacy-settings"));
        App app = app();
        app.include(ok);
        assertThat(app.validate()).as("an included ConfigMap satisfies an included configMapKeyRef").isEmpty();
        Manifests m = app.render();
        assertThat(m.objects()).extracting(HasMetadata::getKind).contains("ConfigMap", "Deployment");
        assertThat(m.topology().markdown()).contains("Deployment legacy").contains("(included from " + ok + ")");
        Path out = tmp.resolve("written");
        m.writeTo(out);
        assertThat(Files.readString(out.resolve("kustomization.yaml"))).contains("deployment-legacy.yaml")
                .contains("configmap-legacy-settings.yaml");
        App changed = app();
        changed.include(write("k8s3/legacy.yaml", LEGACY.formatted("b".repeat(64), "legacy-settings")));
        assertThat(changed.render().diff(out).rolls()).extracting(RolloutDiff.Roll::workload).containsExactly("Deployment/legacy");

        Path missing = write("k8s2/legacy.yaml", LEGACY.formatted("a".repeat(64), "nowhere"));
        App broken = app();
        broken.include(missing.getParent());
        assertThat(broken.validate()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("reference.outside-manifests");
            assertThat(v.path()).isEqualTo("shop/" + missing + "#L8/Deployment:legacy/container:legacy/env:MODE");
        });
    }

    @Test
    void an_unreadable_or_invalid_file_is_refused_naming_file_and_line_and_nothing_is_included() throws IOException {
        Path bad = write("bad/app.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n---\nkind: [unclosed\n");
        App app = app();
        assertThatThrownBy(() -> app.include(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(bad + ":").hasMessageContaining("not valid YAML");
        assertThat(app.model().included()).isEmpty();
        Path noKind = write("nokind/app.yaml", "apiVersion: v1\nmetadata:\n  name: x\n");
        assertThatThrownBy(() -> app.include(noKind)).hasMessage(noKind + ":1: the object has no kind; every Kubernetes object"
                + " names its apiVersion and kind");
        assertThatThrownBy(() -> app.include(tmp.resolve("absent.yaml"))).hasMessageContaining("cannot read " + tmp.resolve("absent.yaml"));
        assertThatThrownBy(() -> Shipshape.check()).hasMessageContaining("at least one file or directory");
    }

    @Test
    void check_reads_directories_lists_and_custom_resources_and_skips_kustomizations() throws IOException {
        write("mixed/a.yaml", """
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: v1
                    kind: ConfigMap
                    metadata: {name: one}
                  - apiVersion: monitoring.coreos.com/v1
                    kind: ServiceMonitor
                    metadata: {name: web}
                    spec: {endpoints: [{port: http}]}
                """);
        write("mixed/kustomization.yaml", "resources: [a.yaml]\n");
        write("mixed/notes.txt", "not a manifest\n");
        // nothing wrong; the custom resource is said to be unchecked (information), at its own line in the List
        assertThat(Shipshape.check(tmp.resolve("mixed"))).singleElement()
                .extracting(Violation::rule, Violation::severity, Violation::path)
                .containsExactly("api.unchecked", Severity.INFO, tmp.resolve("mixed/a.yaml") + "#L7/ServiceMonitor:web");
        App app = app();
        app.include(tmp.resolve("mixed"));
        assertThat(app.model().included()).extracting(o -> o.object().getKind()).containsExactly("ConfigMap", "ServiceMonitor");
        assertThat(app.model().included().get(1).object()).isInstanceOf(io.fabric8.kubernetes.api.model.GenericKubernetesResource.class);
    }

    @Test
    void check_finds_no_error_in_shipshapes_own_output() throws IOException {
        Path dir = tmp.resolve("own");
        RenderTest.sample().render().writeTo(dir);
        List<Violation> found = Shipshape.check(dir);
        assertThat(found).noneMatch(Violation::isError);
        assertThat(found).allSatisfy(v -> assertThat(v.path()).startsWith(dir.toString()));
    }

    @Test
    void an_edit_to_an_object_a_customization_kept_changes_nothing_after_render() {
        App app = app();
        java.util.concurrent.atomic.AtomicReference<Deployment> kept = new java.util.concurrent.atomic.AtomicReference<>();
        web(app).customize(Deployment.class, d -> {
            d.getMetadata().getLabels().put("example.com/edited", "yes");
            kept.set(d);
        });
        Manifests m = app.render();
        String yaml = m.toYaml();
        List<String> documents = m.documents();
        String objects = m.objects().toString();
        kept.get().getSpec().setReplicas(99);
        kept.get().getMetadata().getLabels().put("example.com/later", "sneaked in");
        assertThat(yaml).contains("example.com/edited: \"yes\"");
        assertThat(m.toYaml()).isEqualTo(yaml).doesNotContain("sneaked in");
        assertThat(m.documents()).isEqualTo(documents);
        assertThat(m.objects().toString()).isEqualTo(objects);
    }

    @Test
    void errors_a_customization_throws_are_reported_naming_it_and_the_object() {
        for (Runnable thrower : List.<Runnable>of(() -> {
            throw new AssertionError("assumed wrong");
        }, () -> recurse(0), () -> {
            throw new NoClassDefFoundError("com/example/Missing");
        })) {
            App app = app();
            web(app).customize(Deployment.class, d -> thrower.run());
            assertThatThrownBy(app::render).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("customize(Deployment) of webService:api failed on Deployment/api: java.lang.");
        }
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    @Test
    void an_included_object_that_contains_itself_is_refused_plainly() {
        io.fabric8.kubernetes.api.model.GenericKubernetesResource loop = new io.fabric8.kubernetes.api.model.GenericKubernetesResource();
        loop.setApiVersion("example.com/v1");
        loop.setKind("Widget");
        loop.setMetadata(new io.fabric8.kubernetes.api.model.ObjectMetaBuilder().withName("loop").build());
        java.util.Map<String, Object> spec = new HashMap<>();
        spec.put("self", spec);
        loop.setAdditionalProperty("spec", spec);
        assertThatThrownBy(() -> app().include(loop)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("included Widget loop cannot be copied (")
                .hasMessageEndingWith("); does a map or list of it contain itself?");
    }
}
