package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code pdb.blocks-eviction} over included budgets: which budgets can never allow an eviction, on both sides of the
 * replica count, counting every selected workload, and an autoscaler's minimum in place of a fixed count.
 */
class PdbBlocksEvictionTest {

    private static HasMetadata deployment(String name, Integer replicas) {
        return new DeploymentBuilder().withNewMetadata().withName(name).endMetadata().withNewSpec().withReplicas(replicas)
                .withNewSelector().addToMatchLabels("app", name).endSelector().withNewTemplate().withNewMetadata()
                .addToLabels("app", name).addToLabels("tier", "legacy").endMetadata().withNewSpec().addNewContainer()
                .withName(name).withImage("my-repo/a:1" + Fixture.DIGEST).endContainer().endSpec().endTemplate().endSpec().build();
    }

    private static HasMetadata pdb(String selects, IntOrString min, IntOrString max) {
        return new PodDisruptionBudgetBuilder().withNewMetadata().withName("budget").endMetadata().withNewSpec()
                .withMinAvailable(min).withMaxUnavailable(max).withNewSelector().addToMatchLabels(selects.split("=")[0],
                        selects.split("=")[1]).endSelector().endSpec().build();
    }

    private static List<String> blocked(HasMetadata... objects) {
        Fixture f = new Fixture();
        f.app.include(objects);
        return f.violations().stream().filter(v -> v.rule().equals("pdb.blocks-eviction")).map(Violation::message).toList();
    }

    @Test
    void a_budget_that_never_allows_an_eviction_is_reported_with_the_reason() {
        HasMetadata three = deployment("legacy", 3);
        assertThat(blocked(three, pdb("app=legacy", null, new IntOrString(1)))).isEmpty();
        assertThat(blocked(three, pdb("app=legacy", null, new IntOrString(0)))).containsExactly("PodDisruptionBudget budget"
                + " never allows an eviction (maxUnavailable is 0): node drains, cluster upgrades and scale-downs wait for it forever.");
        assertThat(blocked(three, pdb("app=legacy", null, new IntOrString("0%")))).singleElement().asString()
                .contains("(maxUnavailable is 0)");
        assertThat(blocked(three, pdb("app=legacy", null, new IntOrString("10%")))).isEmpty();
        assertThat(blocked(three, pdb("app=legacy", new IntOrString("100%"), null))).singleElement().asString()
                .contains("(minAvailable is 100%)");
        assertThat(blocked(three, pdb("app=legacy", new IntOrString("99%"), null))).isEmpty();
        assertThat(blocked(three, pdb("app=legacy", new IntOrString(2), null))).isEmpty();
        assertThat(blocked(three, pdb("app=legacy", new IntOrString(3), null))).singleElement().asString()
                .contains("(minAvailable is 3 and the selected pods number 3)");
        assertThat(blocked(three, pdb("app=legacy", new IntOrString(4), null))).hasSize(1);
    }

    @Test
    void every_selected_workload_counts_and_a_budget_selecting_none_is_another_rule_s_concern() {
        assertThat(blocked(deployment("a", 2), deployment("b", 2), pdb("tier=legacy", new IntOrString(3), null))).isEmpty();
        assertThat(blocked(deployment("a", 2), deployment("b", 2), pdb("tier=legacy", new IntOrString(4), null)))
                .singleElement().asString().contains("(minAvailable is 4 and the selected pods number 4)");
        assertThat(blocked(deployment("a", null), pdb("app=a", new IntOrString(1), null))).as("replicas default to 1")
                .singleElement().asString().contains("the selected pods number 1");
        assertThat(blocked(deployment("a", 2), pdb("app=other", new IntOrString(5), null))).isEmpty();
    }

    @Test
    void an_autoscaled_workload_counts_with_its_autoscaler_s_minimum() {
        HasMetadata hpa = new HorizontalPodAutoscalerBuilder().withNewMetadata().withName("a").endMetadata().withNewSpec()
                .withMinReplicas(4).withMaxReplicas(8).withNewScaleTargetRef().withApiVersion("apps/v1").withKind("Deployment")
                .withName("a").endScaleTargetRef().endSpec().build();
        assertThat(blocked(deployment("a", null), hpa, pdb("app=a", new IntOrString(3), null))).isEmpty();
        assertThat(blocked(deployment("a", null), hpa, pdb("app=a", new IntOrString(4), null))).singleElement().asString()
                .contains("the selected pods number 4");
    }

    @Test
    void a_disruption_budget_that_never_allows_an_eviction() {
        Fixture f = new Fixture();
        f.app.include(new io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder().withNewMetadata()
                .withName("strict").endMetadata().withNewSpec().withMinAvailable(new io.fabric8.kubernetes.api.model.IntOrString(2))
                .withNewSelector().addToMatchLabels("app.kubernetes.io/name", "web").endSelector().endSpec().build());
        Violation v = f.only("pdb.blocks-eviction");
        assertThat(v.message()).contains("minAvailable is 2 and the selected pods number 2");
        Fixture ok = new Fixture();
        ok.web.replicas(3);
        ok.app.include(new io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder().withNewMetadata()
                .withName("strict").endMetadata().withNewSpec().withMinAvailable(new io.fabric8.kubernetes.api.model.IntOrString(2))
                .withNewSelector().addToMatchLabels("app.kubernetes.io/name", "web").endSelector().endSpec().build());
        assertThat(ok.violations()).isEmpty();
    }
}
