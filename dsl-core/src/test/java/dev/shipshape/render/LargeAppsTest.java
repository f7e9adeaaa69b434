package dev.shipshape.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Ingress;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.WebService;
import dev.shipshape.internal.yaml.Serialization;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An app large enough that its renderer compacts the objects it keeps (thousands of objects) writes what the
 * uncompacted objects write, and hands users ordinary objects.
 */
class LargeAppsTest {

    private static App services(int n) {
        App app = Shipshape.app("big").namespace("big");
        Ingress ingress = app.ingress("web").host("big.example.com");
        for (int i = 0; i < n; i++) {
            WebService w = app.webService("svc" + i, "my-repo/svc:1.0@sha256:" + "a".repeat(64)).port("http", 8080)
                    .resources(Resources.of(Cpu.millis(50), Memory.mebibytes(64)).limits(Cpu.millis(100), Memory.mebibytes(64)))
                    .env("MODE", app.config("svc" + i + "-config").entry("mode", "m" + i).key("mode"))
                    .readinessProbe(Probe.http("/ready", "http"));
            ingress.route("/svc" + i, w);
        }
        return app;
    }

    @Test
    void a_large_app_writes_what_its_objects_copied_back_write() {
        Manifests m = services(400).render();
        assertThat(m.size()).isGreaterThan(2_000);
        List<HasMetadata> copies = m.objects();
        List<String> documents = m.documents();
        for (int i = 0; i < copies.size(); i++) {
            assertThat(documents.get(i)).isEqualTo(Serialization.yaml().writeValueAsString(copies.get(i)));
        }
        Deployment last = (Deployment) copies.stream().filter(o -> o instanceof Deployment d
                && d.getMetadata().getName().equals("svc399")).findFirst().orElseThrow();
        assertThat(last.getMetadata().getOwnerReferences()).as("a copy users get has its empty lists").isNotNull().isEmpty();
        assertThat(last.getMetadata().getAdditionalProperties()).isNotNull();
    }
}
