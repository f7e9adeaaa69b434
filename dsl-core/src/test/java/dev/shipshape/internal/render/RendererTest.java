package dev.shipshape.internal.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.WebService;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.render.Manifests;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Image;
import dev.shipshape.units.Memory;
import dev.shipshape.units.Names;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the renderer writes into the fabric8 objects, field by field, and the checks the mutation run found
 * unguarded: literal env values, TLS, probe ports, label characters, registry hosts, duplicate Ingress names.
 */
class RendererTest {

    private static final String IMAGE = "registry.example.com/web:1.0@sha256:" + "a".repeat(64);

    private static <T extends HasMetadata> T only(Manifests m, Class<T> type) {
        List<HasMetadata> of = m.objects().stream().filter(type::isInstance).toList();
        assertThat(of).hasSize(1);
        return type.cast(of.get(0));
    }

    private static App web(String image) {
        App app = Shipshape.app("shop").namespace("shop");
        service(app, image);
        return app;
    }

    private static WebService service(App app, String image) {
        return app.webService("web", image).port("http", 8080)
                .resources(Resources.of(Cpu.millis(250), Memory.mebibytes(128)).limits(Cpu.millis(500), Memory.mebibytes(128)))
                .readinessProbe(Probe.http("/ready", "http"))
                .env("MODE", "blue")
                .env("EMPTY", "");
    }

