package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.Template;
import dev.shipshape.dsl.WebService;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tests of {@link ReferenceUntyped}: where it fires, where it does not, and what it says. */
class ReferenceUntypedTest {

    /** The fixture with a namespace and a second web service, {@code catalog}, serving gRPC on Service port 3550. */
    private static Fixture shop() {
        Fixture f = new Fixture();
        f.app.namespace("shop");
        f.app.webService("catalog", "my-repo/catalog:1" + Fixture.DIGEST).replicas(2).port("grpc", 8080, 3550)
                .resources(Fixture.resources()).readinessProbe(dev.shipshape.model.Probe.grpc("grpc"));
        return f;
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog", "catalog:3550", "catalog.shop", "catalog.shop.svc", "catalog.shop.svc.cluster.local",
        "catalog.shop.svc.cluster.local:3550", "http://catalog/api", "grpc://catalog.shop.svc:3550", "dns:///catalog:3550",
        "catalog:3550,other:80", "a list: catalog:3550"})
    void a_literal_naming_an_own_service_is_an_error_naming_the_endpoint_to_use(String value) {
        Fixture f = shop();
        f.web.env("CATALOG_ADDR", value);
        Violation v = f.only("reference.untyped");
        assertThat(v.path()).isEqualTo("shop/webService:web/container:web/env:CATALOG_ADDR");
        assertThat(v.message()).startsWith("env var CATALOG_ADDR names webService 'catalog' of this app as text ('catalog");
        assertThat(v.message()).endsWith("the graph cannot see the call, so the NetworkPolicies block it.");
        assertThat(v.fix()).contains("catalog.endpoint(\"grpc\")");
    }

    @Test
    void the_fix_says_use_the_endpoint_for_a_whole_value_and_a_template_inside_text() {
        Fixture whole = shop();
        whole.web.env("CATALOG_ADDR", "catalog:3550");
        assertThat(whole.only("reference.untyped").fix())
                .isEqualTo("use catalog.endpoint(\"grpc\"), a typed endpoint the NetworkPolicies let through.");
        Fixture url = shop();
        url.web.env("CATALOG_URL", "http://catalog:3550/v1");
        assertThat(url.only("reference.untyped").fix())
                .isEqualTo("write the text with Template.of(…, catalog.endpoint(\"grpc\"), …) so the call is an edge of the graph.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalogue", "catalog-v2", "the catalog", "catalog.other", "catalog.other.svc.cluster.local:3550",
        "catalog.shop.svc.cluster", "mycatalog:3550", "CATALOG", "api.example.com", "https://example.com/catalog",
        "payments:443", "payments.shop.svc"})
    void a_literal_naming_no_own_service_is_not_reported(String value) {
        Fixture f = shop();
        f.web.env("SOMETHING", value);
        assertThat(f.violations()).extracting(Violation::rule).doesNotContain("reference.untyped");
    }

    @Test
    void store_services_and_pods_are_recognized_with_the_store_endpoint_to_use() {
        Fixture f = shop();
        f.web.env("PRIMARY", "db-0.db:5432").env("READ", "postgres://db-read:5432/orders").env("POD", "db-1.db.shop.svc");
        List<Violation> v = f.violations();
        assertThat(v).extracting(Violation::rule).containsOnly("reference.untyped");
        assertThat(v).extracting(Violation::path, Violation::fix).containsExactlyInAnyOrder(
                tuple("shop/webService:web/container:web/env:PRIMARY",
                        "use db.primaryEndpoint(\"pg\"), a typed endpoint the NetworkPolicies let through."),
                tuple("shop/webService:web/container:web/env:READ",
                        "write the text with Template.of(…, db.readEndpoint(\"pg\"), …) so the call is an edge of the graph."),
                tuple("shop/webService:web/container:web/env:POD",
                        "use db.primaryEndpoint(\"pg\"), a typed endpoint the NetworkPolicies let through."));
    }

    @Test
    void stringified_handles_are_reported_where_they_land() {
        Fixture f = shop();
        f.web.env("CONCAT", f.store.primaryHost() + ":5432")
                .env("VALUE_OF", String.valueOf(f.store.primaryEndpoint("pg")))
                .env("FORMAT", String.format("%s/v1", Template.of("http://", f.store.primaryHost())));
        List<Violation> v = f.violations();
        assertThat(v).extracting(Violation::rule).containsOnly("reference.untyped");
        assertThat(v).extracting(Violation::path).containsExactlyInAnyOrder("shop/webService:web/container:web/env:CONCAT",
                "shop/webService:web/container:web/env:VALUE_OF", "shop/webService:web/container:web/env:FORMAT");
        assertThat(v.get(0).message()).contains("turned into text").contains("not an address");
        assertThat(v.get(0).fix()).contains("Template.of(");
    }

    @Test
    void config_entries_commands_and_arguments_are_scanned_and_typed_uses_are_not() {
        Fixture f = shop();
        f.app.config("addresses").entry("catalog", "catalog:3550");
        f.web.command("serve", "--catalog=catalog:3550").args("--upstream", "http://catalog/v1");
        List<Violation> v = f.violations();
        assertThat(v).filteredOn(x -> x.rule().equals("reference.untyped")).extracting(Violation::path).containsExactlyInAnyOrder(
                "shop/config:addresses/entry:catalog", "shop/webService:web/container:web/command:1",
                "shop/webService:web/container:web/args:1");

        Fixture typed = shop();
        WebService cat = typed.app.webService("catalog2", "my-repo/catalog:1" + Fixture.DIGEST).replicas(2)
                .port("grpc", 8080, 3550).resources(Fixture.resources()).readinessProbe(dev.shipshape.model.Probe.grpc("grpc"));
        typed.app.config("addresses").entry("catalog", cat.endpoint("grpc"));
        typed.web.command(Template.of("--catalog=", cat.endpoint("grpc"))).args("--upstream", Template.of("http://", cat.endpoint("grpc"), "/v1"))
                .env("CATALOG", cat.endpoint("grpc"));
        assertThat(typed.violations()).extracting(Violation::rule).doesNotContain("reference.untyped");
    }

    @Test
    void a_service_of_another_namespace_is_not_the_apps_business() {
        Fixture f = shop();
        f.web.env("PAYMENTS", "api.payments.svc:443").env("TYPED", Shipshape.serviceIn("payments", "api", 443));
        assertThat(f.violations()).extracting(Violation::rule).doesNotContain("reference.untyped");
    }

    @Test
    void without_a_namespace_only_the_short_forms_are_the_apps() {
        Fixture f = new Fixture();
        f.web.env("QUALIFIED", "db.shop.svc:5432").env("SHORT", "db:5432");
        assertThat(f.only("reference.untyped").path()).isEqualTo("shop/webService:web/container:web/env:SHORT");
    }
}
