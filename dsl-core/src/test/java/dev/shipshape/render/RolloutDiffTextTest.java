package dev.shipshape.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.internal.yaml.Serialization;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import dev.shipshape.units.Storage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The rollout diff's report, word for word and number for number: each kind of change (image, resources, other
 * template fields, fields outside the template, added and removed objects, a renamed ConfigMap) and each count.
 */
class RolloutDiffTextTest {

    /** What varies between two renders of one small app. */
    static final class Spec {
        String image = "my-repo/web:1";
        int cpuMillis = 100;
        String mode = "fast";
        int workerReplicas = 2;
        int storeReplicas = 1;
        boolean sidecar;
        boolean extraService;
        boolean extraConfig;

        Spec with(Consumer<Spec> change) {
            Spec s = new Spec();
            s.image = image;
            s.cpuMillis = cpuMillis;
            s.mode = mode;
            s.workerReplicas = workerReplicas;
            s.storeReplicas = storeReplicas;
            s.sidecar = sidecar;
            s.extraService = extraService;
            s.extraConfig = extraConfig;
            change.accept(s);
            return s;
        }

        Manifests render() {
            App app = Shipshape.app("shop");
            var web = app.webService("web", image).replicas(2).port("http", 8080)
                    .resources(Resources.of(Cpu.millis(cpuMillis), Memory.mebibytes(64))
                            .limits(Cpu.millis(200), Memory.mebibytes(64)))
                    .env("MODE", mode).readinessProbe(Probe.http("/", "http"));
            if (sidecar) {
                web.sidecar("proxy", "my-repo/proxy:1", c -> c.resources(Resources.of(Cpu.millis(50), Memory.mebibytes(32))
                        .limits(Cpu.millis(50), Memory.mebibytes(32))));
            }
            app.worker("worker", "my-repo/worker:1").replicas(workerReplicas)
                    .resources(Resources.of(Cpu.millis(100), Memory.mebibytes(64)).limits(Cpu.millis(200), Memory.mebibytes(64)));
            app.statefulStore("db", "postgres:16").replicas(storeReplicas).port("pg", 5432)
                    .volume("data", "/var/lib/postgresql", Storage.gibibytes(1))
                    .resources(Resources.of(Cpu.millis(100), Memory.mebibytes(64)).limits(Cpu.millis(200), Memory.mebibytes(64)))
                    .readinessProbe(Probe.tcp("pg"));
            if (extraService) {
                app.webService("api", "my-repo/api:1").replicas(2).port("http", 8080)
                        .resources(Resources.of(Cpu.millis(100), Memory.mebibytes(64)).limits(Cpu.millis(200), Memory.mebibytes(64)))
                        .readinessProbe(Probe.http("/", "http"));
            }
            if (extraConfig) {
                app.config("flags").entry("beta", "on");
            }
            return app.render();
        }
    }

    private static String diff(Spec before, Spec after) {
        return after.render().diff(before.render()).describe();
    }

    @Test
    void a_new_image_rolls_its_workload_and_names_both_images() {
        Spec base = new Spec();
        assertThat(diff(base, base.with(s -> s.image = "my-repo/web:2"))).isEqualTo("""
                1 object changed: 0 added, 0 removed, 1 modified
                  Deployment/web rolls: image my-repo/web:1 → my-repo/web:2
                """);
    }

    @Test
    void new_resources_roll_and_an_image_with_them_gives_both_reasons() {
        Spec base = new Spec();
        assertThat(diff(base, base.with(s -> s.cpuMillis = 150))).isEqualTo("""
                1 object changed: 0 added, 0 removed, 1 modified
                  Deployment/web rolls: resources changed
                """);
        assertThat(diff(base, base.with(s -> {
            s.cpuMillis = 150;
            s.image = "my-repo/web:3";
        }))).isEqualTo("""
                1 object changed: 0 added, 0 removed, 1 modified
                  Deployment/web rolls: image my-repo/web:1 → my-repo/web:3; resources changed
                """);
    }

    @Test
    void another_template_change_names_the_part_of_the_template_that_changed() {
        Spec base = new Spec();
        assertThat(diff(base, base.with(s -> s.mode = "safe"))).isEqualTo("""
                1 object changed: 0 added, 0 removed, 1 modified
                  Deployment/web rolls: pod template changed (spec.containers)
                """);
        // a sidecar more (a native sidecar: an init container that keeps running): the main containers agree
        assertThat(diff(base, base.with(s -> s.sidecar = true))).isEqualTo("""
                1 object changed: 0 added, 0 removed, 1 modified
                  Deployment/web rolls: pod template changed (spec.initContainers)
                """);
    }

    @Test
    void replicas_change_outside_the_template_and_roll_nothing() {
        Spec base = new Spec();
        assertThat(diff(base, base.with(s -> s.workerReplicas = 3))).isEqualTo("""
                1 object changed: 0 added, 0 removed, 1 modified
                  Deployment/worker changed outside its pod template (spec.replicas); no pod rolls
                  no workload rolls
                """);
        Spec twoStores = base.with(s -> s.storeReplicas = 2);
        assertThat(diff(twoStores, twoStores.with(s -> s.storeReplicas = 3))).isEqualTo("""
                1 object changed: 0 added, 0 removed, 1 modified
                  StatefulSet/db changed outside its pod template (spec.replicas); no pod rolls
                  no workload rolls
                """);
        // from one replica to several, the pods also spread over nodes and zones: the template changes, and a
        // disruption budget is added
        assertThat(diff(base, twoStores)).isEqualTo("""
                2 objects changed: 1 added, 0 removed, 1 modified
                  StatefulSet/db rolls: pod template changed (spec.topologySpreadConstraints)
                """);
    }

