package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.shipshape.model.Autoscaling;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Severity;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests of {@link AutoscalingReplicasConflict}: where it fires, where it does not, and what it says. */
class AutoscalingReplicasConflictTest {

    @Test
    void fixed_replicas_with_an_hpa_warn() {
        Fixture f = new Fixture();
        f.web.autoscale(Autoscaling.between(2, 4));
        Violation v = f.only("autoscaling.replicas-conflict");
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.path()).isEqualTo("shop/webService:web/replicas");
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
