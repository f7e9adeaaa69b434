package dev.shipshape.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.dsl.WebService;
import dev.shipshape.render.Manifests;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rule waived on one component: silent there, reported elsewhere, annotated only on that component's objects. */
class WaiverTest {

    private static final String ANNOTATION = "shipshape.dev/waived.workload.single-replica";

    @Test
    void a_waiver_on_one_component_silences_the_rule_there_only() {
        Fixture f = new Fixture();
        f.web.replicas(1).waive("workload.single-replica", "admin UI, downtime is fine");
        WebService other = f.app.webService("other", "my-repo/other:1" + Fixture.DIGEST).replicas(1).port("http", 8080)
                .resources(Fixture.resources());
        other.readinessProbe(dev.shipshape.model.Probe.http("/", "http"));
        f.app.ingress("other").host("other.example.com").route("/", other);
        assertThat(f.violations()).extracting(Violation::rule, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("workload.single-replica", "shop/webService:other/replicas"));
    }

    @Test
    void the_reason_is_annotated_on_the_waived_components_objects_only() {
        Fixture f = new Fixture();
        f.web.replicas(1).waive("workload.single-replica", "admin UI, downtime is fine");
        assertThat(f.violations()).isEmpty();
        Manifests m = f.app.render();
        for (HasMetadata o : m.objects()) {
            Map<String, String> annotations = o.getMetadata().getAnnotations();
            boolean web = "web".equals(o.getMetadata().getLabels().get("app.kubernetes.io/name"))
                    && "web-service".equals(o.getMetadata().getLabels().get("app.kubernetes.io/component"));
            assertThat(annotations != null && "admin UI, downtime is fine".equals(annotations.get(ANNOTATION)))
                    .as(o.getKind() + "/" + o.getMetadata().getName()).isEqualTo(web);
        }
    }

    @Test
    void a_waiver_needs_a_known_rule_and_a_reason() {
        Fixture f = new Fixture();
        assertThatThrownBy(() -> f.web.waive("workload.single-replicas", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown rule id 'workload.single-replicas'").hasMessageContaining("workload.single-replica");
        assertThatThrownBy(() -> f.cfg.waive("config.unversioned-name", " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a reason");
    }

    @Test
    void an_included_object_waives_a_rule_with_the_same_annotation() {
        Fixture f = new Fixture();
        Deployment legacy = new DeploymentBuilder().withNewMetadata().withName("legacy").endMetadata()
                .withNewSpec().withReplicas(2).withNewSelector().addToMatchLabels("app", "legacy").endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", "legacy").endMetadata()
                .withNewSpec().addNewContainer().withName("legacy").withImage("my-repo/legacy:1" + Fixture.DIGEST)
                .endContainer().endSpec().endTemplate().endSpec().build();
        Fixture.restricted(legacy.getSpec().getTemplate().getSpec());
        f.app.include(legacy);
        f.app.include(Fixture.isolating("legacy"));
        assertThat(f.violations()).extracting(Violation::rule, Violation::path).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("resources.memory-limit-missing", "shop/Deployment:legacy/container:legacy/resources/memory"),
                org.assertj.core.groups.Tuple.tuple("resources.requests-missing", "shop/Deployment:legacy/container:legacy/resources"));
        legacy.getMetadata().setAnnotations(Map.of("shipshape.dev/waived.resources.requests-missing", "sized by the VPA",
                "shipshape.dev/waived.resources.memory-limit-missing", "sized by the VPA"));
        Fixture g = new Fixture();
        g.app.include(legacy);
        g.app.include(Fixture.isolating("legacy"));
        assertThat(g.violations()).isEmpty();
    }

    /** A check of the model (not of a rendered object) is waived through the component its violation is placed in. */
    @Test
    void a_waiver_silences_checks_of_the_model_too() {
        Fixture f = new Fixture();
        f.web.autoscale(dev.shipshape.model.Autoscaling.between(2, 5));
        assertThat(f.violations()).extracting(Violation::rule).containsExactly("autoscaling.replicas-conflict");
        f.web.waive("autoscaling.replicas-conflict", "the fixed count is for the first rollout only");
        assertThat(f.violations()).isEmpty();
    }
}
