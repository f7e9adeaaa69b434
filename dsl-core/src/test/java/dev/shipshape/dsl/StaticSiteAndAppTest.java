package dev.shipshape.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A static site's defaults (its port and readiness probe) and the app-level setters' refusals. */
class StaticSiteAndAppTest {

    private static final String IMAGE = "nginx:1.27@sha256:" + "a".repeat(64);
    private static final Resources RESOURCES = Resources.of(Cpu.millis(100), Memory.mebibytes(64))
            .limits(Cpu.millis(200), Memory.mebibytes(64));

    private static Container container(App app) {
        return app.render().objects().stream().filter(Deployment.class::isInstance).map(Deployment.class::cast)
                .findFirst().orElseThrow().getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static Service service(App app) {
        return app.render().objects().stream().filter(Service.class::isInstance).map(Service.class::cast)
                .findFirst().orElseThrow();
    }

    @Test
    void a_static_site_without_ports_serves_http_on_8080_behind_port_80_and_is_probed_there() {
        App app = Shipshape.app("shop");
        StaticSite files = app.staticSite("files", IMAGE).replicas(2).resources(RESOURCES);
        app.ingress("edge").route("/", files);
        Container c = container(app);
        assertThat(c.getPorts()).singleElement().satisfies(p -> {
            assertThat(p.getName()).isEqualTo("http");
            assertThat(p.getContainerPort()).isEqualTo(8080);
        });
        assertThat(c.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/");
        assertThat(c.getReadinessProbe().getHttpGet().getPort().getStrVal()).isEqualTo("http");
        assertThat(service(app).getSpec().getPorts()).singleElement().satisfies(p -> assertThat(p.getPort()).isEqualTo(80));
        assertThat(app.validate()).isEmpty();
    }

    @Test
    void a_static_site_keeps_its_own_port_and_probe() {
        App app = Shipshape.app("shop");
        app.staticSite("files", IMAGE).replicas(2).resources(RESOURCES).port("web", 9000);
        Container c = container(app);
        assertThat(c.getPorts()).singleElement().extracting(p -> p.getName()).isEqualTo("web");
        assertThat(c.getReadinessProbe().getHttpGet().getPort().getStrVal()).isEqualTo("web");
        App probed = Shipshape.app("shop");
        probed.staticSite("files", IMAGE).replicas(2).resources(RESOURCES).port("web", 9000)
                .readinessProbe(Probe.http("/healthz", "web"));
        assertThat(container(probed).getReadinessProbe().getHttpGet().getPath()).isEqualTo("/healthz");
        App probedOnly = Shipshape.app("shop");
        probedOnly.staticSite("files", IMAGE).replicas(2).resources(RESOURCES).readinessProbe(Probe.tcp("http"));
        Container d = container(probedOnly);
        assertThat(d.getReadinessProbe().getTcpSocket().getPort().getStrVal()).isEqualTo("http");
        assertThat(d.getPorts()).singleElement().extracting(p -> p.getContainerPort()).isEqualTo(8080);
    }

    @Test
    void app_labels_and_development_secrets_refuse_what_the_api_or_shipshape_would() {
        App app = Shipshape.app("shop");
        assertThatThrownBy(() -> app.label("app.kubernetes.io/part-of", "x")).hasMessage("label key"
                + " 'app.kubernetes.io/part-of' is Shipshape's own (app.kubernetes.io/*); use your own prefix, e.g. 'example.com/region'");
        assertThatThrownBy(() -> app.label("bad key", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(app.label("example.com/region", "eu")).isSameAs(app);
        assertThatThrownBy(() -> app.developmentSecret("dev", Map.of())).hasMessage("development secret 'dev' needs at"
                + " least one value");
        assertThatThrownBy(() -> app.developmentSecret("dev", Map.of("bad key", "v"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad key");
        java.util.Map<String, String> withNull = new java.util.HashMap<>();
        withNull.put("k", null);
        assertThatThrownBy(() -> app.developmentSecret("dev", withNull)).hasMessage("value of secret key k must not be null");
        assertThat(app.developmentSecret("dev", Map.of("token", "t"))).isNotNull();
    }
}
