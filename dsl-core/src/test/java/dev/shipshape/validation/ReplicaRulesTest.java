package dev.shipshape.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.shipshape.model.Autoscaling;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The replica rules on both sides of each boundary, for the DSL and for objects written by hand:
 * {@code autoscaling.bounds}, {@code workload.single-replica} and {@code autoscaling.target-unreachable}.
 */
class ReplicaRulesTest {

    private static List<Violation> rule(Fixture f, String rule) {
        return f.violations().stream().filter(v -> v.rule().equals(rule)).toList();
    }

    @Test
    void autoscaling_bounds_from_one_and_up_to_equal() {
        for (int[] ok : new int[][] {{1, 3}, {3, 3}}) {
            Fixture f = new Fixture();
            f.web.autoscale(Autoscaling.between(ok[0], ok[1]));
            assertThat(rule(f, "autoscaling.bounds")).as("%d..%d", ok[0], ok[1]).isEmpty();
        }
        Fixture f = new Fixture();
        f.web.autoscale(Autoscaling.between(4, 3));
        assertThat(rule(f, "autoscaling.bounds")).extracting(Violation::message, Violation::fix).containsExactly(
                tuple("minReplicas 4 is greater than maxReplicas 3.", "swap them: Autoscaling.between(3, 4)."));
        Fixture g = new Fixture();
        g.web.autoscale(Autoscaling.between(0, 0));
        assertThat(rule(g, "autoscaling.bounds")).extracting(Violation::fix).containsExactly("use Autoscaling.between(1, 1) or more.");
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
    void hand_written_autoscaler_bounds_get_a_fix_in_their_own_terms() {
        HasMetadata d = deployment("legacy", null, container("app", "500m", "1"));
        assertThat(included("autoscaling.bounds", d, hpa("legacy", 0, 3, null))).extracting(Violation::message, Violation::fix)
                .containsExactly(tuple("minReplicas is 0; an HPA needs at least 1.", "set minReplicas to 1 or more."));
        assertThat(included("autoscaling.bounds", d, hpa("legacy", 3, 2, null))).extracting(Violation::fix)
                .containsExactly("make maxReplicas at least minReplicas.");
        assertThat(included("autoscaling.bounds", d, hpa("legacy", 2, 2, null))).isEmpty();
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

    @Test
    void an_unreachable_target_sums_every_container_of_the_pod() {
        // two containers: 2 × 500m requested, 2 × 1 limit; 181% acts above 1991m < 2000m, 182% above 2002m ≥ 2000m
        HasMetadata two = deployment("legacy", null, container("app", "500m", "1"), container("side", "500m", "1"));
        assertThat(included("autoscaling.target-unreachable", two, hpa("legacy", 2, 4, 181))).isEmpty();
        assertThat(included("autoscaling.target-unreachable", two, hpa("legacy", 2, 4, 182))).extracting(Violation::message,
                Violation::fix).containsExactly(tuple("the HPA scales out only when average cpu per pod passes 2002m (182% of"
                        + " the pod's 1 request, plus the HPA's 10% tolerance), but the pod's 2 limit caps usage below that: it never"
                        + " scales out.", "lower the averageUtilization target below 182%, or raise the cpu limit above 2002m."));
        // a container without a cpu limit: no ceiling to reach
        HasMetadata unlimited = deployment("legacy", null, container("app", "500m", "1"),
                new ContainerBuilder().withName("side").withImage("my-repo/a:1" + Fixture.DIGEST).withNewResources()
                        .addToRequests(Map.of("cpu", new Quantity("500m"))).endResources());
        assertThat(included("autoscaling.target-unreachable", unlimited, hpa("legacy", 2, 4, 500))).isEmpty();
        assertThat(included("autoscaling.target-unreachable", two, hpa("legacy", 2, 4, null))).as("no cpu target").isEmpty();
    }
}
