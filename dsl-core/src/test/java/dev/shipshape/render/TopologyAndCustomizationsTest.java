package dev.shipshape.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.model.PathType;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import dev.shipshape.units.Storage;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the diagram shows of each component, and customizations of configs, secrets and ingresses taking effect. */
class TopologyAndCustomizationsTest {

    private static final String IMAGE = "my-repo/x:1@sha256:" + "a".repeat(64);
    private static final Resources RESOURCES = Resources.of(Cpu.millis(100), Memory.mebibytes(64))
            .limits(Cpu.millis(200), Memory.mebibytes(64));

    private static App app() {
        App app = Shipshape.app("shop").namespace("shop");
        var dev = app.developmentSecret("dev-creds", Map.of("token", "t"));
        var tls = app.externalSecret("tls", "tls.crt", "tls.key");
        var cfg = app.config("web-config").entry("mode", "fast");
        var db = app.statefulStore("db", IMAGE).replicas(2).port("pg", 5432).volume("data", "/data", Storage.gibibytes(1))
                .resources(RESOURCES).readinessProbe(Probe.tcp("pg"));
        var web = app.webService("web", IMAGE).replicas(2).port("http", 8080, 80).resources(RESOURCES)
                .readinessProbe(Probe.http("/", "http")).env("MODE", cfg.key("mode")).env("TOKEN", dev.key("token"))
                .env("DB", db.readHost()).mount(cfg, "/etc/web");
        app.ingress("edge").host("shop.example.com").tls(tls).route("/health", web, PathType.EXACT).route("/", web);
        return app;
    }

    @Test
    void the_diagram_names_hosts_tls_exact_routes_mapped_ports_read_services_volumes_and_secret_kinds() {
        String md = app().render().topology().markdown();
        assertThat(md).contains("Ingress edge").contains("shop.example.com").contains("TLS: tls")
                .contains("/health (exact) → :http").contains("http:80→8080").contains("Service db (headless)")
                .contains("Service db-read").contains("PersistentVolumeClaim data-db-N").contains("1Gi per pod")
                .contains("mount /data").contains("Secret dev-creds (development)").contains("env TOKEN")
                .contains("env MODE").contains("mount /etc/web").contains("DB=db-read");
        assertThat(md).contains("shop (namespace shop)");
    }

    private static <T extends HasMetadata> T only(Manifests m, Class<T> type) {
        return m.objects().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    @Test
    void customizations_of_configs_secrets_and_ingresses_take_effect() {
        App app = Shipshape.app("shop");
        var cfg = app.config("cfg").entry("a", "1")
                .customize(ConfigMap.class, cm -> cm.getMetadata().getAnnotations().put("example.com/by", "config"));
        var dev = app.developmentSecret("dev", Map.of("k", "v"))
                .customize(Secret.class, s -> s.getMetadata().getLabels().put("example.com/by", "secret"));
        var web = app.webService("web", IMAGE).replicas(2).port("http", 8080).resources(RESOURCES)
                .readinessProbe(Probe.http("/", "http")).env("A", cfg.key("a")).env("K", dev.key("k"));
        app.ingress("edge").route("/", web)
                .customize(Ingress.class, i -> i.getMetadata().getAnnotations().put("example.com/by", "ingress"));
        Manifests m = app.render();
        assertThat(only(m, ConfigMap.class).getMetadata().getAnnotations()).containsEntry("example.com/by", "config");
        assertThat(only(m, Secret.class).getMetadata().getLabels()).containsEntry("example.com/by", "secret");
        assertThat(only(m, Ingress.class).getMetadata().getAnnotations()).containsEntry("example.com/by", "ingress");
    }
}
