package dev.shipshape.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.model.BackendSpec;
import dev.shipshape.model.GrpcRouteSpec;
import dev.shipshape.model.GrpcRuleSpec;
import dev.shipshape.model.HttpRouteSpec;
import dev.shipshape.model.ParentSpec;
import dev.shipshape.model.PathType;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import dev.shipshape.validation.Violation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Gateway API builders: what they freeze, how they pick ports, and what they refuse. */
class GatewayRouteBuildersTest {

    private static final String IMAGE = "my-repo/x:1@sha256:" + "a".repeat(64);
    private static final Resources SMALL = Resources.of(Cpu.millis(50), Memory.mebibytes(64)).limits(Cpu.millis(100), Memory.mebibytes(64));

    private final App app = Shipshape.app("shop");
    private final WebService web = app.webService("web", IMAGE).port("http", 8080).port("admin", 9000).resources(SMALL)
            .readinessProbe(Probe.http("/", "http"));
    private final WebService api = app.webService("api", IMAGE).port("main", 8080).resources(SMALL)
            .readinessProbe(Probe.http("/", "main"));
    private final WebService two = app.webService("two", IMAGE).port("a", 8080).port("b", 8081).resources(SMALL)
            .readinessProbe(Probe.http("/", "a"));
    private final WebService cart = app.webService("cart", IMAGE).port("http", 8080).port("grpc", 50051).resources(SMALL)
            .readinessProbe(Probe.grpc("grpc"));

    @Test
    void the_port_named_http_else_the_only_port_else_none_and_grpc_prefers_grpc() {
        GatewayRef gw = app.gateway("infra", "public");
        app.httpRoute("h").parent(gw).route("/web", web).route("/api", api).route("/two", two).route("/admin", web, "admin")
                .route("/cart", cart);
        app.grpcRoute("g").parent(gw).service("shop.Cart", cart).method("shop.Cart", "Add", api).service("shop.Two", two);
        HttpRouteSpec h = app.model().httpRoutes().get(0);
        assertThat(h.rules()).extracting(r -> r.backends().get(0).port())
                .containsExactly(Optional.of("http"), Optional.of("main"), Optional.empty(), Optional.of("admin"), Optional.of("http"));
        GrpcRouteSpec g = app.model().grpcRoutes().get(0);
        assertThat(g.rules()).extracting(r -> r.backends().get(0).port())
                .containsExactly(Optional.of("grpc"), Optional.of("main"), Optional.empty());
        assertThat(g.rules().get(1).describe()).isEqualTo("shop.Cart/Add");
        assertThat(app.model().gatewayRoutes()).containsExactly(h, g);
        assertThat(app.model().components()).endsWith(h, g);
    }

    @Test
    void an_unresolved_port_is_reported_naming_the_targets_ports() {
        app.httpRoute("h").parent(app.gateway("infra", "public")).route("/two", two).route("/x", web, "metrics");
        app.grpcRoute("g").parent(app.gateway("infra", "public")).service("shop.Two", two);
        List<Violation> found = app.validate().stream().filter(v -> v.rule().equals("reference.unresolved")).toList();
        assertThat(found).extracting(Violation::path).containsExactly("shop/grpcRoute:g/spec.rules[0].backendRefs[0]",
                "shop/httpRoute:h/spec.rules[0].backendRefs[0]", "shop/httpRoute:h/spec.rules[1].backendRefs[0]");
        assertThat(found.get(1).message()).isEqualTo("routes to webService 'two' without naming a port, and it has several"
                + " (a, b) and none named http.");
        assertThat(found.get(1).fix()).isEqualTo("name the port: .route(\"<path>\", two, \"a\"), or name the serving port 'http'.");
        assertThat(found.get(0).message()).endsWith("and none named grpc.");
        assertThat(found.get(0).fix()).startsWith("name the port: .service(\"<gRPC service>\", two, \"a\")");
        assertThat(found.get(2).message()).isEqualTo("routes to port 'metrics' of webService 'web', which has http, admin.");
        assertThat(app.validate()).noneMatch(v -> v.rule().equals("api.invalid"));
    }

    @Test
    void matches_compose_and_are_immutable() {
        Match base = Match.prefix("/api");
        Match canary = base.withHeader("X-Canary", "true").withQuery("beta", "1").withMethod("POST");
        assertThat(base.spec().headers()).isEmpty();
        assertThat(canary.spec().headers()).containsEntry("X-Canary", "true");
        assertThat(canary.spec().describe()).isEqualTo("/api [POST,X-Canary=true,?beta=1]");
        assertThat(Match.exact("/healthz").spec().pathType()).isEqualTo(PathType.EXACT);
        assertThat(Match.header("x", "1").spec().path()).isEqualTo("/");
        assertThat(Match.method("GET").spec().method()).contains("GET");
        assertThat(Match.prefix("/a")).isEqualTo(Match.prefix("/a")).hasSameHashCodeAs(Match.prefix("/a"))
                .isNotEqualTo(Match.exact("/a"));
    }

