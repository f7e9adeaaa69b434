package dev.shipshape.examples;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Config;
import dev.shipshape.dsl.GatewayRef;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.StatefulStore;
import dev.shipshape.dsl.StaticSite;
import dev.shipshape.dsl.WebService;
import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import dev.shipshape.validation.Policy;
import java.time.Duration;

/**
 * The journal app of <i>Kubernetes Best Practices</i>, chapter 1, written in Shipshape: a Node.js frontend
 * with requests, limits and an HPA; Redis as a StatefulSet with persistent volumes, its headless Service
 * and a read Service; an nginx static file server (unprivileged: it listens on 8080 behind Service port 80); an Ingress sending {@code /api} to the frontend and
 * {@code /} to the files; a versioned ConfigMap; the Redis password in a Secret created out of band. And what the
 * app would have next: a migration Job that runs the frontend's schema migration, and a nightly CronJob that has
 * Redis write a snapshot, at 03:00 in the region's time zone. Every pod runs at the Pod Security Standards
 * "restricted" level with a read-only root filesystem ({@code /tmp} writable where needed), and the NetworkPolicies
 * let through only what the references need.
 *
 * <pre>{@code
 * Manifests eu = Journal.define(JournalParameters.europe()).render();
 * }</pre>
 *
 * <p>The book's own listings get several things wrong that cannot be written here: the frontend's
 * {@code REDIS_HOST} comes from {@code redis.primaryHost()}, so it resolves; the Ingress routes to
 * components, so its backend Service and port exist; the ConfigMap's name carries a content hash.
 */
public final class Journal {

    private Journal() {
    }

    /**
     * Builds the journal app for one set of parameters.
     *
     * @param p the variant's parameters: {@code JournalParameters.of(Environment.PROD, Region.EU)}
     * @return the app
     */
    public static App define(JournalParameters p) {
        App app = Shipshape.app("journal")
                .namespace("journal")
                .label("journal.example.com/region", p.region());
        if (p.strict()) {
            app.policy(Policy.strict().allowRegistries("my-repo", "docker.io"));
        }

        SecretRef redisAuth = app.externalSecret("redis-passwd", "passwd");
        Config frontendConfig = app.config("frontend-config")
                .entry("journalEntries", Integer.toString(p.journalEntries()))
                .entry("holidayScreen", p.holidayScreen());

        StatefulStore redis = app.statefulStore("redis", p.redisImage())
                .replicas(p.redisReplicas())
                .port("redis", 6379)
                .command("sh", "-c", "exec redis-server --requirepass \"$(cat /etc/redis-passwd/passwd)\" --appendonly yes")
                .volume("data", "/data", p.redisVolume())
                .mount(redisAuth, "/etc/redis-passwd")
                .resources(Resources.of(Cpu.millis(250), Memory.mebibytes(256)).limits(Cpu.millis(500), Memory.mebibytes(256)))
                .readinessProbe(Probe.tcp("redis"));

        WebService frontend = app.webService("frontend", p.frontendImage())
                .port("http", 8080)
                .resources(p.frontendResources())
                .env("JOURNAL_ENTRIES", frontendConfig.key("journalEntries"))
                .env("HOLIDAY_SCREEN", frontendConfig.key("holidayScreen"))
                .env("REDIS_HOST", redis.primaryHost())
                .mount(redisAuth, "/etc/redis-passwd")
                .readinessProbe(Probe.http("/api", "http"))
                .writablePath("/tmp")
                .autoscale(Autoscaling.between(p.frontendMin(), p.frontendMax()).targetCpuUtilization(80));

        StaticSite files = app.staticSite("fileserver", p.fileserverImage())
                .replicas(2)
                .port("http", 8080, 80)
                .writablePath("/tmp")
                .resources(Resources.of(Cpu.millis(100), Memory.mebibytes(64)).limits(Cpu.millis(200), Memory.mebibytes(64)));

        if (p.gateway()) {
            // Gateway API: the platform team's Gateway infra/public serves HTTPS; its proxies carry the Gateway's name
            GatewayRef gateway = app.gateway("infra", "public").listener("https");
            app.gatewayPods("gateway.networking.k8s.io/gateway-name", "public");
            app.httpRoute("frontend")
                    .parent(gateway)
                    .host(p.host())
                    .route("/api", frontend)
                    .route("/", files);
        } else {
            app.ingress("frontend-ingress")
                    .host(p.host())
                    .route("/api", frontend)
                    .route("/", files);
        }

        Resources batch = Resources.of(Cpu.millis(100), Memory.mebibytes(128)).limits(Cpu.millis(500), Memory.mebibytes(128));
        app.job("migrate", p.frontendImage())
                .command("node", "migrate.js")
                .env("REDIS_HOST", redis.primaryHost())
                .mount(redisAuth, "/etc/redis-passwd")
                .resources(batch)
                .backoffLimit(2)
                .activeDeadline(Duration.ofMinutes(10))
                .ttlAfterFinished(Duration.ofHours(1));

        app.cronJob("redis-backup", p.redisImage())
                .schedule("0 3 * * *")
                .timeZone(p.timeZone())
                .command("sh", "-c", "redis-cli -h \"$REDIS_HOST\" -a \"$(cat /etc/redis-passwd/passwd)\" BGSAVE")
                .env("REDIS_HOST", redis.primaryHost())
                .mount(redisAuth, "/etc/redis-passwd")
                .resources(batch)
                .backoffLimit(1)
                .ttlAfterFinished(Duration.ofDays(1));
        return app;
    }
}