    @Test
    void literal_env_values_are_rendered_as_given_and_an_empty_one_as_an_explicit_empty_string() {
        Manifests m = web(IMAGE).render();
        Container c = only(m, Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(c.getEnv()).extracting(EnvVar::getName, EnvVar::getValue, EnvVar::getValueFrom)
                .containsExactly(tuple("MODE", "blue", null), tuple("EMPTY", "", null));
        // the decision: "" is written as value: "" (Kubernetes reads it as an empty variable, as it reads no value)
        // and reads back as "", never as null
        String deployment = m.documents().stream().filter(d -> d.startsWith("apiVersion: apps/v1\nkind: Deployment")).findFirst()
                .orElseThrow();
        assertThat(deployment).contains("- name: EMPTY\n              value: \"\"\n");
    }

    @Test
    void readiness_probes_are_rendered_with_their_path_and_port_name() {
        Container c = only(web(IMAGE).render(), Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(c.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/ready");
        assertThat(c.getReadinessProbe().getHttpGet().getPort().getStrVal()).isEqualTo("http");
        assertThat(c.getResources().getRequests()).containsOnlyKeys("cpu", "memory");
        assertThat(c.getResources().getRequests().get("cpu").toString()).isEqualTo("250m");
        assertThat(c.getResources().getLimits().get("memory").toString()).isEqualTo("128Mi");
    }

    @Test
    void a_probe_on_a_port_the_container_does_not_expose_is_an_unresolved_reference() {
        App app = web(IMAGE);
        app.webService("api", IMAGE).port("http", 8080)
                .resources(Resources.of(Cpu.millis(250), Memory.mebibytes(128)).limits(Cpu.millis(500), Memory.mebibytes(128)))
                .readinessProbe(Probe.http("/ready", "metrics"));
        assertThat(app.validate()).filteredOn(v -> v.rule().equals("reference.unresolved"))
                .extracting(Violation::path).singleElement().asString().contains("webService:api").contains("readinessProbe");
        assertThat(web(IMAGE).validate()).noneMatch(v -> v.rule().equals("reference.unresolved"));
    }

    @Test
    void an_ingress_with_tls_renders_its_hosts_and_secret() {
        App app = Shipshape.app("shop").namespace("shop");
        WebService web = service(app, IMAGE);
        var tls = app.externalSecret("shop-tls", "tls.crt", "tls.key");
        app.ingress("edge").host("shop.example.com").tls(tls).route("/", web);
        Ingress ingress = only(app.render(), Ingress.class);
        assertThat(ingress.getSpec().getTls()).singleElement().satisfies(t -> {
            assertThat(t.getHosts()).containsExactly("shop.example.com");
            assertThat(t.getSecretName()).isEqualTo("shop-tls");
        });
        App plain = Shipshape.app("shop").namespace("shop");
        plain.ingress("edge").host("shop.example.com").route("/", service(plain, IMAGE));
        assertThat(only(plain.render(), Ingress.class).getSpec().getTls()).isNullOrEmpty();
    }

    @Test
    void two_ingresses_of_one_name_are_reported() {
        App app = web(IMAGE);
        Ingress a = new IngressBuilder().withNewMetadata().withName("edge").withNamespace("shop").endMetadata()
                .withNewSpec().addNewRule().withHost("a.example.com").withNewHttp().addNewPath().withPath("/").withPathType("Prefix")
                .withNewBackend().withNewService().withName("web").withNewPort().withName("http").endPort().endService().endBackend()
                .endPath().endHttp().endRule().endSpec().build();
        Ingress b = new IngressBuilder(a).editSpec().editFirstRule().withHost("b.example.com").endRule().endSpec().build();
        app.include(a, b);
        assertThat(app.validate()).filteredOn(v -> v.rule().equals("name.duplicate")).isNotEmpty()
                .allSatisfy(v -> assertThat(v.message()).contains("edge"));
        App one = web(IMAGE);
        one.include(a);
        assertThat(one.validate()).noneMatch(v -> v.rule().equals("name.duplicate"));
    }

    @Test
    void label_keys_and_values_refuse_invalid_characters_inside_as_well_as_at_the_ends() {
        assertThat(Names.isLabelValue("a.b_c-d")).isTrue();
        assertThat(Names.isLabelValue("a@b")).isFalse();
        assertThat(Names.isLabelValue("a b")).isFalse();
        assertThat(Names.isLabelValue("a/b")).isFalse();
        assertThat(Names.isLabelKey("example.com/a.b_c-d")).isTrue();
        assertThat(Names.isLabelKey("example.com/a@b")).isFalse();
        assertThat(Names.isLabelKey("exa_mple.com/ab")).isFalse();
        assertThat(Names.isLabelKey("example.com/")).isFalse();
        assertThat(Names.isLabelKey("/ab")).isFalse();
        assertThat(Names.isLabelKey("a".repeat(63))).isTrue();
        assertThat(Names.isLabelKey("a".repeat(64))).isFalse();
        assertThat(Names.isLabelKey("example.com/" + "a".repeat(63))).isTrue();
        assertThat(Names.isLabelKey("example.com/" + "a".repeat(64))).isFalse();
    }

    @Test
    void an_invalid_registry_host_is_refused() {
        assertThat(Image.parse("registry.example.com:5000/web:1").registry()).contains("registry.example.com:5000");
        assertThatThrownBy(() -> Image.parse("regi_stry.example.com/web:1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("registry 'regi_stry.example.com'");
        assertThatThrownBy(() -> Image.parse("registry.example.com:port/web:1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("registry");
        assertThatThrownBy(() -> Image.parse("-registry.example.com/web:1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void probe_timings_are_rendered_when_they_differ_from_kubernetes_defaults_and_left_out_when_not() {
        App app = Shipshape.app("shop").namespace("shop");
        service(app, IMAGE).readinessProbe(Probe.http("/ready", "http").initialDelaySeconds(5).periodSeconds(7)
                        .timeoutSeconds(2).failureThreshold(4))
                .livenessProbe(Probe.exec("cat", "/tmp/alive"))
                .startupProbe(Probe.tcp("http").initialDelaySeconds(0).periodSeconds(10).timeoutSeconds(1).failureThreshold(3));
        Container c = only(app.render(), Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
        io.fabric8.kubernetes.api.model.Probe ready = c.getReadinessProbe();
        assertThat(List.of(ready.getInitialDelaySeconds(), ready.getPeriodSeconds(), ready.getTimeoutSeconds(),
                ready.getFailureThreshold())).containsExactly(5, 7, 2, 4);
        io.fabric8.kubernetes.api.model.Probe alive = c.getLivenessProbe();
        assertThat(alive.getExec().getCommand()).containsExactly("cat", "/tmp/alive");
        assertThat(alive.getHttpGet()).isNull();
        assertThat(alive.getTcpSocket()).isNull();
        io.fabric8.kubernetes.api.model.Probe startup = c.getStartupProbe();
        assertThat(startup.getTcpSocket().getPort().getStrVal()).isEqualTo("http");
        assertThat(startup.getHttpGet()).isNull();
        assertThat(startup.getExec()).isNull();
        // the defaults are left to Kubernetes, so the manifests stay short
        assertThat(java.util.Arrays.asList(startup.getInitialDelaySeconds(), startup.getPeriodSeconds(),
                startup.getTimeoutSeconds(), startup.getFailureThreshold())).containsOnlyNulls();
    }

    @Test
    void external_secrets_are_known_by_their_declared_keys_and_not_rendered() {
        App app = web(IMAGE);
        var db = app.externalSecret("db", "password");
        app.webService("api", IMAGE).port("http", 8080)
                .resources(Resources.of(Cpu.millis(250), Memory.mebibytes(128)).limits(Cpu.millis(500), Memory.mebibytes(128)))
                .readinessProbe(Probe.http("/ready", "http")).env("DB_PASSWORD", db.key("password"));
        assertThat(app.render().objects()).noneMatch(o -> o instanceof io.fabric8.kubernetes.api.model.Secret);
        assertThat(app.validate()).isEmpty();
    }
}