    @Test
    void matches_refuse_what_the_gateway_api_refuses() {
        assertThatThrownBy(() -> Match.header("x canary", "1")).hasMessageContaining("header name 'x canary' is not an HTTP token");
        assertThatThrownBy(() -> Match.header("x", "")).hasMessageContaining("1 to 4096 characters, got 0");
        assertThatThrownBy(() -> Match.header("x", "v".repeat(4097))).hasMessageContaining("got 4097");
        assertThatThrownBy(() -> Match.header("h".repeat(257), "v")).hasMessageContaining("at most 256");
        assertThatThrownBy(() -> Match.header("X-A", "1").withHeader("x-a", "2")).hasMessageContaining("already matched");
        assertThatThrownBy(() -> Match.prefix("/").withQuery("q", "1").withQuery("q", "2")).hasMessageContaining("already matched");
        assertThatThrownBy(() -> Match.method("get")).hasMessageContaining("(here 'GET')");
        assertThatThrownBy(() -> Match.method("FETCH")).hasMessageContaining("is not one the Gateway API matches")
                .message().doesNotContain("here");
        assertThatThrownBy(() -> Match.prefix(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weights_and_gateway_refs_are_bounded_and_immutable() {
        assertThat(Weighted.of(web, 0).weight()).isZero();
        assertThat(Weighted.of(web, BackendSpec.MAX_WEIGHT).weight()).isEqualTo(1_000_000);
        assertThatThrownBy(() -> Weighted.of(web, -1)).hasMessageContaining("must be 0-1000000");
        assertThatThrownBy(() -> Weighted.of(web, 1_000_001)).hasMessageContaining("got 1000001");
        assertThatThrownBy(() -> Weighted.of(web, "Bad_Port", 1)).isInstanceOf(IllegalArgumentException.class);
        GatewayRef gw = app.gateway("infra", "public");
        GatewayRef https = gw.listener("https");
        assertThat(gw.listenerName()).isEmpty();
        assertThat(https.listenerName()).contains("https");
        assertThat(https.podsIn("envoy-gateway-system").podsNamespace()).isEqualTo("envoy-gateway-system");
        assertThat(https.podsNamespace()).isEqualTo("infra");
        assertThat(https).hasToString("Gateway infra/public:https").isEqualTo(gw.listener("https")).isNotEqualTo(gw);
        assertThat(https.spec()).isEqualTo(new ParentSpec("infra", "public", Optional.of("https"), "infra"));
        assertThatThrownBy(() -> app.gateway("Infra", "public")).hasMessageContaining("gateway namespace");
        assertThatThrownBy(() -> gw.listener("HTTPS")).hasMessageContaining("listener name");
        assertThatThrownBy(() -> gw.podsIn("a.b")).hasMessageContaining("gateway pods namespace");
    }

    @Test
    void hosts_are_dns_names_and_routes_keep_their_options() {
        HttpRoute r = app.httpRoute("h");
        assertThatThrownBy(() -> r.host("10.0.0.1")).hasMessageStartingWith("route hostname '10.0.0.1' is an IP address");
        assertThatThrownBy(() -> r.host("a.*.example.com")).hasMessageContaining("is not a valid DNS name");
        r.host("*.example.com").host("*.example.com").label("example.com/team", "shop").annotation("example.com/a", "b")
                .waive("route.shadowed", "two hosts on purpose");
        app.gatewayPods("app", "envoy");
        HttpRouteSpec spec = app.model().httpRoutes().get(0);
        assertThat(spec.hostnames()).containsExactly("*.example.com");
        assertThat(spec.labels()).containsEntry("example.com/team", "shop");
        assertThat(spec.annotations()).containsEntry("example.com/a", "b");
        assertThat(app.model().waived(spec.id(), "route.shadowed")).isTrue();
        assertThat(app.model().gatewayPods()).containsEntry("app", "envoy");
        assertThat(r.name()).isEqualTo("h");
        assertThatThrownBy(() -> app.gatewayPods("app", "bad value")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_static_site_without_ports_is_routed_on_its_default_port() {
        StaticSite files = app.staticSite("files", IMAGE).resources(SMALL);
        app.httpRoute("h").parent(app.gateway("infra", "public")).route("/", files);
        app.grpcRoute("g").parent(app.gateway("infra", "public")).service("shop.Files", files);
        assertThat(app.model().httpRoutes().get(0).rules().get(0).backends().get(0).port()).contains("http");
        assertThat(app.model().grpcRoutes().get(0).rules().get(0).backends().get(0).port()).contains("http");
        assertThat(app.validate()).noneMatch(v -> v.rule().equals("reference.unresolved"));
    }

    @Test
    void a_gateway_attached_with_and_without_a_listener_is_the_crds_cel_rule() {
        GatewayRef gw = app.gateway("infra", "public");
        app.httpRoute("h").parent(gw).parent(gw.listener("https")).route("/", web);
        app.httpRoute("ok").parent(gw.listener("http")).parent(gw.listener("https")).parent(gw).host("a.example.com")
                .route("/", web);
        assertThat(app.validate()).filteredOn(v -> v.rule().equals("api.invalid")).extracting(Violation::path, Violation::fix)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("shop/httpRoute:h/spec.parentRefs", "attach to the"
                        + " Gateway once: .parent(gateway) for every listener, or .parent(gateway.listener(…)) for each"
                        + " listener it should serve"), org.assertj.core.groups.Tuple.tuple("shop/httpRoute:ok/spec.parentRefs",
                        "attach to the Gateway once: .parent(gateway) for every listener, or .parent(gateway.listener(…))"
                        + " for each listener it should serve"));
        App fine = Shipshape.app("shop");
        WebService w = fine.webService("web", IMAGE).port("http", 8080).resources(SMALL).readinessProbe(Probe.http("/", "http"));
        fine.httpRoute("h").parent(gw.listener("http")).parent(gw.listener("https")).parent(gw.listener("https")).route("/", w);
        assertThat(fine.model().httpRoutes().get(0).parents()).hasSize(2);   // the same reference twice is one
        assertThat(fine.validate()).noneMatch(v -> v.rule().equals("api.invalid"));
    }

    @Test
    void a_target_without_ports_is_reported_as_for_an_ingress() {
        WebService none = app.webService("none", IMAGE).resources(SMALL);
        app.grpcRoute("g").parent(app.gateway("infra", "public")).service("shop.None", none);
        assertThat(app.validate()).filteredOn(v -> v.rule().equals("reference.unresolved")).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("shop/grpcRoute:g/spec.rules[0].backendRefs[0]");
            assertThat(v.message()).isEqualTo("routes to webService 'none', which exposes no port, so its Service has none to"
                    + " send traffic to.");
            assertThat(v.fix()).isEqualTo("give none a port: .port(\"grpc\", 8080).");
        });
    }

    @Test
    void every_builder_method_returns_its_builder_and_values_describe_themselves() {
        HttpRoute h = app.httpRoute("h");
        assertThat(h.parent(app.gateway("infra", "public"))).isSameAs(h);
        assertThat(h.route("/a", web)).isSameAs(h);
        assertThat(h.route("/b", web, "admin")).isSameAs(h);
        assertThat(h.route(Match.exact("/c"), web)).isSameAs(h);
        assertThat(h.route(Match.exact("/d"), web, "http")).isSameAs(h);
        assertThat(h.route("/e", Weighted.of(web, 1))).isSameAs(h);
        assertThat(h.route(Match.prefix("/f"), Weighted.of(web, 1), Weighted.of(api, 2))).isSameAs(h);
        assertThat(h.waive("route.shadowed", "r")).isSameAs(h);
        assertThat(h.customize(io.fabric8.kubernetes.api.model.HasMetadata.class, o -> { })).isSameAs(h);
        assertThat(h.label("example.com/a", "b").annotation("example.com/a", "b")).isSameAs(h);
        GrpcRoute g = app.grpcRoute("g");
        assertThat(g.service("a.A", cart)).isSameAs(g);
        assertThat(g.service("a.B", cart, "grpc")).isSameAs(g);
        assertThat(g.service("a.C", Weighted.of(cart, 1))).isSameAs(g);
        assertThat(g.method("a.D", "M", cart)).isSameAs(g);
        assertThat(g.method("a.E", "M", cart, "grpc")).isSameAs(g);
        assertThat(g.waive("route.conflict", "r").customize(io.fabric8.kubernetes.api.model.HasMetadata.class, o -> { }))
                .isSameAs(g);
        assertThat(app.model().grpcRoutes().get(0).rules()).extracting(GrpcRuleSpec::describe)
                .containsExactly("a.A", "a.B", "a.C", "a.D/M", "a.E/M");
        assertThat(app.model().httpRoutes().get(0).rules().get(5).backends()).extracting(BackendSpec::target)
                .containsExactly(web.id(), api.id());
        GatewayRef gw = app.gateway("infra", "public");
        assertThat(gw.namespace()).isEqualTo("infra");
        assertThat(gw.name()).isEqualTo("public");
        assertThat(gw.hashCode()).isEqualTo(app.gateway("infra", "public").hashCode())
                .isEqualTo(java.util.Objects.hash("infra", "public", Optional.empty(), "infra"));
        Match m = Match.prefix("/api").withHeader("a", "1");
        assertThat(m.hashCode()).isEqualTo(m.spec().hashCode());
        assertThat(m).hasToString("Match[/api [a=1]]");
        assertThat(Match.exact("/healthz").spec().describe()).isEqualTo("=/healthz");
        assertThat(Match.prefix("/").withQuery("q", "1").spec().describe()).isEqualTo("/ [?q=1]");
        assertThat(Match.header("x", "1").withHeader("y", "2").spec().describe()).isEqualTo("/ [x=1,y=2]");
        assertThat(Match.header("h".repeat(256), "v".repeat(4096)).spec().headers()).hasSize(1);
        assertThatThrownBy(() -> new BackendSpec(web.id(), Optional.empty(), -1)).hasMessageContaining("got -1");
        assertThatThrownBy(() -> new BackendSpec(web.id(), Optional.empty(), 1_000_001)).hasMessageContaining("got 1000001");
        assertThat(new BackendSpec(web.id(), Optional.empty(), 0).weight()).isZero();
    }
}
