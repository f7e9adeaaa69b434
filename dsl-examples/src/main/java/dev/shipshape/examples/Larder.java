package dev.shipshape.examples;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Config;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.StatefulStore;
import dev.shipshape.dsl.Template;
import dev.shipshape.dsl.WebService;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import dev.shipshape.units.Storage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Larder, a grocery-delivery shop of nine services calling each other over gRPC and HTTP: the example of services
 * calling services. Every address is a typed endpoint, so the NetworkPolicies Shipshape derives let exactly these
 * calls through (and the diagram draws them):
 *
 * <pre>
 * storefront (HTTP, load balancer) → catalog, basket, checkout (gRPC); search, recommend (HTTP)
 * search    → catalog (gRPC)                 pricing  → catalog (gRPC)
 * catalog   → pantry-db (its init container migrates it)
 * basket    → basket-cache (redis://…/0)     delivery → pantry-db's read Service
 * checkout  → basket, pricing, delivery (gRPC); notify (HTTP); the payments gateway in namespace payments
 * recommend → pantry-db's read Service       notify   → the mail relay in namespace mail
 * order-events (a worker) → notify, through the address in a config it mounts
 * Gateway infra/public (listener grpc) → GRPCRoute mobile-api → catalog, basket (every method), checkout (PlaceOrder)
 * </pre>
 *
 * <p>The gRPC services listen on 50051 behind Service port {@link LarderParameters#grpcServicePort()}; each is probed
 * over gRPC. The storefront's HTTP probe sends a header; the monitoring namespace may scrape {@code recommend}'s
 * metrics port. Nothing here is a customization or an included object.
 *
 * <pre>{@code
 * Manifests m = Larder.define(LarderParameters.defaults()).render();
 * }</pre>
 */
public final class Larder {

    private Larder() {
    }

    /** The gRPC services, in the order defined. */
    public static final List<String> GRPC_SERVICES = List.of("catalog", "basket", "checkout", "pricing", "delivery");

    /**
     * Builds the shop for one set of parameters.
     *
     * @param p namespace, replicas, Service port of the gRPC services, the load balancer's source ranges
     * @return the app
     */
    public static App define(LarderParameters p) {
        App app = Shipshape.app("larder").namespace(p.namespace());
        Resources small = Resources.of(Cpu.millis(100), Memory.mebibytes(128)).limits(Cpu.millis(400), Memory.mebibytes(128));
        SecretRef dbPassword = app.externalSecret("pantry-db-auth", "password");

        StatefulStore pantryDb = app.statefulStore("pantry-db", image("postgres", "16.4"))
                .replicas(2)
                .port("pg", 5432)
                .env("POSTGRES_PASSWORD", dbPassword.key("password"))
                .volume("data", "/var/lib/postgresql/data", Storage.gibibytes(20))
                .writablePath("/var/run/postgresql")
                .resources(Resources.of(Cpu.millis(500), Memory.gibibytes(1)).limits(Cpu.cores(1), Memory.gibibytes(1)))
                .readinessProbe(Probe.tcp("pg"));
        StatefulStore basketCache = app.statefulStore("basket-cache", image("redis", "7.2.5"))
                .replicas(2)
                .port("redis", 6379)
                .ephemeral()
                .resources(small)
                .readinessProbe(Probe.tcp("redis"))
                .withoutReadService();

        WebService catalog = grpc(app, p, "catalog", small)
                .env("DATABASE_URL", Template.of("postgres://catalog@", pantryDb.primaryEndpoint("pg"), "/pantry"))
                .mount(dbPassword, "/etc/pantry-db-auth")
                .initContainer("migrate", image("catalog", "2.3.0"), c -> c.resources(small)
                        .args("migrate", "--database", Template.of("postgres://catalog@", pantryDb.primaryEndpoint("pg"), "/pantry")));
        WebService pricing = grpc(app, p, "pricing", small)
                .env("CATALOG_ADDR", catalog.endpoint("grpc"));
        WebService basket = grpc(app, p, "basket", small)
                .env("REDIS_URL", Template.of("redis://", basketCache.primaryEndpoint("redis"), "/0"));
        WebService delivery = grpc(app, p, "delivery", small)
                .env("SLOTS_DB", Template.of("postgres://delivery@", pantryDb.readEndpoint("pg"), "/pantry?sslmode=disable"))
                .mount(dbPassword, "/etc/pantry-db-auth");
        WebService notify = app.webService("notify", image("notify", "1.1.0"))
                .replicas(p.replicas())
                .port("http", 8080)
                .resources(small)
                .env("SMTP_RELAY", Shipshape.serviceIn("mail", "relay", 587))
                .readinessProbe(Probe.http("/ready", "http"));
        WebService checkout = grpc(app, p, "checkout", small)
                .env("BASKET_ADDR", basket.endpoint("grpc"))
                .env("PRICING_ADDR", pricing.endpoint("grpc"))
                .env("DELIVERY_ADDR", delivery.endpoint("grpc"))
                .env("NOTIFY_URL", Template.of("http://", notify.endpoint("http"), "/v1/messages"))
                .env("PAYMENTS_ADDR", Shipshape.serviceIn("payments", "gateway", 443, 8443).fqdn());
        WebService search = app.webService("search", image("search", "5.0.2"))
                .replicas(p.replicas())
                .port("http", 9200, 80)
                .resources(small)
                .args("--catalog", catalog.endpoint("grpc"))
                .readinessProbe(Probe.http("/_health", "http"));
        WebService recommend = app.webService("recommend", image("recommend", "0.9.7"))
                .replicas(p.replicas())
                .port("http", 8000, 80)
                .port("metrics", 9100)
                .resources(small)
                .env("READ_REPLICA", pantryDb.readEndpoint("pg").fqdn())
                .readinessProbe(Probe.http("/healthz", "http"))
                .allowFromNamespace("monitoring", "metrics");

        WebService storefront = app.webService("storefront", image("storefront", "4.12.1"))
                .replicas(p.replicas())
                .port("http", 8080, 80)
                .resources(small)
                .env("CATALOG_ADDR", catalog.endpoint("grpc"))
                .env("BASKET_ADDR", basket.endpoint("grpc"))
                .env("CHECKOUT_ADDR", checkout.endpoint("grpc"))
                .env("SEARCH_URL", Template.of("http://", search.endpoint("http")))
                .env("RECOMMEND_URL", Template.of("http://", recommend.endpoint("http"), "/v2"))
                .readinessProbe(Probe.http("/healthz", "http").header("X-Health-Check", "kubelet"))
                .writablePath("/tmp");
        if (p.sourceRanges().isEmpty()) {
            storefront.loadBalancer();
        } else {
            storefront.loadBalancer(p.sourceRanges().toArray(String[]::new));
        }

        // the mobile apps call the gRPC services through the platform's Gateway (Gateway API), listener grpc
        app.grpcRoute("mobile-api")
                .parent(app.gateway("infra", "public").listener("grpc"))
                .host("api.larder.example")
                .service("larder.v1.Catalog", catalog)
                .service("larder.v1.Basket", basket)
                .method("larder.v1.Checkout", "PlaceOrder", checkout);
        app.gatewayPods("gateway.networking.k8s.io/gateway-name", "public");

        Config events = app.config("order-events").entry("notify", Template.of("http://", notify.endpoint("http"), "/v1/events"));
        app.worker("order-events", image("order-events", "1.0.3"))
                .replicas(p.replicas())
                .resources(small)
                .mount(events, "/etc/order-events");
        return app;
    }

    /** A gRPC service: port {@code grpc} (50051 behind the Service port of {@code p}), probed over gRPC. */
    private static WebService grpc(App app, LarderParameters p, String name, Resources resources) {
        return app.webService(name, image(name, "2.3.0"))
                .replicas(p.replicas())
                .port("grpc", 50051, p.grpcServicePort())
                .resources(resources)
                .readinessProbe(Probe.grpc("grpc"))
                .livenessProbe(Probe.grpc("grpc", "grpc.health.v1.Health"));
    }

    /** {@code ghcr.io/larder/<name>:<tag>} pinned by a digest made up from the name, so the example is reproducible. */
    static String image(String name, String tag) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((name + ":" + tag).getBytes(StandardCharsets.UTF_8));
            return "ghcr.io/larder/" + name + ":" + tag + "@sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
