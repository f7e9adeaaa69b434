package dev.shipshape.testkit;

import static dev.shipshape.testkit.ShipshapeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.GatewayRef;
import dev.shipshape.dsl.Match;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.WebService;
import dev.shipshape.dsl.Weighted;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.render.Manifests;
import dev.shipshape.testkit.assertions.ManifestsAssert;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import org.junit.jupiter.api.Test;

class ShipshapeAssertionsTest {

    private static final String PINNED = "my-repo/web:1@sha256:" + "c".repeat(64);

    private static App app() {
        App app = Shipshape.app("shop");
        var cfg = app.config("web-config").entry("mode", "prod");
        WebService web = app.webService("web", PINNED).replicas(2).port("http", 8080)
                .resources(Resources.of(Cpu.millis(100), Memory.mebibytes(64)).limits(Cpu.millis(200), Memory.mebibytes(64)))
                .env("MODE", cfg.key("mode")).readinessProbe(Probe.http("/", "http"));
        WebService api = app.webService("api", PINNED).replicas(2).port("http", 8080)
                .resources(Resources.of(Cpu.millis(100), Memory.mebibytes(64)).limits(Cpu.millis(200), Memory.mebibytes(64)))
                .readinessProbe(Probe.http("/", "http"));
        app.ingress("edge").route("/api", api).route("/", web);
        return app;
    }

