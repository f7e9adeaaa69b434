package dev.shipshape.testkit;

import static dev.shipshape.testkit.ShipshapeAssertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Ingress;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.WebService;
import dev.shipshape.model.Resources;
import dev.shipshape.render.Manifests;
import dev.shipshape.testing.TriesCap;
import dev.shipshape.testkit.internal.Mistakes;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Image;
import dev.shipshape.units.Memory;
import dev.shipshape.units.Names;
import dev.shipshape.units.Storage;
import dev.shipshape.validation.Rules;
import dev.shipshape.validation.Violation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.junit.jupiter.api.Test;

/** The testkit's own properties: what it generates is what it promises, and dsl-core holds up under it. */
@Tag("properties")
class GeneratedAppsProperties {

    @Provide
    Arbitrary<App> apps() {
        return ShipshapeArbitraries.apps();
    }

    @Property(tries = 1000)
    void every_generated_app_breaks_no_rule_and_renders_deterministically(@ForAll("apps") App app) {
        assertThat(app).isValid();
        Manifests first = app.render();
        Manifests second = app.render();
        assertThat(first.toYaml()).isEqualTo(second.toYaml());
        assertThat(first).everyContainer().hasRequests().hasLimits().hasPinnedImage();
        var model = app.model();
        for (var kind : List.of(dev.shipshape.model.ComponentKind.WORKER, dev.shipshape.model.ComponentKind.JOB,
                dev.shipshape.model.ComponentKind.CRON_JOB)) {
            net.jqwik.api.statistics.Statistics.label(kind.displayName()).collect(
                    model.workloads().stream().anyMatch(w -> w.kind() == kind));
        }
        net.jqwik.api.statistics.Statistics.label("sidecar or init container").collect(
                model.workloads().stream().anyMatch(w -> !w.extraContainers().isEmpty()));
        for (String label : List.of("worker", "job", "cron job", "sidecar or init container")) {
            if (!TriesCap.capped()) { // a share of a few capped tries says nothing
                net.jqwik.api.statistics.Statistics.label(label).coverage(c -> c.check(true).percentage(p -> p >= 20));
            }
        }
    }

    @Provide
    Arbitrary<InvalidApp> invalid() {
        return ShipshapeArbitraries.invalidApps();
    }

    @Property(tries = 1000)
    void every_invalid_app_triggers_exactly_its_rule(@ForAll("invalid") InvalidApp invalid) {
        Set<String> rules = invalid.app().validate().stream().map(Violation::rule).collect(Collectors.toCollection(TreeSet::new));
        assertThat(rules).containsExactly(invalid.rule());
    }

    @Test
    void invalid_apps_cover_every_rule_of_the_catalog_an_app_can_break() {
        // the rules of YAML read from files (api.field-unknown, input.unreadable, …) no App can break
        assertThat(new TreeSet<>(Mistakes.BY_RULE.keySet())).containsExactlyElementsOf(Rules.all().stream()
                .filter(dev.shipshape.validation.Rule::appliesToApps).map(dev.shipshape.validation.Rule::id)
                .collect(Collectors.toCollection(TreeSet::new)));
        assertThat(Rules.all().stream().filter(r -> !r.appliesToApps()).map(dev.shipshape.validation.Rule::id))
                .containsExactlyInAnyOrder("api.field-unknown", "api.field-type", "api.field-required",
                        "api.value-unsupported", "api.kind-unknown", "api.unchecked", "input.unreadable");
    }

