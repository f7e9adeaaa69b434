package dev.shipshape.examples;

import static dev.shipshape.testkit.ShipshapeAssertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.model.Resources;
import dev.shipshape.render.Manifests;
import dev.shipshape.testkit.ShipshapeArbitraries;
import dev.shipshape.units.Storage;
import io.fabric8.kubernetes.api.model.ConfigMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property tests of the journal app in the style users copy into their own projects: instead of testing the
 * one values file Helm users test, test every parameter set in the supported ranges.
 */
class JournalProperties {

    @Provide
    Arbitrary<JournalParameters> parameters() {
        Arbitrary<Resources> resources = ShipshapeArbitraries.resources();
        Arbitrary<String> host = ShipshapeArbitraries.dnsSubdomains().ofMaxLength(100);
        Arbitrary<String> screen = Arbitraries.of("easter", "spring-festival", "diwali", "none");
        Arbitrary<Integer> entries = Arbitraries.integers().between(1, 100);
        Arbitrary<Integer> min = Arbitraries.integers().between(2, 5);
        Arbitrary<Integer> extra = Arbitraries.integers().between(0, 20);
        Arbitrary<Integer> redisReplicas = Arbitraries.integers().between(1, 5);
        Arbitrary<Storage> volume = ShipshapeArbitraries.storage().between(Storage.gibibytes(1), Storage.gibibytes(100));
        return Combinators.combine(host, screen, entries, min, extra, resources, redisReplicas, volume)
                .as((h, s, e, lo, more, r, rr, v) -> new JournalParameters("test", "test-region", h, s, e,
                        "my-repo/journal-server:v1.0.1-bfeda01f", "my-repo/static-files:v1-abcde", "redis:7.2.4-alpine",
                        lo, lo + more, r, rr, v, false));
    }

    @Property(tries = 300)
    void every_parameter_set_validates_and_renders(@ForAll("parameters") JournalParameters p) {
        App app = Journal.define(p);
        assertThat(app).hasNoErrors();
        Manifests m = app.render();
        assertThat(m).containsDeployment("frontend").containsStatefulSet("redis");
        assertThat(m).everyContainer().hasRequests().hasLimits();
        assertThat(m).configMap("frontend-config").isVersioned();
    }

    @Property(tries = 300)
    void the_ingress_always_routes_api_to_the_frontend_before_the_files(@ForAll("parameters") JournalParameters p) {
        assertThat(Journal.define(p).render()).ingress("frontend-ingress")
                .routesInOrder("/api", "/")
                .routesTo("/api", "frontend")
                .routesTo("/", "fileserver");
    }

    @Property(tries = 300)
    void the_config_name_changes_exactly_when_its_content_does(@ForAll("parameters") JournalParameters a,
                                                               @ForAll("parameters") JournalParameters b) {
        ConfigMap ca = config(Journal.define(a).render());
        ConfigMap cb = config(Journal.define(b).render());
        assertThat(ca.getMetadata().getName().equals(cb.getMetadata().getName())).isEqualTo(ca.getData().equals(cb.getData()));
        ConfigMap same = config(Journal.define(a.withHost("other.example.com")).render());
        assertThat(same.getMetadata().getName()).isEqualTo(ca.getMetadata().getName());
    }

    private static ConfigMap config(Manifests m) {
        return m.objects().stream().filter(o -> o instanceof ConfigMap).map(ConfigMap.class::cast).findFirst().orElseThrow();
    }
}