    @Test
    void app_assertions_pass_and_fail_with_the_violations_listed() {
        assertThat(app()).isValid().hasNoErrors();
        App broken = app();
        broken.webService("worker", "my-repo/worker:latest").port("http", 8080);
        assertThatThrownBy(() -> assertThat(broken).isValid()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("to break no rule but it has").hasMessageContaining("[image.mutable-tag]");
        assertThat(broken).hasViolation("image.mutable-tag").at("shop/webService:worker/container:worker/image")
                .withMessageContaining("latest");
        assertThatThrownBy(() -> assertThat(broken).hasViolation("image.mutable-tag").at("shop/webService:web"))
                .hasMessageContaining("Expecting a image.mutable-tag violation at\n  shop/webService:web\nbut it was at\n"
                        + "  shop/webService:worker/container:worker/image");
        assertThatThrownBy(() -> assertThat(app()).hasViolation("ingress.path-order"))
                .hasMessageContaining("to have a violation of\n  ingress.path-order\nbut it has none");
        assertThatThrownBy(() -> assertThat(broken).hasNoErrors()).hasMessageContaining("to have no errors but it has 1");
    }

    @Test
    void manifests_assertions_check_objects_routes_containers_and_configs() {
        Manifests m = app().render();
        assertThat(m).containsDeployment("web").containsService("api");
        assertThat(m).ingress("edge").routesInOrder("/api", "/").routesTo("/api", "api");
        assertThat(m).everyContainer().hasLimits().hasRequests().hasReadinessProbe().hasPinnedImage();
        assertThat(m).configMap("web-config").isVersioned().containsEntry("mode", "prod");
        assertThatThrownBy(() -> assertThat(m).containsDeployment("nope"))
                .hasMessageContaining("to contain Deployment\n  nope\nbut the Deployments were\n  api, web");
        assertThatThrownBy(() -> assertThat(m).ingress("edge").routesInOrder("/", "/api"))
                .hasMessageContaining("to route, in order,\n  [/, /api]\nbut it routes\n  [/api, /]");
        App noLimits = Shipshape.app("shop");
        noLimits.webService("w", PINNED).port("http", 8080).resources(Resources.of(Cpu.millis(1), Memory.mebibytes(1)));
        assertThatThrownBy(() -> assertThat(noLimits.render()).everyContainer().hasLimits())
                .hasMessageContaining("these have not:\n  Deployment/w container w");
        App unversioned = Shipshape.app("shop");
        unversioned.config("c").entry("k", "v").unversioned();
        assertThatThrownBy(() -> assertThat(unversioned.render()).configMap("c").isVersioned())
                .hasMessageContaining("to be versioned").hasMessageContaining("named\n  c\n");
    }

    @Test
    void assertions_reach_jobs_cron_jobs_sidecars_and_init_containers() {
        App app = app();
        app.job("migrate", PINNED).resources(Resources.of(Cpu.millis(1), Memory.mebibytes(1)));
        app.cronJob("backup", PINNED).schedule("0 3 * * *").timeZone("Europe/Berlin")
                .resources(Resources.of(Cpu.millis(1), Memory.mebibytes(1)).limits(Cpu.millis(1), Memory.mebibytes(1)));
        Manifests m = app.render();
        assertThat(m).containsJob("migrate").containsCronJob("backup");
        assertThat(m).cronJob("backup").hasSchedule("0 3 * * *").hasTimeZone("Europe/Berlin");
        assertThat(m).everyContainer().hasRequests().hasReadinessProbe();   // job containers need no readiness probe
        assertThatThrownBy(() -> assertThat(m).everyContainer().hasLimits())
                .hasMessageContaining("these have not:\n  Job/migrate container migrate");
        assertThatThrownBy(() -> assertThat(m).cronJob("backup").hasSchedule("@daily"))
                .hasMessageContaining("Expecting CronJob backup to run on\n  @daily\nbut it runs on\n  0 3 * * *");
        assertThatThrownBy(() -> assertThat(m).containsCronJob("nope")).hasMessageContaining("but the CronJobs were\n  backup");
        App sidecar = app();
        sidecar.webService("side", PINNED).port("http", 8080).readinessProbe(Probe.http("/", "http"))
                .resources(Resources.of(Cpu.millis(1), Memory.mebibytes(1)).limits(Cpu.millis(1), Memory.mebibytes(1)))
                .sidecar("proxy", PINNED, c -> c.resources(Resources.of(Cpu.millis(1), Memory.mebibytes(1))));
        Manifests withSidecar = sidecar.render();
        assertThatThrownBy(() -> assertThat(withSidecar).everyContainer().hasLimits())
                .hasMessageContaining("Deployment/side container proxy");
        assertThatThrownBy(() -> assertThat(withSidecar).everyContainer().hasReadinessProbe())
                .hasMessageContaining("Deployment/side container proxy");
    }

    @Test
    void every_lookup_names_what_is_there_when_it_fails_and_chains_when_it_passes() {
        App app = app();
        app.statefulStore("db", PINNED).replicas(2).port("pg", 5432).ephemeral().readinessProbe(Probe.tcp("pg"))
                .resources(Resources.of(Cpu.millis(1), Memory.mebibytes(1)).limits(Cpu.millis(1), Memory.mebibytes(1)));
        app.cronJob("backup", PINNED).schedule("@daily")
                .resources(Resources.of(Cpu.millis(1), Memory.mebibytes(1)).limits(Cpu.millis(1), Memory.mebibytes(1)));
        Manifests m = app.render();
        ManifestsAssert a = assertThat(m);
        assertThat(a.containsStatefulSet("db")).isSameAs(a);
        assertThat(a.containsService("api")).isSameAs(a);
        assertThat(a.containsCronJob("backup")).isSameAs(a);
        assertThat(a.containsDeployment("web")).isSameAs(a);
        assertThatThrownBy(() -> assertThat(m).containsStatefulSet("cache")).hasMessageContaining("but the StatefulSets were\n  db");
        assertThatThrownBy(() -> assertThat(m).cronJob("nightly")).hasMessageContaining("Expecting manifests to contain CronJob\n"
                + "  nightly\nbut the CronJobs were\n  backup");
        assertThatThrownBy(() -> assertThat(m).ingress("public")).hasMessageContaining("Expecting manifests to contain Ingress\n"
                + "  public\nbut the Ingresses were\n  edge");
        assertThatThrownBy(() -> assertThat(m).configMap("other")).hasMessageContaining("Expecting manifests to contain a"
                + " ConfigMap of config\n  other\nbut the ConfigMaps were\n  web-config-");
        assertThatThrownBy(() -> assertThat(app().render()).containsJob("migrate")).hasMessageContaining("but the Jobs were\n  (none)");
        // the stateful store's container is checked like the others
        App unpinned = app();
        unpinned.statefulStore("db", "postgres:16").replicas(2).port("pg", 5432).ephemeral().readinessProbe(Probe.tcp("pg"))
                .resources(Resources.of(Cpu.millis(1), Memory.mebibytes(1)).limits(Cpu.millis(1), Memory.mebibytes(1)));
        assertThatThrownBy(() -> assertThat(unpinned.render()).everyContainer().hasPinnedImage())
                .hasMessageContaining("StatefulSet/db container db");
        assertThat(m).everyContainer().hasReadinessProbe().hasLimits().hasRequests().hasPinnedImage();
    }

    @Test
    void route_assertions_check_gateways_paths_weights_and_grpc_services() {
        App app = Shipshape.app("shop").namespace("shop");
        Resources r = Resources.of(Cpu.millis(100), Memory.mebibytes(64)).limits(Cpu.millis(200), Memory.mebibytes(64));
        WebService web = app.webService("web", PINNED).replicas(2).port("http", 8080).resources(r).readinessProbe(Probe.http("/", "http"));
        WebService next = app.webService("next", PINNED).replicas(2).port("http", 8080).resources(r).readinessProbe(Probe.http("/", "http"));
        WebService cart = app.webService("cart", PINNED).replicas(2).port("grpc", 50051).resources(r).readinessProbe(Probe.grpc("grpc"));
        GatewayRef gw = app.gateway("infra", "public");
        app.httpRoute("edge").parent(gw.listener("https")).route(Match.exact("/healthz"), web)
                .route("/", Weighted.of(web, 90), Weighted.of(next, 10));
        app.grpcRoute("rpc").parent(gw).service("shop.Cart", cart);
        Manifests m = app.render();
        assertThat(m).httpRoute("edge").isAttachedTo("infra", "public").routesTo("/healthz", "web").routesTo("/", "next", 10)
                .routesTo("/healthz", "web", 1);
        assertThat(m).grpcRoute("rpc").isAttachedTo("infra", "public").routesTo("shop.Cart", "cart").routesTo("shop.Cart", cart);
        assertThat(m).httpRoute("edge").routesTo("/", next).routesTo("/healthz", web);
        assertThatThrownBy(() -> assertThat(m).httpRoute("edge").routesTo("/healthz", next))
                .hasMessageContaining("to Service\n  next\nbut it routes it to\n  [web]");
        assertThatThrownBy(() -> assertThat(m).grpcRoute("rpc").routesTo("shop.Other", cart))
                .hasMessageContaining("(service not routed)");
        assertThatThrownBy(() -> assertThat(m).httpRoute("edge").routesTo("/api", "web"))
                .hasMessageContaining("to route\n  /api\nto Service\n  web\nbut it routes it to\n  (path not routed)");
        assertThatThrownBy(() -> assertThat(m).httpRoute("edge").routesTo("/", "next", 90))
                .hasMessageContaining("with weight 90\nbut it routes it to\n  [web (weight 90), next (weight 10)]");
        assertThatThrownBy(() -> assertThat(m).httpRoute("edge").isAttachedTo("infra", "internal"))
                .hasMessageContaining("to attach to Gateway\n  infra/internal\nbut its parents are\n  [infra/public:https]");
        assertThatThrownBy(() -> assertThat(m).grpcRoute("rpc").routesTo("shop.Cart", "web"))
                .hasMessageContaining("but it routes them to\n  [cart]");
        assertThatThrownBy(() -> assertThat(m).grpcRoute("rpc").isAttachedTo("other", "public"))
                .hasMessageContaining("GRPCRoute rpc to attach to Gateway\n  other/public");
        assertThatThrownBy(() -> assertThat(m).httpRoute("nope")).hasMessageContaining("to contain HTTPRoute\n  nope\n"
                + "but the HTTPRoutes were\n  edge");
        assertThatThrownBy(() -> assertThat(m).grpcRoute("nope")).hasMessageContaining("to contain GRPCRoute\n  nope\n");
    }

    @Test
    void route_assertions_read_the_gateway_apis_defaults() {
        App app = Shipshape.app("shop").namespace("shop");
        Resources r = Resources.of(Cpu.millis(100), Memory.mebibytes(64)).limits(Cpu.millis(200), Memory.mebibytes(64));
        WebService web = app.webService("web", PINNED).replicas(2).port("http", 8080).resources(r).readinessProbe(Probe.http("/", "http"));
        WebService cart = app.webService("cart", PINNED).replicas(2).port("grpc", 50051).resources(r).readinessProbe(Probe.grpc("grpc"));
        // a rule without matches takes every path (the default match is PathPrefix /); a match without a path likewise
        app.httpRoute("all").parent(app.gateway("infra", "public")).route("/x", web).route("/y", web)
                .waive("route.shadowed", "both rules take every path here, on purpose")
                .customize(io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute.class, h -> {
                    h.getSpec().getRules().get(0).setMatches(null);
                    h.getSpec().getRules().get(1).getMatches().get(0).setPath(null);
                    h.getSpec().getParentRefs().get(0).setNamespace(null);   // the route's own namespace
                    h.getSpec().getParentRefs().add(new io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReference(
                            null, "Service", "mesh", "shop", null, null));
                });
        app.grpcRoute("rpc").parent(app.gateway("infra", "public")).service("shop.Cart", cart)
                .customize(io.fabric8.kubernetes.api.model.gatewayapi.v1.GRPCRoute.class,
                        g -> g.getSpec().getRules().get(0).setMatches(null));
        Manifests m = app.render();
        assertThat(m).httpRoute("all").routesTo("/", "web").routesTo("/", web).isAttachedTo("shop", "public");
        assertThatThrownBy(() -> assertThat(m).httpRoute("all").routesTo("/x", "web"))
                .hasMessageContaining("(path not routed)");
        assertThatThrownBy(() -> assertThat(m).httpRoute("all").isAttachedTo("infra", "public"))
                .hasMessageContaining("but its parents are\n  [shop/public, shop/mesh]");
        assertThatThrownBy(() -> assertThat(m).httpRoute("all").isAttachedTo("shop", "mesh"))
                .as("a Service parent is not a Gateway").hasMessageContaining("to attach to Gateway\n  shop/mesh");
        assertThatThrownBy(() -> assertThat(m).grpcRoute("rpc").routesTo("shop.Cart", "cart"))
                .hasMessageContaining("(service not routed)");
    }
}
