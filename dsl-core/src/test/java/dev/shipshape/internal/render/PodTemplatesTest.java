package dev.shipshape.internal.render;

import static dev.shipshape.internal.render.Rendering.IMAGE;
import static dev.shipshape.internal.render.Rendering.SMALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Config;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.Toleration;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Volume;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What {@link PodTemplates} renders for each pod option. */
class PodTemplatesTest {

    private final App app = Shipshape.app("shop");

    private PodTemplateSpec template(String name, Optional<String> restartPolicy) {
        Rendering r = Rendering.of(app);
        return PodTemplates.of(r.workload(name), restartPolicy, r.context().scope(r.workload(name).id()));
    }

    @Test
    void the_defaults_a_restricted_pod_of_its_own_service_account_without_a_token() {
        app.webService("web", IMAGE).port("http", 8080).resources(SMALL);
        PodTemplateSpec t = template("web", Optional.empty());
        PodSpec spec = t.getSpec();
        assertThat(t.getMetadata().getLabels()).containsEntry("app.kubernetes.io/name", "web")
                .containsEntry("app.kubernetes.io/part-of", "shop").containsEntry("app.kubernetes.io/component", "web-service")
                .containsEntry("app.kubernetes.io/managed-by", "shipshape");
        assertThat(t.getMetadata().getAnnotations()).isNull();
        assertThat(spec.getServiceAccountName()).isEqualTo("web");
        assertThat(spec.getAutomountServiceAccountToken()).isFalse();
        assertThat(spec.getRestartPolicy()).isNull();
        assertThat(spec.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(spec.getSecurityContext().getRunAsUser()).isEqualTo(10001L);
        assertThat(spec.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(spec.getTerminationGracePeriodSeconds()).isNull();
        assertThat(spec.getNodeSelector()).isNull();
        assertThat(spec.getTolerations()).isEmpty();
        assertThat(spec.getImagePullSecrets()).isEmpty();
        assertThat(spec.getInitContainers()).isEmpty();
        assertThat(spec.getContainers()).extracting(Container::getName).containsExactly("web");
        // 2 replicas by default: spread over zones, softly
        assertThat(spec.getTopologySpreadConstraints()).singleElement().satisfies(s -> {
            assertThat(s.getTopologyKey()).isEqualTo(PodTemplates.ZONE_LABEL);
            assertThat(s.getWhenUnsatisfiable()).isEqualTo("ScheduleAnyway");
            assertThat(s.getMaxSkew()).isEqualTo(1);
            assertThat(s.getLabelSelector().getMatchLabels()).containsOnlyKeys("app.kubernetes.io/name", "app.kubernetes.io/part-of");
        });
    }

    @Test
    void every_pod_option_is_rendered() {
        SecretRef registry = app.externalSecret("registry", ".dockerconfigjson");
        app.worker("agent", IMAGE).resources(SMALL).label("example.com/team", "ops").annotation("example.com/owner", "ops")
                .nodeSelector("disktype", "ssd").toleration(Toleration.equal("dedicated", "ops", Toleration.NO_SCHEDULE))
                .toleration(Toleration.exists("gpu")).imagePullSecret(registry).terminationGracePeriod(Duration.ofSeconds(45))
                .serviceAccountToken().runAsUser(999).sidecar("proxy", IMAGE, c -> c.resources(SMALL))
                .initContainer("setup", IMAGE, c -> c.resources(SMALL));
        PodTemplateSpec t = template("agent", Optional.empty());
        PodSpec spec = t.getSpec();
        assertThat(t.getMetadata().getLabels()).containsEntry("example.com/team", "ops");
        assertThat(t.getMetadata().getAnnotations()).containsExactlyEntriesOf(java.util.Map.of("example.com/owner", "ops"));
        assertThat(spec.getNodeSelector()).containsExactlyEntriesOf(java.util.Map.of("disktype", "ssd"));
        assertThat(spec.getTolerations()).extracting(x -> tuple(x.getKey(), x.getOperator(), x.getValue(), x.getEffect()))
                .containsExactly(tuple("dedicated", "Equal", "ops", "NoSchedule"), tuple("gpu", "Exists", null, null));
        assertThat(spec.getImagePullSecrets()).extracting(LocalObjectReference::getName).containsExactly("registry");
        assertThat(spec.getTerminationGracePeriodSeconds()).isEqualTo(45L);
        assertThat(spec.getAutomountServiceAccountToken()).isTrue();
        assertThat(spec.getSecurityContext().getRunAsUser()).isEqualTo(999L);
        assertThat(spec.getSecurityContext().getFsGroup()).isEqualTo(999L);
        assertThat(spec.getInitContainers()).extracting(Container::getName).containsExactly("proxy", "setup");
        // a worker runs 1 replica by default: nothing to spread
        assertThat(spec.getTopologySpreadConstraints()).isEmpty();
    }

    @Test
    void pods_spread_over_zones_from_two_replicas_or_an_hpa_minimum_of_two_unless_turned_off_and_never_for_jobs() {
        app.worker("one", IMAGE).resources(SMALL);
        app.worker("two", IMAGE).resources(SMALL).replicas(2);
        app.worker("scaled", IMAGE).resources(SMALL).autoscale(Autoscaling.between(2, 4));
        app.worker("off", IMAGE).resources(SMALL).replicas(3).spreadAcrossZones(false);
        app.job("batch", IMAGE).resources(SMALL).completions(4, 2);
        assertThat(template("one", Optional.empty()).getSpec().getTopologySpreadConstraints()).isEmpty();
        assertThat(template("two", Optional.empty()).getSpec().getTopologySpreadConstraints()).hasSize(1);
        assertThat(template("scaled", Optional.empty()).getSpec().getTopologySpreadConstraints()).hasSize(1);
        assertThat(template("off", Optional.empty()).getSpec().getTopologySpreadConstraints()).isEmpty();
        assertThat(template("batch", Optional.of("Never")).getSpec().getTopologySpreadConstraints()).isEmpty();
        assertThat(template("batch", Optional.of("Never")).getSpec().getRestartPolicy()).isEqualTo("Never");
    }

    @Test
    void root_leaves_the_user_to_the_image_and_keeps_the_seccomp_profile() {
        app.worker("root", IMAGE).resources(SMALL).runAsRoot("vendor image");
        PodSpec spec = template("root", Optional.empty()).getSpec();
        assertThat(spec.getSecurityContext().getRunAsNonRoot()).isNull();
        assertThat(spec.getSecurityContext().getRunAsUser()).isNull();
        assertThat(spec.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
    }

    @Test
    void a_source_mounted_by_two_containers_is_one_volume_and_two_sources_are_two() {
        Config config = app.config("settings").entry("a", "1");
        SecretRef secret = app.externalSecret("creds", "k");
        app.worker("w", IMAGE).resources(SMALL).mount(config, "/etc/a").mount(secret, "/etc/creds").writablePath("/tmp")
                .sidecar("side", IMAGE, c -> c.resources(SMALL).mount(config, "/etc/b").writablePath("/tmp"));
        assertThat(template("w", Optional.empty()).getSpec().getVolumes()).extracting(Volume::getName)
                .containsExactly("config-settings", "secret-creds", "writable-tmp");
    }
}
