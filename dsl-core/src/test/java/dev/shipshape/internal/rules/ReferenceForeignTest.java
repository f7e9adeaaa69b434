package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.WebService;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests of {@link ReferenceForeign}: where it fires, where it does not, and what it says. */
class ReferenceForeignTest {

    @Test
    void foreign_references_are_errors_at_the_referencing_site() {
        Fixture f = new Fixture();
        App other = Shipshape.app("other");
        var foreignCfg = other.config("shared").entry("k", "v");
        var foreignStore = other.statefulStore("cache", "redis:7" + Fixture.DIGEST).ephemeral();
        f.web.env("K", foreignCfg.key("k")).env("CACHE", foreignStore.readHost());
        List<Violation> v = f.violations();
        assertThat(v).extracting(Violation::rule).containsOnly("reference.foreign");
        assertThat(v).extracting(Violation::path).containsExactly(
                "shop/webService:web/container:web/env:CACHE", "shop/webService:web/container:web/env:K");
        assertThat(v.get(1).message()).contains("config 'shared' of app 'other'");
        Fixture routed = new Fixture();
        WebService foreignWeb = other.webService("web2", "my-repo/w:1" + Fixture.DIGEST).port("http", 80);
        routed.ingress.route("/other", foreignWeb);
        assertThat(routed.violations()).extracting(Violation::rule).contains("reference.foreign");
        assertThat(routed.violations()).filteredOn(x -> x.rule().equals("reference.foreign"))
                .extracting(Violation::path, Violation::message, Violation::fix).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "shop/ingress:web/host:shop.example.com/route:/other", "refers to webService 'web2' of app 'other',"
                                + " not of this app 'shop'; its manifests would not contain it.",
                        "define the webService in this app (app.webService(…)), or render the apps as one."));
        Fixture secrets = new Fixture();
        var foreignSecret = other.externalSecret("token", "value");
        var tls = other.externalSecret("cert", "tls.crt", "tls.key");
        secrets.web.env("TOKEN", foreignSecret.key("value")).mount(foreignCfg, "/etc/shared").mount(foreignSecret, "/etc/token");
        secrets.ingress.tls(tls);
        assertThat(secrets.violations()).filteredOn(x -> x.rule().equals("reference.foreign"))
                .extracting(Violation::path, Violation::message).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("shop/webService:web/container:web/env:TOKEN",
                                "refers to secret 'token' of app 'other', not of this app 'shop'; its manifests would not contain it."),
                        org.assertj.core.groups.Tuple.tuple("shop/webService:web/container:web/mount:/etc/shared",
                                "refers to config 'shared' of app 'other', not of this app 'shop'; its manifests would not contain it."),
                        org.assertj.core.groups.Tuple.tuple("shop/webService:web/container:web/mount:/etc/token",
                                "refers to secret 'token' of app 'other', not of this app 'shop'; its manifests would not contain it."),
                        org.assertj.core.groups.Tuple.tuple("shop/ingress:web/tls",
                                "refers to secret 'cert' of app 'other', not of this app 'shop'; its manifests would not contain it."));
        Fixture own = new Fixture();
        own.web.mount(own.cfg, "/etc/web").env("LITERAL", "x");
        assertThat(own.violations()).extracting(Violation::rule).doesNotContain("reference.foreign");
    }

    @Test
    void endpoints_of_another_apps_components_are_foreign_wherever_they_are_used() {
        Fixture f = new Fixture();
        App other = Shipshape.app("other");
        WebService api = other.webService("api", "my-repo/api:1" + Fixture.DIGEST).port("grpc", 9000);
        f.web.env("API", api.endpoint("grpc"))
                .sidecar("proxy", "my-repo/proxy:1" + Fixture.DIGEST, c -> c.args("--upstream", dev.shipshape.dsl.Template.of("http://", api.endpoint("grpc"))));
        f.cfg.entry("api", api.endpoint("grpc"));
        assertThat(f.violations()).filteredOn(v -> v.rule().equals("reference.foreign")).extracting(Violation::path)
                .containsExactlyInAnyOrder("shop/webService:web/container:web/env:API",
                        "shop/webService:web/initContainer:proxy/args:1", "shop/config:web-config/entry:api");
        assertThat(f.violations()).filteredOn(v -> v.path().endsWith("env:API")).extracting(Violation::message)
                .containsExactly("refers to webService 'api' of app 'other', not of this app 'shop'; its manifests would not contain it.");
    }

    @Test
    void a_gateway_route_to_another_apps_component_is_foreign_at_its_backend() {
        Fixture f = new Fixture();
        App other = Shipshape.app("other");
        WebService foreignWeb = other.webService("web2", "my-repo/w:1" + Fixture.DIGEST).port("http", 80);
        f.app.httpRoute("edge").parent(f.app.gateway("infra", "public")).route("/", f.web).route("/other", foreignWeb);
        f.app.grpcRoute("rpc").parent(f.app.gateway("infra", "public")).service("other.Api", foreignWeb);
        List<Violation> v = f.violations();
        assertThat(v).filteredOn(x -> x.rule().equals("reference.foreign")).extracting(Violation::path, Violation::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("shop/grpcRoute:rpc/spec.rules[0].backendRefs[0]",
                        "refers to webService 'web2' of app 'other', not of this app 'shop'; its manifests would not contain it."),
                        org.assertj.core.groups.Tuple.tuple("shop/httpRoute:edge/spec.rules[1].backendRefs[0]",
                        "refers to webService 'web2' of app 'other', not of this app 'shop'; its manifests would not contain it."));
        // said once: the rendered route's missing Service is not reference.unresolved as well
        assertThat(v).noneMatch(x -> x.rule().equals("reference.unresolved"));
    }
}
