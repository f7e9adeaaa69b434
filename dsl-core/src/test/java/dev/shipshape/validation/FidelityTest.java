package dev.shipshape.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.dsl.StatefulStore;
import dev.shipshape.dsl.WebService;
import dev.shipshape.model.PathType;
import dev.shipshape.model.Probe;
import dev.shipshape.units.Image;
import dev.shipshape.units.Storage;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
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
        void a_web_service_without_ports_is_reported_with_the_fix() {
            Fixture f = new Fixture();
            f.app.webService("worker", "my-repo/worker:1" + Fixture.DIGEST).replicas(2).resources(Fixture.resources());
            Violation v = f.only("port.missing");
            assertThat(v.path()).isEqualTo("shop/webService:worker");
            assertThat(v.message()).isEqualTo("Service worker has no ports; the API server refuses a Service without ports"
                    + " unless it is headless.");
            assertThat(v.fix()).isEqualTo("give worker the port it serves: .port(\"http\", 8080).");
        }

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

        @Test
        void included_services_and_pods_with_conflicting_ports_are_reported() {
            Fixture f = new Fixture();
            f.app.include(new ServiceBuilder().withNewMetadata().withName("legacy").endMetadata().withNewSpec()
                    .addToSelector("app.kubernetes.io/name", "web")
                    .addNewPort().withName("a").withPort(80).withNewTargetPort("http").endPort()
                    .addNewPort().withName("b").withPort(80).withNewTargetPort("http").endPort()
                    .addNewPort().withName("b").withPort(81).withProtocol("UDP").withNewTargetPort("http").endPort()
                    .endSpec().build());
            assertThat(f.violations()).extracting(Violation::rule, Violation::path).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("name.duplicate", "shop/Service:legacy/port:b"),
                    org.assertj.core.groups.Tuple.tuple("port.conflict", "shop/Service:legacy/port:b"));
            Fixture g = new Fixture();
            PodTemplateSpec pod = pod(c -> c.addNewContainer().withName("a").withImage("my-repo/a:1" + Fixture.DIGEST)
                    .addNewPort().withContainerPort(80).withHostPort(8080).endPort().endContainer()
                    .addNewContainer().withName("b").withImage("my-repo/b:1" + Fixture.DIGEST)
                    .addNewPort().withContainerPort(81).withHostPort(8080).endPort().endContainer());
            g.app.include(deployment("host-ports", pod));
            assertThat(g.violations()).filteredOn(v -> v.rule().equals("port.conflict")).singleElement()
                    .satisfies(v -> {
                        assertThat(v.path()).isEqualTo("shop/Deployment:host-ports/container:b/hostPort:8080");
                        assertThat(v.message()).contains("asks for host port 8080/TCP, which container a already takes");
                    });
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

    @Nested
    class Ingresses {
        @Test
        void an_ingress_without_routes_is_reported() {
            Fixture f = new Fixture();
            f.app.ingress("empty").host("shop.example.com");
            Violation v = f.only("ingress.empty");
            assertThat(v.path()).isEqualTo("shop/ingress:empty");
            assertThat(v.message()).isEqualTo("Ingress empty has no routes and no default backend; the API server refuses it.");
        }

        @Test
        void two_ingresses_of_one_class_claiming_one_host_and_path_are_reported() {
            Fixture f = new Fixture();
            f.app.ingress("second").host("shop.example.com").route("/", f.web);
            Violation v = f.only("ingress.duplicate-path");
            assertThat(v.path()).isEqualTo("shop/ingress:web/host:shop.example.com/route:/");
            assertThat(v.message()).contains("is also routed by Ingress/second");
            Fixture classes = new Fixture();
            classes.app.ingress("internal").ingressClassName("internal").host("shop.example.com").route("/", classes.web);
            assertThat(classes.violations()).as("another ingress class is another controller").isEmpty();
        }

        @Test
        void routes_go_to_the_port_named_http_else_the_only_port_else_they_are_reported() {
            Fixture f = new Fixture();
            WebService api = f.app.webService("api", "my-repo/api:1" + Fixture.DIGEST).replicas(2).resources(Fixture.resources())
                    .port("metrics", 9090).port("http", 8080).readinessProbe(Probe.http("/", "http"));
            f.app.ingress("api").host("api.example.com").route("/", api);
            assertThat(backendPort(f, "api")).isEqualTo("http");
            Fixture only = new Fixture();
            WebService grpc = only.app.webService("grpc", "my-repo/g:1" + Fixture.DIGEST).replicas(2).resources(Fixture.resources())
                    .port("grpc", 9000).readinessProbe(Probe.tcp("grpc"));
            only.app.ingress("grpc").host("grpc.example.com").route("/", grpc);
            assertThat(backendPort(only, "grpc")).isEqualTo("grpc");
            Fixture two = new Fixture();
            WebService admin = two.app.webService("admin", "my-repo/a:1" + Fixture.DIGEST).replicas(2).resources(Fixture.resources())
                    .port("metrics", 9090).port("admin", 8080).readinessProbe(Probe.tcp("admin"));
            two.app.ingress("admin").host("admin.example.com").route("/", admin);
            Violation v = two.only("reference.unresolved");
            assertThat(v.message()).contains("without naming a port, and it has several (metrics, admin) and none named http");
            assertThat(v.fix()).contains(".route(\"/\", admin, \"metrics\")");
            Fixture named = new Fixture();
            WebService admin2 = named.app.webService("admin", "my-repo/a:1" + Fixture.DIGEST).replicas(2).resources(Fixture.resources())
                    .port("metrics", 9090).port("admin", 8080).readinessProbe(Probe.tcp("admin"));
            named.app.ingress("admin").host("admin.example.com").route("/", admin2, "admin", PathType.PREFIX);
            assertThat(backendPort(named, "admin")).isEqualTo("admin");
            Fixture wrong = new Fixture();
            wrong.app.ingress("wrong").host("w.example.com").route("/", wrong.web, "metrics");
            assertThat(wrong.only("reference.unresolved").message()).contains("routes to port 'metrics' of");
        }

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

        @Test
        void included_config_maps_with_bad_keys_are_reported() {
            Fixture f = new Fixture();
            f.app.include(new ConfigMapBuilder().withNewMetadata().withName("legacy").endMetadata()
                    .addToData("..data", "x").addToData("ok", "y").addToBinaryData("ok", "eQ==").build());
            assertThat(f.violations()).extracting(Violation::rule, Violation::path).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("name.invalid", "shop/ConfigMap:legacy/key:..data"),
                    org.assertj.core.groups.Tuple.tuple("name.duplicate", "shop/ConfigMap:legacy/key:ok"));
        }
    }

    @Nested
    class Images {
        @Test
        void docker_hub_spellings_all_pass_an_allow_list_of_docker_io() {
            for (String image : List.of("nginx:1.27", "library/nginx:1.27", "docker.io/library/nginx:1.27",
                    "index.docker.io/library/nginx:1.27")) {
                Fixture f = new Fixture();
                f.app.policy(Policy.defaults().allowRegistries("docker.io", "my-repo").off("image.not-pinned", "test"));
                f.app.staticSite("files", image).resources(Fixture.resources());
                assertThat(f.violations()).as(image).filteredOn(v -> v.rule().equals("image.untrusted-registry")).isEmpty();
                Fixture library = new Fixture();
                library.app.policy(Policy.defaults().allowRegistries("library/nginx", "my-repo", "postgres"));
                library.app.staticSite("files", image).resources(Fixture.resources());
                assertThat(library.violations()).as(image).filteredOn(v -> v.rule().equals("image.untrusted-registry")).isEmpty();
            }
            assertThatThrownBy(() -> Image.parse("a".repeat(64))).hasMessageContaining("image id");
            assertThatThrownBy(() -> Policy.defaults().allowRegistries("not a registry")).isInstanceOf(IllegalArgumentException.class);
        }

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

    private static String backendPort(Fixture f, String ingress) {
        Ingress i = f.app.render().objects().stream().filter(Ingress.class::isInstance).map(Ingress.class::cast)
                .filter(x -> x.getMetadata().getName().equals(ingress)).findFirst().orElseThrow();
        return i.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend().getService().getPort().getName();
    }

    private static PodTemplateSpec pod(java.util.function.UnaryOperator<io.fabric8.kubernetes.api.model.PodTemplateSpecFluent<PodTemplateSpecBuilder>.SpecNested<PodTemplateSpecBuilder>> spec) {
        return spec.apply(new PodTemplateSpecBuilder().withNewMetadata().addToLabels("app", "legacy").endMetadata().withNewSpec())
                .endSpec().build();
    }

    private static HasMetadata deployment(String name, PodTemplateSpec pod) {
        return new DeploymentBuilder().withNewMetadata().withName(name).endMetadata().withNewSpec().withReplicas(2)
                .withNewSelector().addToMatchLabels("app", "legacy").endSelector().withTemplate(pod).endSpec().build();
    }
}
