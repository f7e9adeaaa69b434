package dev.shipshape.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Config;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.WebService;
import dev.shipshape.dsl.Worker;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.model.RollingUpdate;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Details of rendering a user can observe: where objects of kinds Shipshape does not know go, that a renamed object is
 * sorted under its new name, the type of a development Secret, annotations next to waivers, rolling-update numbers
 * versus percentages, which NetworkPolicies exist, and pod volume names at the 63-character limit.
 */
class RenderingDetailsTest {

    private static final String DIGEST = "@sha256:" + "a".repeat(64);

    private static List<String> names(Manifests m) {
        return m.objects().stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList();
    }

    private static <T extends HasMetadata> T named(Manifests m, Class<T> type, String name) {
        return m.objects().stream().filter(type::isInstance).map(type::cast).filter(o -> o.getMetadata().getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name + " in " + names(m)));
    }

    private static Resources resources() {
        return Resources.of(Cpu.millis(100), Memory.mebibytes(64)).limits(Cpu.millis(200), Memory.mebibytes(64));
    }

    private static HasMetadata generic(String kind, String name) {
        return new GenericKubernetesResourceBuilder().withApiVersion("example.com/v1").withKind(kind).withNewMetadata()
                .withName(name).endMetadata().build();
    }

    @Test
    void objects_of_kinds_shipshape_does_not_know_come_after_the_known_ones_by_kind_then_name() {
        App app = RenderTest.sample();
        app.include(generic("Widget", "b"), generic("Aardvark", "z"), generic("Widget", "a"));
        List<String> order = names(app.render());
        assertThat(order.subList(order.size() - 3, order.size())).containsExactly("Aardvark/z", "Widget/a", "Widget/b");
    }

    @Test
    void a_customization_that_renames_an_object_sorts_it_under_its_new_name() {
        App app = RenderTest.sample();
        app.config("a-extra").entry("k", "v");
        app.customize(ConfigMap.class, cm -> {
            if (cm.getMetadata().getName().startsWith("a-extra")) {
                cm.getMetadata().setName("zz-extra");
            }
        });
        List<String> configMaps = names(app.render()).stream().filter(n -> n.startsWith("ConfigMap/")).toList();
        assertThat(configMaps).hasSize(2).last().isEqualTo("ConfigMap/zz-extra");
    }

    @Test
    void a_development_secret_is_opaque_and_user_annotations_sit_next_to_waivers() {
        App app = RenderTest.sample();
        app.developmentSecret("dev-token", Map.of("token", "t0k3n"));
        app.worker("jobs", "my-repo/jobs:1" + DIGEST).resources(resources()).annotation("team.example.com/owner", "journal")
                .waive("workload.single-replica", "a single consumer by design");
        Manifests m = app.render();
        assertThat(named(m, Secret.class, "dev-token").getType()).isEqualTo("Opaque");
        assertThat(named(m, Deployment.class, "jobs").getMetadata().getAnnotations())
                .containsEntry("team.example.com/owner", "journal")
                .containsEntry("shipshape.dev/waived.workload.single-replica", "a single consumer by design");
    }

    @Test
    void rolling_update_numbers_render_as_integers_and_percentages_as_strings() {
        App app = RenderTest.sample();
        app.webService("api", "my-repo/api:1" + DIGEST).replicas(2).port("http", 8080).resources(resources())
                .readinessProbe(Probe.http("/", "http")).rollingUpdate(new RollingUpdate("1", "25%"));
        var rolling = named(app.render(), Deployment.class, "api").getSpec().getStrategy().getRollingUpdate();
        assertThat(rolling.getMaxSurge().getIntVal()).isEqualTo(1);
        assertThat(rolling.getMaxSurge().getStrVal()).isNull();
        assertThat(rolling.getMaxUnavailable().getStrVal()).isEqualTo("25%");
        assertThat(rolling.getMaxUnavailable().getIntVal()).isNull();
    }

    @Test
    void network_policies_exist_for_apps_with_workloads_and_for_workloads_with_traffic() {
        App configOnly = Shipshape.app("settings");
        configOnly.config("flags").entry("beta", "on");
        assertThat(names(configOnly.render())).noneMatch(n -> n.startsWith("NetworkPolicy/"));

        App quiet = Shipshape.app("quiet");
        Worker w = quiet.worker("w", "my-repo/w:1" + DIGEST).resources(resources());
        assertThat(w).isNotNull();
        assertThat(names(quiet.render()).stream().filter(n -> n.startsWith("NetworkPolicy/")))
                .containsExactly("NetworkPolicy/allow-dns", "NetworkPolicy/default-deny");

        App routed = Shipshape.app("routed");
        WebService web = routed.webService("web", "my-repo/web:1" + DIGEST).replicas(2).port("http", 8080).port("metrics", 9090)
                .resources(resources()).readinessProbe(Probe.http("/", "http"));
        routed.ingress("web").host("web.example.com").route("/", web, "http");
        NetworkPolicy policy = named(routed.render(), NetworkPolicy.class, "web");
        assertThat(policy.getSpec().getIngress()).singleElement()
                .satisfies(r -> assertThat(r.getPorts()).extracting(p -> p.getPort().getIntVal()).containsExactly(8080));
    }

    @Test
    void a_config_volume_keeps_its_name_up_to_63_characters_and_is_shortened_with_a_hash_beyond() {
        App app = RenderTest.sample();
        String fits = "c".repeat(63 - "config-".length());
        String over = "d".repeat(64 - "config-".length());
        Config a = app.config(fits).entry("k", "v");
        Config b = app.config(over).entry("k", "v");
        app.worker("reader", "my-repo/reader:1" + DIGEST).resources(resources()).mount(a, "/etc/a").mount(b, "/etc/b");
        List<String> volumes = named(app.render(), Deployment.class, "reader").getSpec().getTemplate().getSpec().getVolumes()
                .stream().map(Volume::getName).toList();
        assertThat(volumes).contains("config-" + fits);
        assertThat(volumes).noneMatch(v -> v.equals("config-" + over))
                .anySatisfy(v -> assertThat(v).startsWith("config-ddd").hasSizeLessThanOrEqualTo(63).matches(".*-[a-z0-9]{10}"));
    }
}
