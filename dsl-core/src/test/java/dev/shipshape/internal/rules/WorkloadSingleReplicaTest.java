package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.shipshape.model.Autoscaling;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests of {@link WorkloadSingleReplica}: where it fires, where it does not, and what it says. */
class WorkloadSingleReplicaTest {

    @Test
    void a_single_replica_web_service_warns() {
        Fixture f = new Fixture();
        f.web.replicas(1);
        assertThat(f.only("workload.single-replica").path()).isEqualTo("shop/webService:web/replicas");
        Fixture scaled = new Fixture();
        scaled.app.webService("w", "my-repo/w:1" + Fixture.DIGEST).port("http", 8080).resources(Fixture.resources())
                .autoscale(Autoscaling.between(2, 3));
        assertThat(scaled.violations()).isEmpty();
    }

    private static List<Violation> rule(Fixture f, String rule) {
        return f.violations().stream().filter(v -> v.rule().equals(rule)).toList();
    }

    private static HasMetadata deployment(String name, Integer replicas, ContainerBuilder... containers) {
        var spec = new DeploymentBuilder().withNewMetadata().withName(name).endMetadata().withNewSpec().withReplicas(replicas)
                .withNewSelector().addToMatchLabels("app", name).endSelector().withNewTemplate().withNewMetadata()
                .addToLabels("app", name).endMetadata().withNewSpec();
        for (ContainerBuilder c : containers) {
            spec.addToContainers(c.build());
        }
        return spec.endSpec().endTemplate().endSpec().build();
    }

    private static ContainerBuilder container(String name, String request, String limit) {
        return new ContainerBuilder().withName(name).withImage("my-repo/a:1" + Fixture.DIGEST).addNewPort().withName("http")
                .withContainerPort(8080).endPort().withNewResources().addToRequests("cpu", new Quantity(request))
                .addToLimits("cpu", new Quantity(limit)).endResources();
    }

    private static HasMetadata service(String selects) {
        return new ServiceBuilder().withNewMetadata().withName(selects + "-svc").endMetadata().withNewSpec()
                .addToSelector("app", selects).addNewPort().withName("http").withPort(80).withNewTargetPort("http").endPort()
                .endSpec().build();
    }

    private static HasMetadata hpa(String target, int min, int max, Integer cpuPercent) {
        var spec = new HorizontalPodAutoscalerBuilder().withNewMetadata().withName(target + "-hpa").endMetadata().withNewSpec()
                .withMinReplicas(min).withMaxReplicas(max).withNewScaleTargetRef().withApiVersion("apps/v1")
                .withKind("Deployment").withName(target).endScaleTargetRef();
        if (cpuPercent != null) {
            spec.addNewMetric().withType("Resource").withNewResource().withName("cpu").withNewTarget().withType("Utilization")
                    .withAverageUtilization(cpuPercent).endTarget().endResource().endMetric();
        }
        return spec.endSpec().build();
    }

    private static List<Violation> included(String rule, HasMetadata... objects) {
        Fixture f = new Fixture();
        f.app.include(objects);
        return rule(f, rule);
    }

    @Test
    void a_single_served_replica_without_an_autoscaler_warns() {
        assertThat(included("workload.single-replica", deployment("legacy", 1, container("app", "500m", "1")), service("legacy")))
                .extracting(Violation::path, Violation::message, Violation::fix).containsExactly(tuple(
                        "shop/Deployment:legacy/replicas", "Deployment legacy runs a single replica and has no HPA: every"
                                + " rollout, drain or crash is an outage.",
                        "set spec.replicas to 2 or more, or add a HorizontalPodAutoscaler with minReplicas 2 or more."));
        assertThat(included("workload.single-replica", deployment("legacy", null, container("app", "500m", "1")),
                service("legacy"))).as("replicas default to 1").hasSize(1);
        assertThat(included("workload.single-replica", deployment("legacy", 2, container("app", "500m", "1")), service("legacy")))
                .isEmpty();
        assertThat(included("workload.single-replica", deployment("legacy", 1, container("app", "500m", "1"))))
                .as("no Service sends it traffic").isEmpty();
        assertThat(included("workload.single-replica", deployment("legacy", null, container("app", "500m", "1")),
                service("legacy"), hpa("legacy", 2, 4, null))).isEmpty();
    }
}