    /**
     * Every rule's mistake, each drawn with fixed seeds: the property above draws rules at random, so a run with few
     * tries (the mutation profile's) would leave most mistakes unexercised. (A jqwik example: generators need its thread.)
     * Three seeds per rule; one under the mutation profile's tries cap, where this example runs again for every mutant
     * that survives in code it covers (every rule), and three seeds cost it 2.3 s each time (TESTING.md).
     */
    @net.jqwik.api.Example
    void the_mistake_of_every_rule_triggers_exactly_that_rule() {
        long seeds = TriesCap.capped() ? 1 : 3;
        for (String rule : Mistakes.BY_RULE.keySet()) {
            for (long seed = 1; seed <= seeds; seed++) {
                InvalidApp invalid = ShipshapeArbitraries.invalidApps(rule).generator(100).next(new java.util.Random(seed)).value();
                Set<String> rules = invalid.app().validate().stream().map(Violation::rule)
                        .collect(Collectors.toCollection(TreeSet::new));
                assertThat(rules).as("%s, seed %d", rule, seed).containsExactly(rule);
            }
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ShipshapeArbitraries.invalidApps("no.such-rule"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("no mistake known for rule 'no.such-rule'; known: [");
    }

    @Property(tries = 200)
    void big_apps_stay_valid(@ForAll("bigApps") App app) {
        assertThat(app).hasNoErrors();
        assertThat(app.render().size()).isGreaterThan(10);
    }

    @Provide
    Arbitrary<App> bigApps() {
        return ShipshapeArbitraries.apps().webServices(5, 12).stores(1, 3).staticSites(1, 2);
    }

    @Property(tries = 500)
    void values_stay_in_their_configured_ranges(@ForAll("smallCpu") Cpu cpu, @ForAll("smallMemory") Memory memory,
                                                @ForAll Storage storage) {
        assertThat(cpu).isBetween(Cpu.millis(100), Cpu.millis(300));
        assertThat(memory).isBetween(Memory.mebibytes(64), Memory.gibibytes(1));
        assertThat(Cpu.parse(cpu.toString())).isEqualTo(cpu);
        assertThat(Storage.parse(storage.toString())).isEqualTo(storage);
    }

    @Provide
    Arbitrary<Cpu> smallCpu() {
        return ShipshapeArbitraries.cpu().between(Cpu.millis(100), Cpu.millis(300));
    }

    @Provide
    Arbitrary<Memory> smallMemory() {
        return ShipshapeArbitraries.memory().between(Memory.mebibytes(64), Memory.gibibytes(1));
    }

    @Property(tries = 500)
    void resources_never_request_more_than_their_limits(@ForAll Resources r) {
        assertThat(r.cpuRequest().orElseThrow()).isLessThanOrEqualTo(r.cpuLimit().orElseThrow());
        assertThat(r.memoryRequest().orElseThrow()).isLessThanOrEqualTo(r.memoryLimit().orElseThrow());
    }

    @Property(tries = 500)
    void names_and_images_are_valid(@ForAll("labels") String label, @ForAll("subdomains") String subdomain, @ForAll Image image,
                                    @ForAll("pinned") Image pinned) {
        assertThat(Names.isDns1123Label(label)).as(label).isTrue();
        assertThat(Names.isDns1123Subdomain(subdomain)).as(subdomain).isTrue();
        assertThat(Image.parse(image.toString())).isEqualTo(image);
        assertThat(image.isMutable()).isFalse();
        assertThat(pinned.isPinned()).isTrue();
    }

    @Provide
    Arbitrary<String> labels() {
        return ShipshapeArbitraries.dnsLabels();
    }

    @Provide
    Arbitrary<String> subdomains() {
        return ShipshapeArbitraries.dnsSubdomains();
    }

    @Provide
    Arbitrary<Image> pinned() {
        return ShipshapeArbitraries.images().pinned();
    }

    @Property(tries = 500)
    void routes_come_in_an_order_no_rule_objects_to(@ForAll("routes") List<Route> routes) {
        assertThat(violationsOf(routes)).isEmpty();
    }

    @Provide
    Arbitrary<List<Route>> routes() {
        return ShipshapeArbitraries.routes().ofSize(1, 8);
    }

    @Property(tries = 300)
    void invalid_values_trigger_their_rule(@ForAll("invalidResources") Invalid<Resources> resources,
                                           @ForAll("invalidImages") Invalid<Image> image,
                                           @ForAll("invalidRoutes") Invalid<List<Route>> routes) {
        App app = Shipshape.app("t");
        app.webService("w", "my-repo/w:1").resources(resources.value());
        assertThat(app).hasViolation(resources.rule());
        App imageApp = Shipshape.app("t");
        imageApp.webService("w", image.value().toString());
        assertThat(imageApp).hasViolation(image.rule());
        assertThat(violationsOf(routes.value())).contains(routes.rule());
    }

    @Provide
    Arbitrary<Invalid<Resources>> invalidResources() {
        return ShipshapeArbitraries.invalidResources();
    }

    @Provide
    Arbitrary<Invalid<Image>> invalidImages() {
        return ShipshapeArbitraries.invalidImages();
    }

    @Provide
    Arbitrary<Invalid<List<Route>>> invalidRoutes() {
        return ShipshapeArbitraries.invalidRoutes();
    }

    @Property(tries = 300)
    void config_data_has_valid_keys(@ForAll("configData") Map<String, String> data) {
        assertThat(data).isNotEmpty().allSatisfy((k, v) -> assertThat(Names.isConfigKey(k)).isTrue());
        App app = Shipshape.app("t");
        app.config("c").entries(data);
        assertThat(app.render().toYaml()).contains("name: c-");
    }

    @Provide
    Arbitrary<Map<String, String>> configData() {
        return ShipshapeArbitraries.configData();
    }

    private static Set<String> violationsOf(List<Route> routes) {
        App app = Shipshape.app("t");
        WebService web = app.webService("w", "my-repo/w:1").port("http", 80);
        Ingress ingress = app.ingress("i");
        for (Route r : routes) {
            ingress.route(r.path(), web, r.type());
        }
        return app.validate().stream().map(Violation::rule).filter(r -> r.startsWith("ingress."))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
