package dev.shipshape.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.CronOptions;
import dev.shipshape.model.JobOptions;
import dev.shipshape.model.PathType;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.model.RollingUpdate;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import dev.shipshape.units.Storage;
import dev.shipshape.validation.Policy;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The builders as users chain them: every fluent method returns the builder it was called on (the Javadoc's "this
 * builder, for chaining"), each numeric setter at its limit on both sides, and the value types' equality and text.
 */
class DslBuildersTest {

    private static final String IMAGE = "my-repo/x:1@sha256:" + "a".repeat(64);
    private static final Resources RESOURCES = Resources.of(Cpu.millis(100), Memory.mebibytes(64))
            .limits(Cpu.millis(200), Memory.mebibytes(64));

    @Test
    void every_fluent_method_returns_its_builder() {
        App app = Shipshape.app("shop");
        assertThat(app.namespace("shop")).isSameAs(app);
        assertThat(app.label("example.com/team", "a")).isSameAs(app);
        assertThat(app.policy(Policy.strict())).isSameAs(app);
        assertThat(app.ingressControllerNamespace("ingress-nginx")).isSameAs(app);
        assertThat(app.ingressControllerPods("app", "nginx")).isSameAs(app);
        assertThat(app.customize(ConfigMap.class, c -> { })).isSameAs(app);
        assertThat(app.include()).isSameAs(app);

        SecretRef secret = app.externalSecret("db", "password");
        assertThat(secret.waive("secret.development-data", "a demo")).isSameAs(secret);
        assertThat(secret.customize(io.fabric8.kubernetes.api.model.Secret.class, s -> { })).isSameAs(secret);
        Config cfg = app.config("cfg");
        assertThat(cfg.entry("a", "1")).isSameAs(cfg);
        assertThat(cfg.entries(Map.of("b", "2"))).isSameAs(cfg);
        assertThat(cfg.version("v1")).isSameAs(cfg);
        assertThat(cfg.waive("config.unversioned-name", "read by an operator")).isSameAs(cfg);
        assertThat(cfg.customize(ConfigMap.class, c -> { })).isSameAs(cfg);
        assertThat(app.config("plain").unversioned()).isNotNull();

        WebService web = app.webService("web", IMAGE);
        assertThat(web.replicas(2)).isSameAs(web);
        assertThat(web.spreadAcrossZones(false)).isSameAs(web);
        assertThat(web.rollingUpdate(RollingUpdate.pods(1, 0))).isSameAs(web);
        assertThat(web.port("http", 8080)).isSameAs(web);
        assertThat(web.port("admin", 9090, 90)).isSameAs(web);
        assertThat(web.resources(RESOURCES)).isSameAs(web);
        assertThat(web.env("MODE", "fast")).isSameAs(web);
        assertThat(web.env("A", cfg.key("a"))).isSameAs(web);
        assertThat(web.env("PW", secret.key("password"))).isSameAs(web);
        assertThat(web.mount(cfg, "/etc/cfg")).isSameAs(web);
        assertThat(web.mount(secret, "/etc/secret")).isSameAs(web);
        assertThat(web.readinessProbe(Probe.http("/", "http"))).isSameAs(web);
        assertThat(web.livenessProbe(Probe.tcp("http"))).isSameAs(web);
        assertThat(web.startupProbe(Probe.tcp("http"))).isSameAs(web);
        assertThat(web.command("/app")).isSameAs(web);
        assertThat(web.args("--fast")).isSameAs(web);
        assertThat(web.writablePath("/tmp")).isSameAs(web);
        assertThat(web.writableRootFilesystem("legacy app writes everywhere")).isSameAs(web);
        assertThat(web.addCapability("NET_BIND_SERVICE", "binds port 80")).isSameAs(web);
        assertThat(web.runAsUser(1000)).isSameAs(web);
        assertThat(web.runAsRoot("legacy image")).isSameAs(web);
        assertThat(web.serviceAccountToken()).isSameAs(web);
        assertThat(web.egressTo("10.0.0.0/8", 443)).isSameAs(web);
        assertThat(web.label("example.com/tier", "front")).isSameAs(web);
        assertThat(web.annotation("example.com/owner", "web")).isSameAs(web);
        assertThat(web.sidecar("proxy", IMAGE, c -> c.resources(RESOURCES))).isSameAs(web);
        assertThat(web.initContainer("migrate", IMAGE, c -> c.resources(RESOURCES))).isSameAs(web);
        assertThat(web.nodeSelector("disk", "ssd")).isSameAs(web);
        assertThat(web.toleration(dev.shipshape.model.Toleration.exists("dedicated"))).isSameAs(web);
        assertThat(web.imagePullSecret(secret)).isSameAs(web);
        assertThat(web.preStop(Duration.ofSeconds(5))).isSameAs(web);
        assertThat(web.terminationGracePeriod(Duration.ofSeconds(30))).isSameAs(web);
        assertThat(web.waive("image.not-pinned", "dev only")).isSameAs(web);
        assertThat(web.customize(Deployment.class, d -> { })).isSameAs(web);
        assertThat(web.autoscale(Autoscaling.between(2, 4))).isSameAs(web);

        Worker worker = app.worker("worker", IMAGE);
        assertThat(worker.autoscale(Autoscaling.between(1, 3))).isSameAs(worker);
        assertThat(worker.rollingUpdate(RollingUpdate.percent(25, 25))).isSameAs(worker);

        BatchJob job = app.job("migrate", IMAGE);
        assertThat(job.backoffLimit(0)).isSameAs(job);
        assertThat(job.activeDeadline(Duration.ofMinutes(5))).isSameAs(job);
        assertThat(job.ttlAfterFinished(Duration.ZERO)).isSameAs(job);
        assertThat(job.restartPolicy(JobOptions.RestartPolicy.ON_FAILURE)).isSameAs(job);
        assertThat(job.completions(1, 1)).isSameAs(job);

        ScheduledJob cron = app.cronJob("backup", IMAGE);
        assertThat(cron.schedule("@daily")).isSameAs(cron);
        assertThat(cron.timeZone("Europe/Berlin")).isSameAs(cron);
        assertThat(cron.concurrency(CronOptions.Concurrency.REPLACE)).isSameAs(cron);
        assertThat(cron.history(0, 0)).isSameAs(cron);
        assertThat(cron.startingDeadline(Duration.ofSeconds(1))).isSameAs(cron);

        StatefulStore store = app.statefulStore("db", IMAGE);
        assertThat(store.volume("data", "/data", Storage.gibibytes(1))).isSameAs(store);
        assertThat(store.volume("wal", "/wal", Storage.gibibytes(1), v -> v.storageClass("fast"))).isSameAs(store);
        assertThat(store.withoutReadService()).isSameAs(store);
        assertThat(app.statefulStore("cache", IMAGE).ephemeral()).isNotNull();

        StaticSite site = app.staticSite("files", IMAGE);
        assertThat(site.autoscale(Autoscaling.between(2, 3))).isSameAs(site);
        assertThat(site.rollingUpdate(RollingUpdate.pods(1, 0))).isSameAs(site);

        Ingress ingress = app.ingress("edge");
        assertThat(ingress.host("shop.example.com")).isSameAs(ingress);
        assertThat(ingress.route("/api", web)).isSameAs(ingress);
        assertThat(ingress.route("/exact", web, PathType.EXACT)).isSameAs(ingress);
        assertThat(ingress.route("/admin", web, "admin")).isSameAs(ingress);
        assertThat(ingress.route("/admin2", web, "admin", PathType.PREFIX)).isSameAs(ingress);
        assertThat(ingress.annotation("example.com/x", "1")).isSameAs(ingress);
        assertThat(ingress.label("example.com/x", "1")).isSameAs(ingress);
        assertThat(ingress.ingressClassName("nginx")).isSameAs(ingress);
        assertThat(ingress.tls(app.externalSecret("tls", "tls.crt", "tls.key"))).isSameAs(ingress);
        assertThat(ingress.waive("ingress.path-order", "shadowing is intended")).isSameAs(ingress);
        assertThat(ingress.customize(io.fabric8.kubernetes.api.model.networking.v1.Ingress.class, i -> { })).isSameAs(ingress);

        ContainerOptions[] seen = new ContainerOptions[1];
        app.worker("w2", IMAGE).sidecar("s", IMAGE, c -> {
            seen[0] = c;
            assertThat(c.readinessProbe(Probe.tcp("http"))).isSameAs(c);
            assertThat(c.livenessProbe(Probe.tcp("http"))).isSameAs(c);
            assertThat(c.startupProbe(Probe.tcp("http"))).isSameAs(c);
        });
        assertThat(seen[0]).isNotNull();
    }

    @Test
    void numeric_setters_at_their_limits() {
        App app = Shipshape.app("shop");
        BatchJob job = app.job("migrate", IMAGE);
        assertThatThrownBy(() -> job.backoffLimit(-1)).hasMessage("backoffLimit of shop/job:migrate must not be negative, got -1");
        assertThatThrownBy(() -> job.completions(0, 1)).hasMessage("completions and parallelism of shop/job:migrate must be at"
                + " least 1, got 0 and 1");
        assertThatThrownBy(() -> job.completions(1, 0)).hasMessage("completions and parallelism of shop/job:migrate must be at"
                + " least 1, got 1 and 0");
        ScheduledJob cron = app.cronJob("backup", IMAGE);
        assertThatThrownBy(() -> cron.history(-1, 0)).hasMessage("history limits of shop/cronJob:backup must not be negative");
        assertThatThrownBy(() -> cron.history(0, -1)).hasMessage("history limits of shop/cronJob:backup must not be negative");
        WebService web = app.webService("web", IMAGE);
        assertThat(web.replicas(0)).isSameAs(web);
        assertThatThrownBy(() -> web.replicas(-1)).hasMessage("replicas of shop/webService:web must not be negative, got -1");
        assertThat(web.terminationGracePeriod(Duration.ZERO)).isSameAs(web);
        assertThatThrownBy(() -> web.terminationGracePeriod(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> web.terminationGracePeriod(Duration.ofMillis(1500))).hasMessageContaining("must be a whole number of seconds");
        assertThat(web.preStop(Duration.ofSeconds(1))).isSameAs(web);
        assertThatThrownBy(() -> web.preStop(Duration.ZERO)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> web.preStop(Duration.ofMillis(1500))).hasMessageContaining("must be a whole number of seconds");
    }

    @Test
    void labels_and_annotations_refuse_invalid_and_reserved_keys() {
        WebService web = Shipshape.app("shop").webService("web", IMAGE);
        assertThatThrownBy(() -> web.label("bad key", "x")).hasMessageStartingWith("label key 'bad key' is not valid");
        assertThatThrownBy(() -> web.label("tier", "-x")).hasMessageStartingWith("label value '-x' of tier is not valid");
        assertThatThrownBy(() -> web.label("app.kubernetes.io/name", "x")).hasMessage("label app.kubernetes.io/name is"
                + " Shipshape's own (it selects the pods); use another key, e.g. 'example.com/name'");
        assertThat(web.label("tier", "")).isSameAs(web);
        assertThatThrownBy(() -> web.annotation("bad key", "x")).hasMessageStartingWith("annotation key 'bad key' is not valid");
        assertThatThrownBy(() -> web.annotation("shipshape.dev/waived.x", "y")).hasMessage("annotation shipshape.dev/waived.x"
                + " is in Shipshape's own prefix; to waive a rule, use .waive(ruleId, reason)");
        assertThat(web.annotation("Example.com/Owner", "y")).as("annotation keys are checked case-insensitively").isSameAs(web);
    }

    @Test
    void keys_and_hosts_are_values_with_readable_text() {
        App app = Shipshape.app("shop");
        Config cfg = app.config("cfg").entry("a", "1").entry("b", "2");
        Config other = app.config("other").entry("a", "1");
        assertThat(cfg.key("a")).isEqualTo(cfg.key("a")).hasSameHashCodeAs(cfg.key("a")).isNotEqualTo(cfg.key("b"))
                .isNotEqualTo(other.key("a")).isNotEqualTo("a");
        assertThat(cfg.key("a")).hasToString("ConfigKey[shop/config:cfg, key=a]");
        SecretRef db = app.externalSecret("db", "password", "user");
        assertThat(db.key("password")).isEqualTo(db.key("password")).hasSameHashCodeAs(db.key("password"))
                .isNotEqualTo(db.key("user")).isNotEqualTo(app.externalSecret("db2", "password").key("password"));
        assertThat(db.key("password").toString()).contains("shop/secret:db").contains("password");
        assertThat(db).hasToString("SecretRef[shop/secret:db]");
        assertThat(db.name()).isEqualTo("db");
        assertThat(cfg.name()).isEqualTo("cfg");
        assertThat(app).hasToString("App[shop]");
        assertThat(app.name()).isEqualTo("shop");
        StatefulStore store = app.statefulStore("redis", IMAGE);
        assertThat(store.primaryHost().hostname()).isEqualTo("redis-0.redis");
        assertThat(store.primaryHost()).hasToString("redis-0.redis (primary of statefulStore:redis)");
        assertThat(store.readHost()).hasToString(store.readHost().hostname() + " (read Service of statefulStore:redis)");
        assertThat(store.primaryHost().fqdn().toString()).endsWith(", qualified with .<app namespace>.svc.cluster.local when rendered)");
        assertThat(store.name()).isEqualTo("redis");
        assertThat(store.image().toString()).isEqualTo(IMAGE);
    }
}
