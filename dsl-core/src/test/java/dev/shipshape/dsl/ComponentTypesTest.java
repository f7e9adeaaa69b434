package dev.shipshape.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.render.Manifests;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the builder types say: every component waives, customizes, labels and annotates the same way
 * ({@link Component}), the Deployment-backed ones scale ({@link Scalable}) and the others cannot be asked to.
 */
class ComponentTypesTest {

    @Test
    void every_component_builder_is_a_component_and_only_the_deployment_backed_ones_are_scalable() {
        for (Class<?> c : List.of(WebService.class, StaticSite.class, Worker.class, StatefulStore.class, BatchJob.class,
                ScheduledJob.class, Config.class, SecretRef.class, Ingress.class)) {
            assertThat(Component.class).as(c.getSimpleName()).isAssignableFrom(c);
        }
        for (Class<?> c : List.of(WebService.class, StaticSite.class, Worker.class)) {
            assertThat(Scalable.class).as(c.getSimpleName()).isAssignableFrom(c);
        }
        for (Class<?> c : List.of(StatefulStore.class, BatchJob.class, ScheduledJob.class, Config.class)) {
            assertThat(Scalable.class.isAssignableFrom(c)).as(c.getSimpleName()).isFalse();
        }
    }

    @Test
    void init_container_options_have_no_probe_methods_and_sidecar_options_have_all_three() {
        List<String> init = List.of(InitContainerOptions.class.getMethods()).stream().map(m -> m.getName()).toList();
        List<String> sidecar = List.of(ContainerOptions.class.getMethods()).stream().map(m -> m.getName()).toList();
        assertThat(init).doesNotContain("readinessProbe", "livenessProbe", "startupProbe").contains("resources", "command", "env");
        assertThat(sidecar).contains("readinessProbe", "livenessProbe", "startupProbe");
    }

    @Test
    void configs_and_development_secrets_carry_their_labels_and_annotations() {
        App app = Shipshape.app("shop");
        Config config = app.config("settings").entry("a", "1").label("example.com/team", "ops")
                .annotation("example.com/owner", "ops");
        SecretRef secret = app.developmentSecret("dev", Map.of("k", "v")).label("example.com/team", "ops")
                .annotation("example.com/owner", "ops").waive("secret.development-data", "tests only");
        app.externalSecret("external").label("example.com/team", "ops");
        Manifests m = app.render();
        ConfigMap cm = m.objects().stream().filter(ConfigMap.class::isInstance).map(ConfigMap.class::cast).findFirst().orElseThrow();
        assertThat(cm.getMetadata().getLabels()).containsEntry("example.com/team", "ops")
                .containsEntry("app.kubernetes.io/name", config.name());
        assertThat(cm.getMetadata().getAnnotations()).containsExactlyEntriesOf(Map.of("example.com/owner", "ops"));
        Secret s = m.objects().stream().filter(Secret.class::isInstance).map(Secret.class::cast).findFirst().orElseThrow();
        assertThat(s.getMetadata().getName()).isEqualTo(secret.name());
        assertThat(s.getMetadata().getLabels()).containsEntry("example.com/team", "ops");
        assertThat(s.getMetadata().getAnnotations()).containsEntry("example.com/owner", "ops")
                .containsEntry("shipshape.dev/waived.secret.development-data", "tests only");
        assertThat(m.objects()).filteredOn(Secret.class::isInstance).hasSize(1);
    }

    @Test
    void labels_and_annotations_are_checked_alike_on_every_component() {
        App app = Shipshape.app("shop");
        for (Component<?> c : List.<Component<?>>of(app.config("c"), app.externalSecret("s"), app.ingress("i"),
                app.worker("w", "nginx:1.27.0"))) {
            assertThatThrownBy(() -> c.label("app.kubernetes.io/name", "x")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is Shipshape's own");
            assertThatThrownBy(() -> c.label("bad key!", "x")).hasMessageContaining("label key 'bad key!' is not valid");
            assertThatThrownBy(() -> c.annotation("shipshape.dev/waived.x", "y")).hasMessageContaining("Shipshape's own prefix");
            assertThatThrownBy(() -> c.waive("no.such-rule", "why")).hasMessageContaining("unknown rule id 'no.such-rule'");
        }
    }
}
