package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.shipshape.dsl.WebService;
import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tests of {@link AutoscalingTargetUnreachable}: where it fires, where it does not, and what it says. */
class AutoscalingTargetUnreachableTest {

    private Fixture withHpa(Autoscaling a, Resources r) {
        Fixture f = new Fixture();
        WebService w = f.app.webService("api", "my-repo/api:2.0" + Fixture.DIGEST).port("http", 8080)
                .resources(r).readinessProbe(Probe.http("/healthz", "http")).autoscale(a);
        f.app.ingress("api").host("api.shop.example.com").route("/", w);
        return f;
    }

    private static Resources half(Cpu limit) {
        return Resources.of(Cpu.millis(500), Memory.gibibytes(1)).limits(limit, Memory.gibibytes(1));
    }

    @Test
    void reachable_target_is_accepted() {
        // request 500m, limit 1, target 80%: the HPA acts above 440m, below the limit
        assertThat(withHpa(Autoscaling.between(2, 10).targetCpuUtilization(80), half(Cpu.cores(1))).violations()).isEmpty();
        // 181%: acts above 995.5m < 1000m
        assertThat(withHpa(Autoscaling.between(2, 10).targetCpuUtilization(181), half(Cpu.cores(1))).violations()).isEmpty();
    }

    @Test
    void unreachable_target_is_an_error_with_the_threshold_and_the_largest_workable_target() {
        Violation v = withHpa(Autoscaling.between(2, 10).targetCpuUtilization(185), half(Cpu.cores(1)))
                .only("autoscaling.target-unreachable");
        assertThat(v.path()).isEqualTo("shop/webService:api/autoscaling");
        assertThat(v.message()).contains("passes 1017.5m (185% of the 500m request").contains("the 1 limit caps usage");
        assertThat(v.fix()).isEqualTo("lower targetCpuUtilization below 182%, or raise the cpu limit above 1017.5m.");
        // exactly at the limit is unreachable too: usage must pass the threshold and cannot pass the limit
        assertThat(withHpa(Autoscaling.between(2, 10).targetCpuUtilization(100),
                Resources.of(Cpu.cores(1), Memory.gibibytes(1)).limits(Cpu.millis(1100), Memory.gibibytes(1))).violations())
                .extracting(Violation::rule).containsExactly("autoscaling.target-unreachable");
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
