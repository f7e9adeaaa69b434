package dev.shipshape.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.dsl.StatefulStore;
import dev.shipshape.units.Image;
import dev.shipshape.units.Storage;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each case of issue #10, "what validate() accepts, the API server accepts": the definition, and what Shipshape does
 * with it now (refuses it at once, reports it, or renders it validly). The same refusals hold for objects that were
 * not rendered by the DSL (included ones), since the rules check the final objects.
 */
class FidelityTest {

    @Nested
    class Ports {
        @Test
        void two_names_for_one_port_number_are_refused_at_once() {
            Fixture f = new Fixture();
            assertThatThrownBy(() -> f.web.port("http2", 8080)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("shop/webService:web already exposes port 8080 as 'http'; the API server refuses two Service"
                            + " ports with one number: use that name, or another number");
            assertThatThrownBy(() -> f.web.port("http", 9090)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("already exposes port 'http' as 8080");
            f.web.port("http", 8080);   // the same port again changes nothing
            assertThat(f.violations()).isEmpty();
        }

    }

    @Nested
    class Volumes {
        @Test
        void a_second_volume_with_one_name_or_path_is_refused_at_once() {
            Fixture f = new Fixture();
            assertThatThrownBy(() -> f.store.volume("data", "/other", Storage.gibibytes(1)))
                    .hasMessage("shop/statefulStore:db already has a volume named 'data'; the API server refuses two claim"
                            + " templates with one name: give it another name");
            assertThatThrownBy(() -> f.store.volume("wal", "/var/lib/postgresql", Storage.gibibytes(1)))
                    .hasMessageContaining("already mounts something at /var/lib/postgresql");
            assertThatThrownBy(() -> f.store.mount(f.cfg, "/var/lib/postgresql"))
                    .hasMessageContaining("already mounts something at /var/lib/postgresql");
            f.web.mount(f.cfg, "/etc/web");
            assertThatThrownBy(() -> f.web.mount(f.db, "/etc/web")).hasMessageContaining("already mounts something at /etc/web");
        }

        @Test
        void a_zero_byte_claim_is_refused_at_once() {
            StatefulStore store = new Fixture().store;
            assertThatThrownBy(() -> store.volume("empty", "/empty", Storage.gibibytes(0)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("volume 'empty' must request more than 0 bytes of storage");
        }

        @Test
        void configs_whose_names_differ_only_by_a_dot_get_two_volumes() {
            Fixture f = new Fixture();
            f.web.mount(f.app.config("a.b").entry("k", "1"), "/etc/ab-dot").mount(f.app.config("a-b").entry("k", "2"), "/etc/ab-dash");
            var manifests = f.app.render();
            Deployment web = manifests.objects().stream().filter(Deployment.class::isInstance).map(Deployment.class::cast)
                    .filter(d -> d.getMetadata().getName().equals("web")).findFirst().orElseThrow();
            var volumes = web.getSpec().getTemplate().getSpec().getVolumes();
            assertThat(volumes).hasSize(2);
            assertThat(volumes.get(0).getName()).isNotEqualTo(volumes.get(1).getName());
            assertThat(volumes).extracting(v -> v.getConfigMap().getName()).allMatch(n -> n.startsWith("a.b-") || n.startsWith("a-b-"));
        }

    }

    @Nested
    class Ingresses {
        @Test
        void ip_addresses_and_overlong_wildcards_are_refused_as_hosts() {
            Fixture f = new Fixture();
            assertThatThrownBy(() -> f.app.ingress("ip").host("10.0.0.1")).hasMessageContaining("is an IP address");
            assertThatThrownBy(() -> f.app.ingress("wild").host("*." + "a".repeat(252))).hasMessageContaining("at most 253");
            f.app.ingress("wild").host("*." + "a".repeat(251)).route("/", f.web);
        }
    }

    @Nested
    class KeysAndNames {
        @Test
        void keys_and_env_names_starting_with_two_dots_are_refused_at_once() {
            Fixture f = new Fixture();
            for (String bad : List.of(".", "..", "..data", "..x")) {
                assertThatThrownBy(() -> f.app.config("c").entry(bad, "v")).as(bad).hasMessageContaining("not starting with '..'");
                assertThatThrownBy(() -> f.web.env(bad, "v")).as(bad).hasMessageContaining("not starting with '..'");
            }
            f.web.env(".ok", "v");
        }

    }

    @Nested
    class Images {
        @Test
        void the_name_length_limit_counts_the_path_only() {
            assertThat(Image.parse("registry.example.com/" + "a".repeat(255) + ":1").repository()).hasSize(255);
            assertThatThrownBy(() -> Image.parse("registry.example.com/" + "a".repeat(256) + ":1")).hasMessageContaining("255");
        }
    }

    @Nested
    class Nulls {
        @Test
        void public_constructors_refuse_null_with_an_illegal_argument_naming_it() {
            assertThatThrownBy(() -> new InvalidAppException("shop", null)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("violations must not be null");
            assertThatThrownBy(() -> new InvalidAppException(null, List.of())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("appName must not be null");
            assertThatThrownBy(() -> new Violation("r", Severity.ERROR, null, "m", "f")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("path must not be null");
        }
    }

    private static PodTemplateSpec pod(java.util.function.UnaryOperator<io.fabric8.kubernetes.api.model.PodTemplateSpecFluent<PodTemplateSpecBuilder>.SpecNested<PodTemplateSpecBuilder>> spec) {
        return spec.apply(new PodTemplateSpecBuilder().withNewMetadata().addToLabels("app", "legacy").endMetadata().withNewSpec())
                .endSpec().build();
    }

}
