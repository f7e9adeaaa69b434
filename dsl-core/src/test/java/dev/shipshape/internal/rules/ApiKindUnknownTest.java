package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.shipshape.validation.Violation;
import dev.shipshape.validation.YamlCheck;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests of {@link ApiKindUnknown}: a version or kind of a built-in group that the release does not serve. */
class ApiKindUnknownTest extends YamlCheck {

    @Test
    void removed_versions_are_named_with_the_one_served_and_an_unknown_kind_of_a_built_in_group_too() throws IOException {
        List<Violation> found = found("api.kind-unknown", """
                apiVersion: policy/v1beta1
                kind: PodSecurityPolicy
                metadata: {name: psp}
                ---
                apiVersion: autoscaling/v2beta2
                kind: HorizontalPodAutoscaler
                metadata: {name: h}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: fine}
                spec: {selector: {matchLabels: {a: b}}, template: {metadata: {labels: {a: b}}, spec: {containers: [{name: c, image: x}]}}}
                """);
        assertThat(found).extracting(Violation::path, Violation::fix).containsExactly(
                tuple(tmp.resolve("o.yaml") + "#L1/PodSecurityPolicy:psp/apiVersion", "check the kind's name, or the API group."),
                tuple(tmp.resolve("o.yaml") + "#L5/HorizontalPodAutoscaler:h/apiVersion", "change apiVersion to autoscaling/v2"
                        + " and the fields that changed with it."));
        assertThat(found.get(1).message()).isEqualTo("Kubernetes 1.36 does not serve HorizontalPodAutoscaler in"
                + " autoscaling/v2beta2; it serves it in autoscaling/v1, autoscaling/v2 (the API server answers: no matches for kind).");
    }
}
