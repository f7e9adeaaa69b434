package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import org.junit.jupiter.api.Test;

/** The tests of {@link MountConflict}: where it fires, where it does not, and what it says. */
class MountConflictTest {

    private static PodTemplateSpec pod(java.util.function.UnaryOperator<io.fabric8.kubernetes.api.model.PodTemplateSpecFluent<PodTemplateSpecBuilder>.SpecNested<PodTemplateSpecBuilder>> spec) {
        return spec.apply(new PodTemplateSpecBuilder().withNewMetadata().addToLabels("app", "legacy").endMetadata().withNewSpec())
                .endSpec().build();
    }

    private static HasMetadata deployment(String name, PodTemplateSpec pod) {
        return new DeploymentBuilder().withNewMetadata().withName(name).endMetadata().withNewSpec().withReplicas(2)
                .withNewSelector().addToMatchLabels("app", "legacy").endSelector().withTemplate(pod).endSpec().build();
    }

    @Test
    void included_pods_with_two_mounts_at_one_path_or_a_missing_volume_are_reported() {
        Fixture f = new Fixture();
        PodTemplateSpec pod = pod(c -> c.addNewVolume().withName("one").withNewEmptyDir().endEmptyDir().endVolume()
                .addNewVolume().withName("two").withNewEmptyDir().endEmptyDir().endVolume()
                .addNewVolume().withName("two").withNewEmptyDir().endEmptyDir().endVolume()
                .addNewContainer().withName("app").withImage("my-repo/a:1" + Fixture.DIGEST)
                .addNewVolumeMount().withName("one").withMountPath("/data").endVolumeMount()
                .addNewVolumeMount().withName("two").withMountPath("/data").endVolumeMount()
                .addNewVolumeMount().withName("three").withMountPath("/three").endVolumeMount()
                .endContainer());
        Fixture.restricted(pod.getSpec());
        f.app.include(deployment("mounts", pod));
        f.app.include(Fixture.isolating("legacy"));
        assertThat(f.violations()).filteredOn(v -> !v.rule().startsWith("resources."))
                .extracting(Violation::rule, Violation::path).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("mount.conflict", "shop/Deployment:mounts/container:app/mount:/data"),
                        org.assertj.core.groups.Tuple.tuple("reference.unresolved", "shop/Deployment:mounts/container:app/mount:/three"),
                        org.assertj.core.groups.Tuple.tuple("name.duplicate", "shop/Deployment:mounts/volume:two"));
    }
}