    @Test
    void added_and_removed_objects_are_counted_apart_from_modified_ones() {
        Spec base = new Spec();
        Spec bigger = base.with(s -> s.extraService = true);
        Manifests small = base.render();
        Manifests big = bigger.render();
        int extra = big.size() - small.size();
        assertThat(extra).isGreaterThan(1);
        RolloutDiff grown = big.diff(small);
        assertThat(grown.changes()).hasSize(extra + modified(grown))
                .filteredOn(c -> c.change() == RolloutDiff.Kind.ADDED).hasSize(extra)
                .allSatisfy(c -> assertThat(c.name()).contains("api"));
        assertThat(grown.describe()).startsWith(grown.changes().size() + " objects changed: " + extra + " added, 0 removed, "
                + modified(grown) + " modified\n");
        RolloutDiff shrunk = small.diff(big);
        assertThat(shrunk.describe()).startsWith(shrunk.changes().size() + " objects changed: 0 added, " + extra
                + " removed, " + modified(shrunk) + " modified\n");
        assertThat(shrunk.isEmpty()).isFalse();
        assertThat(small.diff(base.render()).isEmpty()).isTrue();
    }

    private static int modified(RolloutDiff d) {
        return (int) d.changes().stream().filter(c -> c.change() == RolloutDiff.Kind.CHANGED).count();
    }

    @Test
    void a_new_config_is_added_without_a_rename_note() {
        Spec base = new Spec();
        String text = diff(base, base.with(s -> s.extraConfig = true));
        assertThat(text).startsWith("1 object changed: 1 added, 0 removed, 0 modified\n").doesNotContain("→")
                .endsWith("  no workload rolls\n");
    }

    private static JsonNode yaml(String yaml) {
        return Serialization.readTree(yaml);
    }

    @Test
    void config_maps_without_a_name_label_pair_by_their_names_and_one_object_is_singular() {
        Map<String, JsonNode> before = new LinkedHashMap<>();
        Map<String, JsonNode> after = new LinkedHashMap<>();
        before.put("ConfigMap/a-1", yaml("kind: ConfigMap\nmetadata:\n  name: a-1\ndata:\n  k: v\n"));
        after.put("ConfigMap/a-2", yaml("kind: ConfigMap\nmetadata:\n  name: a-2\ndata:\n  k: w\n"));
        // unlabelled: each is its own config, so no rename is reported
        assertThat(RolloutDiff.between(before, after).describe()).isEqualTo("""
                2 objects changed: 1 added, 1 removed, 0 modified
                  no workload rolls
                """);
        before.put("ConfigMap/a-1", yaml("kind: ConfigMap\nmetadata:\n  name: a-1\n  labels:\n    app.kubernetes.io/name: a\n"));
        after.put("ConfigMap/a-2", yaml("kind: ConfigMap\nmetadata:\n  name: a-2\n  labels:\n    app.kubernetes.io/name: a\n"));
        assertThat(RolloutDiff.between(before, after).describe()).isEqualTo("""
                2 objects changed: 1 added, 1 removed, 0 modified
                  ConfigMap a-1 → a-2 (content of config a changed)
                  no workload rolls
                """);
        assertThat(RolloutDiff.between(Map.of(), after).describe()).isEqualTo("first render: 1 object added\n");
        assertThat(RolloutDiff.between(before, Map.of()).describe()).isEqualTo("""
                1 object changed: 0 added, 1 removed, 0 modified
                  no workload rolls
                """);
        assertThat(RolloutDiff.between(after, after).describe()).isEqualTo("no changes since the previous render\n");
        assertThat(RolloutDiff.between(after, after).toString()).isEqualTo("no changes since the previous render\n");
    }

    @Test
    void a_config_map_changed_in_place_rolls_nothing_and_adds_no_note() {
        Map<String, JsonNode> before = Map.of("ConfigMap/a", yaml("kind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: v\n"));
        Map<String, JsonNode> after = Map.of("ConfigMap/a", yaml("kind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: w\n"));
        assertThat(RolloutDiff.between(before, after).describe()).isEqualTo("""
                1 object changed: 0 added, 0 removed, 1 modified
                  no workload rolls
                """);
    }

    @Test
    void a_template_reading_a_config_map_through_a_volume_rolls_when_that_name_changes() {
        String deployment = """
                kind: Deployment
                metadata:
                  name: web
                spec:
                  replicas: 1
                  template:
                    spec:
                      containers:
                      - name: web
                        image: web:1
                      volumes:
                      - name: cfg
                        configMap:
                          name: %s
                """;
        Map<String, JsonNode> before = Map.of("Deployment/web", yaml(deployment.formatted("cfg-1")));
        Map<String, JsonNode> after = Map.of("Deployment/web", yaml(deployment.formatted("cfg-2")));
        RolloutDiff d = RolloutDiff.between(before, after);
        assertThat(d.rolls()).containsExactly(new RolloutDiff.Roll("Deployment/web", "reads ConfigMap cfg-2 instead of cfg-1"));
        // a ConfigMap read for the first time: no "instead of"
        Map<String, JsonNode> none = Map.of("Deployment/web", yaml(deployment.replace("""
                      volumes:
                      - name: cfg
                        configMap:
                          name: %s
                """, "")));
        assertThat(RolloutDiff.between(none, after).rolls())
                .containsExactly(new RolloutDiff.Roll("Deployment/web", "reads ConfigMap cfg-2"));
        // a changed field next to the template and in it: the template's reason wins, nothing else is said
        assertThat(RolloutDiff.between(before, after).describe()).isEqualTo("""
                1 object changed: 0 added, 0 removed, 1 modified
                  Deployment/web rolls: reads ConfigMap cfg-2 instead of cfg-1
                """);
    }
}
