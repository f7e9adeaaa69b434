package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.shipshape.internal.lang.KustomizeHash;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests of {@link NameDuplicate}: where it fires, where it does not, and what it says. */
class NameDuplicateTest {

    @Test
    void duplicates_across_components_that_render_the_same_object() {
        Fixture f = new Fixture();
        f.app.webService("db-read", "my-repo/x:1" + Fixture.DIGEST).replicas(2).port("http", 8080).resources(Fixture.resources());
        Violation v = f.only("name.duplicate");
        assertThat(v.path()).isEqualTo("shop/webService:db-read");
        assertThat(v.message()).isEqualTo("Service 'db-read' is already defined by shop/statefulStore:db; one would"
                + " overwrite the other when applied.");
        Fixture hashed = new Fixture();
        // an unversioned config named exactly like the hash-versioned name of another
        String collision = "web-config-" + KustomizeHash.of(new java.util.TreeMap<>(java.util.Map.of("mode", "prod")));
        hashed.app.config(collision).unversioned();
        Violation clash = hashed.only("name.duplicate");
        assertThat(clash.path()).isEqualTo("shop/config:" + collision);
        assertThat(clash.message()).isEqualTo("ConfigMap '" + collision
                + "' is already defined by shop/config:web-config; one would overwrite the other when applied.");
        Fixture twice = new Fixture();
        twice.app.externalSecret("db");
        assertThat(twice.only("name.duplicate").message()).contains("a secret named 'db'");
    }

    private static List<Violation> check(String rule, HasMetadata... objects) {
        Fixture f = new Fixture();
        f.app.include(objects);
        return f.violations().stream().filter(v -> v.rule().equals(rule)).toList();
    }

    private static ContainerBuilder container(String name, String... ports) {
        ContainerBuilder c = new ContainerBuilder().withName(name).withImage("my-repo/a:1" + Fixture.DIGEST);
        int number = 8080;
        for (String p : ports) {
            c.addNewPort().withName(p).withContainerPort(number++).endPort();
        }
        return c;
    }

    private static PodTemplateSpec pod(List<ContainerBuilder> containers, String... volumes) {
        var spec = new PodTemplateSpecBuilder().withNewMetadata().addToLabels("app", "legacy").endMetadata().withNewSpec();
        containers.forEach(c -> spec.addToContainers(c.build()));
        for (String v : volumes) {
            spec.addNewVolume().withName(v).withNewEmptyDir().endEmptyDir().endVolume();
        }
        return spec.endSpec().build();
    }

    private static HasMetadata deployment(PodTemplateSpec pod, Integer replicas) {
        return new DeploymentBuilder().withNewMetadata().withName("legacy").endMetadata().withNewSpec().withReplicas(replicas)
                .withNewSelector().addToMatchLabels("app", "legacy").endSelector().withTemplate(pod).endSpec().build();
    }

    @Test
    void containers_ports_and_volumes_of_one_pod_need_their_own_names() {
        assertThat(check("name.duplicate", deployment(pod(List.of(container("a", "http", "metrics"), container("b", "http")),
                "one", "two"), 2))).isEmpty();
        assertThat(check("name.duplicate", deployment(pod(List.of(container("a", "http", "http"), container("a")), "one", "one"), 2)))
                .extracting(Violation::path, Violation::message, Violation::fix).containsExactlyInAnyOrder(
                        tuple("shop/Deployment:legacy/container:a/port:http", "container a has two ports named 'http'; the API"
                                + " server refuses it.", "give each port its own name."),
                        tuple("shop/Deployment:legacy/container:a", "two containers of Deployment/legacy are named 'a'; the API"
                                + " server refuses it.", "give each container its own name."),
                        tuple("shop/Deployment:legacy/volume:one", "two volumes of Deployment/legacy are named 'one'; the API"
                                + " server refuses it.", "give each volume its own name."));
    }

