package dev.shipshape.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.shipshape.model.Autoscaling;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules that read included objects field by field: {@code name.duplicate} inside a pod, a Service and a ConfigMap,
 * {@code ingress.empty}, and {@code autoscaling.replicas-conflict} for a workload and HPA written by hand.
 */
class IncludedObjectRulesTest {

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
    void an_ingress_needs_routes_or_a_default_backend_and_every_http_section_paths() {
        assertThat(check("ingress.empty", new IngressBuilder().withNewMetadata().withName("edge").endMetadata().withNewSpec()
                .endSpec().build())).extracting(Violation::path, Violation::message, Violation::fix).containsExactly(tuple(
                        "shop/Ingress:edge", "Ingress edge has no routes and no default backend; the API server refuses it.",
                        "add rules or a defaultBackend, or remove the Ingress."));
        assertThat(check("ingress.empty", new IngressBuilder().withNewMetadata().withName("edge").endMetadata().build()))
                .hasSize(1);
        assertThat(check("ingress.empty", new IngressBuilder().withNewMetadata().withName("edge").endMetadata().withNewSpec()
                .withNewDefaultBackend().withNewService().withName("web").withNewPort().withName("http").endPort().endService()
                .endDefaultBackend().endSpec().build())).isEmpty();
        assertThat(check("ingress.empty", new IngressBuilder().withNewMetadata().withName("edge").endMetadata().withNewSpec()
                .addNewRule().withHost("a.example.com").withNewHttp().endHttp().endRule()
                .addNewRule().withNewHttp().endHttp().endRule()
                .addNewRule().withHost("b.example.com").endRule()
                .endSpec().build())).extracting(Violation::path, Violation::message, Violation::fix).containsExactly(
                        // sorted by path
                        tuple("shop/Ingress:edge/host:*", "the rule for any host has an http section without paths; the API"
                                + " server refuses it.", "add a path, or remove the rule."),
                        tuple("shop/Ingress:edge/host:a.example.com", "the rule for host a.example.com has an http section"
                                + " without paths; the API server refuses it.", "add a path, or remove the rule."));
        // the DSL's own fix for its own ingress
        Fixture f = new Fixture();
        f.app.ingress("spare").host("spare.example.com");
        assertThat(f.violations()).filteredOn(v -> v.rule().equals("ingress.empty")).extracting(Violation::fix)
                .containsExactly("add a route: .route(\"/\", web), or remove the ingress.");
    }

    private static HasMetadata hpa(String kind, String name) {
        return new HorizontalPodAutoscalerBuilder().withNewMetadata().withName("legacy-hpa").endMetadata().withNewSpec()
                .withMinReplicas(2).withMaxReplicas(4).withNewScaleTargetRef().withApiVersion("apps/v1").withKind(kind)
                .withName(name).endScaleTargetRef().endSpec().build();
    }

    @Test
    void a_workload_written_with_replicas_fights_its_autoscaler() {
        PodTemplateSpec p = pod(List.of(container("app", "http")));
        assertThat(check("autoscaling.replicas-conflict", deployment(p, null), hpa("Deployment", "legacy"))).isEmpty();
        assertThat(check("autoscaling.replicas-conflict", deployment(p, 3), hpa("Deployment", "legacy")))
                .extracting(Violation::path, Violation::message, Violation::fix).containsExactly(tuple(
                        "shop/Deployment:legacy/replicas", "Deployment/legacy sets replicas: 3 but HorizontalPodAutoscaler"
                                + " legacy-hpa owns the count; every apply resets it to 3, fighting the autoscaler.",
                        "remove spec.replicas from Deployment/legacy."));
        assertThat(check("autoscaling.replicas-conflict", statefulSet("data"), hpa("StatefulSet", "cache")))
                .extracting(Violation::path).containsExactly("shop/StatefulSet:cache/replicas");
        // an HPA whose target is not among the manifests: nothing to fight (reference.unresolved reports it)
        assertThat(check("autoscaling.replicas-conflict", deployment(p, 3), hpa("Deployment", "other"))).isEmpty();
        // the DSL: a fixed count beside autoscaling
        Fixture f = new Fixture();
        f.web.autoscale(Autoscaling.between(2, 5));
        assertThat(f.violations()).filteredOn(v -> v.rule().equals("autoscaling.replicas-conflict"))
                .extracting(Violation::path, Violation::message).containsExactly(tuple("shop/webService:web/replicas",
                        "replicas(2) is set but the HPA owns the replica count (between 2 and 5); the fixed count is not rendered."));
    }
}
