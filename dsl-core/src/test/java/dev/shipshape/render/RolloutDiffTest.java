package dev.shipshape.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.WebService;
import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RolloutDiffTest {

    @TempDir
    Path tmp;

    private static Manifests render(String entries, String image, int maxReplicas) {
        App app = Shipshape.app("shop");
        var cfg = app.config("web-config").entry("entries", entries);
        WebService web = app.webService("web", image).port("http", 8080)
                .resources(Resources.of(Cpu.millis(100), Memory.mebibytes(64)).limits(Cpu.millis(200), Memory.mebibytes(64)))
                .env("ENTRIES", cfg.key("entries")).readinessProbe(Probe.http("/", "http"))
                .autoscale(Autoscaling.between(2, maxReplicas));
        app.webService("worker", "my-repo/worker:1").replicas(2).port("http", 8080)
                .resources(Resources.of(Cpu.millis(100), Memory.mebibytes(64)).limits(Cpu.millis(200), Memory.mebibytes(64)));
        app.ingress("edge").route("/", web);
        return app.render();
    }

    @Test
    void a_config_change_renames_the_configmap_and_rolls_exactly_its_consumers() {
        Manifests before = render("10", "my-repo/web:1", 5);
        Manifests after = render("20", "my-repo/web:1", 5);
        RolloutDiff d = after.diff(before);
        assertThat(d.rolls()).extracting(RolloutDiff.Roll::workload).containsExactly("Deployment/web");
        assertThat(d.rolls().get(0).reason()).matches("reads ConfigMap web-config-\\w{10} instead of web-config-\\w{10}");
        assertThat(d.describe()).contains("3 objects changed: 1 added, 1 removed, 1 modified")
                .containsPattern("ConfigMap web-config-\\w{10} → web-config-\\w{10} \\(content of config web-config changed\\)");
    }

    @Test
    void a_change_outside_pod_templates_rolls_nothing_and_says_so() {
        RolloutDiff d = render("10", "my-repo/web:1", 9).diff(render("10", "my-repo/web:1", 5));
        assertThat(d.rolls()).isEmpty();
        assertThat(d.describe()).contains("HorizontalPodAutoscaler/web changed; no pod rolls because of it").contains("no workload rolls");
    }

    @Test
    void an_image_change_rolls_and_no_change_is_said_plainly() throws IOException {
        Path dir = tmp.resolve("out");
        render("10", "my-repo/web:1", 5).writeTo(dir);
        assertThat(render("10", "my-repo/web:1", 5).diff(dir).describe()).isEqualTo("no changes since the previous render\n");
        RolloutDiff d = render("10", "my-repo/web:2", 5).diff(dir);
        assertThat(d.rolls()).containsExactly(new RolloutDiff.Roll("Deployment/web", "image my-repo/web:1 → my-repo/web:2"));
        RolloutDiff first = render("10", "my-repo/web:1", 5).diff(tmp.resolve("missing"));
        assertThat(first.isFirstRender()).isTrue();
        assertThat(first.changes()).hasSize(render("10", "my-repo/web:1", 5).size());
        assertThat(first.describe()).isEqualTo("first render: " + first.changes().size() + " objects added\n");
        assertThat(d.isFirstRender()).isFalse();
    }

    /** Fields the API types as 64-bit (a Job's activeDeadlineSeconds) read back from YAML as ints: still no change. */
    @Test
    void numbers_read_back_from_yaml_compare_equal_to_the_rendered_ones() throws IOException {
        Path dir = tmp.resolve("jobs");
        java.util.function.Supplier<Manifests> app = () -> {
            App a = Shipshape.app("shop");
            a.job("migrate", "my-repo/migrate:1").activeDeadline(java.time.Duration.ofMinutes(10))
                    .resources(Resources.of(Cpu.millis(100), Memory.mebibytes(64)).limits(Cpu.millis(200), Memory.mebibytes(64)));
            a.cronJob("backup", "my-repo/backup:1").schedule("@daily").startingDeadline(java.time.Duration.ofMinutes(5))
                    .resources(Resources.of(Cpu.millis(100), Memory.mebibytes(64)).limits(Cpu.millis(200), Memory.mebibytes(64)));
            return a.render();
        };
        app.get().writeTo(dir);
        assertThat(app.get().diff(dir).describe()).isEqualTo("no changes since the previous render\n");
    }
}