    private static HasMetadata statefulSet(String... claims) {
        var spec = new StatefulSetBuilder().withNewMetadata().withName("cache").endMetadata().withNewSpec().withReplicas(2)
                .withServiceName("cache").withNewSelector().addToMatchLabels("app", "legacy").endSelector()
                .withTemplate(pod(List.of(container("cache", "redis")), "scratch"));
        for (String c : claims) {
            spec.addNewVolumeClaimTemplate().withNewMetadata().withName(c).endMetadata().withNewSpec().withAccessModes("ReadWriteOnce")
                    .withNewResources().addToRequests("storage", new Quantity("1Gi")).endResources().endSpec().endVolumeClaimTemplate();
        }
        return spec.endSpec().build();
    }

    @Test
    void claim_templates_need_names_of_their_own_and_apart_from_the_pod_volumes() {
        assertThat(check("name.duplicate", statefulSet("data", "wal"))).isEmpty();
        assertThat(check("name.duplicate", statefulSet("data", "data", "scratch")))
                .extracting(Violation::path, Violation::message, Violation::fix).containsExactly(
                        tuple("shop/StatefulSet:cache/volume:data", "two volume claim templates of StatefulSet/cache are named 'data';"
                                + " each pod would get one claim for both.", "give each claim template its own name."),
                        tuple("shop/StatefulSet:cache/volume:scratch", "volume claim template 'scratch' of StatefulSet/cache has the name"
                                + " of a pod volume; the StatefulSet controller replaces that volume with the claim.",
                                "give the claim template or the volume another name."));
    }

    @Test
    void service_ports_and_config_keys_are_unique_and_objects_of_one_kind_and_name_collide() {
        var service = new ServiceBuilder().withNewMetadata().withName("legacy").endMetadata().withNewSpec()
                .addToSelector("app", "legacy").addNewPort().withName("web").withPort(80).withNewTargetPort(8080).endPort()
                .addNewPort().withName("web").withPort(81).withNewTargetPort(8080).endPort().endSpec().build();
        assertThat(check("name.duplicate", service)).extracting(Violation::path, Violation::message).containsExactly(tuple(
                "shop/Service:legacy/port:web", "Service legacy has two ports named 'web'; the API server refuses it."));
        var cm = new ConfigMapBuilder().withNewMetadata().withName("legacy").endMetadata().addToData("a", "1").addToData("b", "2")
                .addToBinaryData("b", "AA==").addToBinaryData("c", "AA==").build();
        assertThat(check("name.duplicate", cm)).extracting(Violation::path, Violation::message, Violation::fix).containsExactly(tuple(
                "shop/ConfigMap:legacy/key:b", "key 'b' of ConfigMap legacy is in both data and binaryData; the API server refuses it.",
                "keep the key in one of them."));
        var only = new ConfigMapBuilder().withNewMetadata().withName("legacy").endMetadata().addToData("a", "1").build();
        assertThat(check("name.duplicate", only)).isEmpty();
        var again = new ConfigMapBuilder().withNewMetadata().withName("legacy").endMetadata().addToData("a", "2").build();
        assertThat(check("name.duplicate", only, again)).extracting(Violation::message, Violation::fix).containsExactly(tuple(
                "ConfigMap 'legacy' is already defined by shop/ConfigMap:legacy; one would overwrite the other when applied.",
                "give one of them another name."));
        var elsewhere = new ConfigMapBuilder().withNewMetadata().withName("legacy").withNamespace("other").endMetadata()
                .addToData("a", "2").build();
        assertThat(check("name.duplicate", only, elsewhere)).isEmpty();
    }

    @Test
    void two_routes_of_one_kind_and_name_collide_and_an_http_and_a_grpc_route_do_not() {
        Fixture f = new Fixture();
        var gw = f.app.gateway("infra", "public");
        f.app.httpRoute("edge").parent(gw).route("/", f.web);
        f.app.httpRoute("edge").parent(gw).host("b.example.com").route("/b", f.web);
        f.app.grpcRoute("edge").parent(gw).host("c.example.com").service("shop.Api", f.web);
        assertThat(f.violations()).filteredOn(v -> v.rule().equals("name.duplicate")).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("shop/httpRoute:edge");
            assertThat(v.message()).isEqualTo("a httpRoute named 'edge' is already defined by shop/httpRoute:edge; one would"
                    + " overwrite the other when applied.");
        });
    }
}
