package dev.shipshape.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Config;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.StatefulStore;
import dev.shipshape.dsl.WebService;
import dev.shipshape.internal.lang.KustomizeHash;
import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import dev.shipshape.units.Storage;
import dev.shipshape.validation.InvalidAppException;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RenderTest {

    static App sample() {
        App app = Shipshape.app("journal").namespace("journal");
        SecretRef auth = app.externalSecret("redis-passwd", "passwd");
        Config cfg = app.config("frontend-config").entry("journalEntries", "10");
        StatefulStore redis = app.statefulStore("redis", "redis:7.2.4-alpine").replicas(3).port("redis", 6379)
                .volume("data", "/data", Storage.gibibytes(10)).mount(auth, "/etc/redis-passwd")
                .resources(Resources.of(Cpu.millis(250), Memory.mebibytes(256)).limits(Cpu.millis(500), Memory.mebibytes(256)));
        WebService frontend = app.webService("frontend", "my-repo/journal-server:v1.0.1").port("http", 8080)
                .resources(Resources.of(Cpu.millis(500), Memory.gibibytes(1)).limits(Cpu.cores(1), Memory.gibibytes(1)))
                .env("JOURNAL_ENTRIES", cfg.key("journalEntries"))
                .env("REDIS_HOST", redis.primaryHost())
                .env("REDIS_FQDN", redis.primaryHost().fqdn())
                .env("REDIS_READ", redis.readHost())
                .env("REDIS_PASSWORD", auth.key("passwd"))
                .readinessProbe(Probe.http("/api", "http"))
                .autoscale(Autoscaling.between(2, 10));
        var files = app.staticSite("fileserver", "my-repo/static-files:v1").replicas(2)
                .resources(Resources.of(Cpu.millis(100), Memory.mebibytes(64)).limits(Cpu.millis(200), Memory.mebibytes(64)));
        app.ingress("frontend-ingress").host("journal.example.com").route("/api", frontend).route("/", files);
        return app;
    }

    @Test
    void renders_in_the_documented_kind_order_then_by_name() {
        List<String> order = sample().render().objects().stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList();
        String hash = KustomizeHash.of(new TreeMap<>(Map.of("journalEntries", "10")));
        assertThat(order).containsExactly(
                "Namespace/journal",
                "ServiceAccount/fileserver", "ServiceAccount/frontend", "ServiceAccount/redis",
                "ConfigMap/frontend-config-" + hash,
                "Service/fileserver", "Service/frontend", "Service/redis", "Service/redis-read",
                "Deployment/fileserver", "Deployment/frontend",
                "StatefulSet/redis",
                "HorizontalPodAutoscaler/frontend",
                "PodDisruptionBudget/fileserver", "PodDisruptionBudget/frontend", "PodDisruptionBudget/redis",
                "NetworkPolicy/allow-dns", "NetworkPolicy/default-deny",
                "NetworkPolicy/fileserver", "NetworkPolicy/frontend", "NetworkPolicy/redis",
                "Ingress/frontend-ingress");
    }

    @Test
    void rendering_twice_gives_identical_bytes() {
        assertThat(sample().render().toYaml()).isEqualTo(sample().render().toYaml());
        assertThat(sample().render().toJson()).isEqualTo(sample().render().toJson());
    }

    @Test
    void versioned_config_is_immutable_and_every_reference_uses_the_versioned_name() {
        Manifests m = sample().render();
        ConfigMap cm = (ConfigMap) find(m, "ConfigMap", null);
        assertThat(cm.getImmutable()).isTrue();
        assertThat(cm.getMetadata().getName()).matches("frontend-config-[a-z0-9]{10}");
        Deployment d = (Deployment) find(m, "Deployment", "frontend");
        var env = d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv();
        assertThat(env.get(0).getValueFrom().getConfigMapKeyRef().getName()).isEqualTo(cm.getMetadata().getName());
        assertThat(env).extracting(e -> e.getName() + "=" + e.getValue()).contains(
                "REDIS_HOST=redis-0.redis", "REDIS_FQDN=redis-0.redis.journal.svc.cluster.local", "REDIS_READ=redis-read");
        assertThat(env.get(4).getValueFrom().getSecretKeyRef().getName()).isEqualTo("redis-passwd");
    }

    @Test
    void hpa_owns_the_replica_count_and_selectors_use_only_stable_labels() {
        Manifests m = sample().render();
        Deployment d = (Deployment) find(m, "Deployment", "frontend");
        assertThat(d.getSpec().getReplicas()).isNull();
        assertThat(d.getSpec().getSelector().getMatchLabels()).containsOnly(
                Map.entry("app.kubernetes.io/name", "frontend"), Map.entry("app.kubernetes.io/part-of", "journal"));
        assertThat(d.getMetadata().getLabels()).containsEntry("app.kubernetes.io/managed-by", "shipshape")
                .containsEntry("app.kubernetes.io/component", "web-service");
        assertThat(d.getMetadata().getNamespace()).isEqualTo("journal");
    }

    @Test
    void a_store_is_a_statefulset_with_its_headless_governing_service_and_a_read_service() {
        Manifests m = sample().render();
        StatefulSet sts = (StatefulSet) find(m, "StatefulSet", "redis");
        Service headless = (Service) find(m, "Service", "redis");
        Service read = (Service) find(m, "Service", "redis-read");
        assertThat(sts.getSpec().getServiceName()).isEqualTo(headless.getMetadata().getName());
        assertThat(headless.getSpec().getClusterIP()).isEqualTo("None");
        assertThat(read.getSpec().getClusterIP()).isNull();
        assertThat(sts.getSpec().getVolumeClaimTemplates()).singleElement()
                .satisfies(pvc -> assertThat(pvc.getSpec().getResources().getRequests().get("storage").toString()).isEqualTo("10Gi"));
        assertThat(headless.getSpec().getSelector()).isEqualTo(sts.getSpec().getSelector().getMatchLabels());
    }

    @Test
    void ingress_backends_are_the_targets_services_and_ports() {
        Ingress ing = (Ingress) find(sample().render(), "Ingress", "frontend-ingress");
        var paths = ing.getSpec().getRules().get(0).getHttp().getPaths();
        assertThat(paths).extracting(p -> p.getPath() + " -> " + p.getBackend().getService().getName() + ":"
                + p.getBackend().getService().getPort().getName()).containsExactly("/api -> frontend:http", "/ -> fileserver:http");
    }

    @Test
    void render_reports_every_error_at_once() {
        App app = Shipshape.app("journal");
        WebService web = app.webService("web", "my-repo/web:v1").port("http", 8080)
                .resources(Resources.of(Cpu.cores(2), Memory.gibibytes(1)).limits(Cpu.cores(1), Memory.gibibytes(1)));
        Config cfg = app.config("cfg").entry("a", "1").unversioned();
        web.mount(cfg, "/etc/cfg");
        app.ingress("web").route("/", web).route("/api", web);
        assertThatThrownBy(app::render).isInstanceOfSatisfying(InvalidAppException.class, e -> {
            assertThat(e.errors()).extracting(Violation::rule).containsExactly(
                    "config.unversioned-name", "ingress.path-order", "resources.requests-exceed-limits");
            assertThat(e.getMessage()).contains("has 3 errors").contains("Fix: put the more specific route first");
        });
    }

    @Test
    void nothing_the_caller_holds_changes_rendered_output() {
        App app = sample();
        Manifests m = app.render();
        String before = m.toYaml();
        m.objects().get(0).getMetadata().setName("hacked");
        app.webService("late", "my-repo/late:v1").port("http", 80);
        app.policy(dev.shipshape.validation.Policy.strict());
        assertThat(m.toYaml()).isEqualTo(before);
        assertThat(m.objects().get(0).getMetadata().getName()).isEqualTo("journal");
        assertThat(app.model().workloads()).hasSize(4);
    }

    @Test
    void json_is_a_v1_list_of_the_same_objects() {
        Manifests m = sample().render();
        assertThat(m.toJson()).startsWith("{\n  \"apiVersion\" : \"v1\",\n  \"kind\" : \"List\"");
        assertThat(m.toJson()).contains("\"name\" : \"frontend-ingress\"");
    }

    private static HasMetadata find(Manifests m, String kind, String name) {
        return m.objects().stream().filter(o -> o.getKind().equals(kind) && (name == null || o.getMetadata().getName().equals(name)))
                .findFirst().orElseThrow();
    }
}
