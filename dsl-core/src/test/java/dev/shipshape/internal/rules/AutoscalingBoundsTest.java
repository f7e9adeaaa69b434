package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.shipshape.dsl.WebService;
import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.testing.CheckedYaml;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tests of {@link AutoscalingBounds}: where it fires, where it does not, and what it says. */
class AutoscalingBoundsTest {

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
    void bounds_are_checked() {
        assertThat(withHpa(Autoscaling.between(0, 3), half(Cpu.cores(1))).only("autoscaling.bounds").message())
                .isEqualTo("minReplicas is 0; an HPA needs at least 1.");
        Violation v = withHpa(Autoscaling.between(5, 2), half(Cpu.cores(1))).only("autoscaling.bounds");
        assertThat(v.message()).isEqualTo("minReplicas 5 is greater than maxReplicas 2.");
        assertThat(v.fix()).contains("Autoscaling.between(2, 5)");
    }

    @TempDir
    Path tmp;

    /** {@code path | message | fix} of {@code rule}'s findings, the file written as {@code m.yaml}. */
    private List<String> check(String rule, String yaml) throws IOException {
        return CheckedYaml.findings(tmp, rule, yaml);
    }

    private static final String API = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api}
            spec:
              selector: {matchLabels: {app: api}}
              template:
                metadata: {labels: {app: api}}
                spec:
                  containers:
                  - name: a
                    image: "my-repo/a:1"
                    resources:
                      requests: {cpu: "1", memory: 1Gi}
                      limits: {cpu: 800m, memory: 1Gi}
            ---
            """;

    private static String hpa(String name, String target) {
        return """
                ---
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: %s}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}
                  minReplicas: 2
                  maxReplicas: 4
                """.formatted(name) + (target == null ? "" : """
                  metrics:
                  - type: Resource
                    resource: {name: cpu, target: {type: Utilization, averageUtilization: %s}}
                """.formatted(target));
    }

    @Test
    void hand_written_autoscalers_default_to_an_eighty_percent_target_and_need_a_target_of_at_least_one() throws IOException {
        String yaml = API + hpa("default-target", null) + hpa("zero-target", "0") + hpa("one-target", "1") + """
                ---
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: no-target-no-max}
                spec:
                  minReplicas: 2
                """;
        assertThat(check("autoscaling.target-unreachable", yaml)).containsExactly(
                "m.yaml#L17/HorizontalPodAutoscaler:default-target/autoscaling | the HPA scales out only when average cpu per"
                        + " pod passes 880m (80% of the 1 request, plus the HPA's 10% tolerance), but the 800m limit caps"
                        + " usage below that: it never scales out. | lower the averageUtilization target below 73%, or raise"
                        + " the cpu limit above 880m.");
        assertThat(check("autoscaling.bounds", yaml)).containsExactly(
                "m.yaml#L25/HorizontalPodAutoscaler:zero-target/autoscaling | the cpu target is 0% (averageUtilization); the"
                        + " API server requires at least 1. | set averageUtilization to 1 or more, e.g. 70.",
                "m.yaml#L47/HorizontalPodAutoscaler:no-target-no-max/autoscaling | minReplicas 2 is greater than maxReplicas"
                        + " 0. | make maxReplicas at least minReplicas.");
        assertThat(check("reference.unresolved", yaml)).containsExactly(
                "m.yaml#L47/HorizontalPodAutoscaler:no-target-no-max/autoscaling | the HPA has no scaleTargetRef, so it"
                        + " scales nothing; the API server refuses it. | point scaleTargetRef at a Deployment or StatefulSet"
                        + " of the manifests.");
    }

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
}
