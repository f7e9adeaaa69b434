package dev.shipshape.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.StatefulStore;
import dev.shipshape.dsl.Template;
import dev.shipshape.dsl.WebService;
import dev.shipshape.model.Probe;
import dev.shipshape.units.Storage;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Issue #24 through the public API: what endpoints render as, exposure Services, gRPC and header probes, the diagram and the diff. */
class ServiceGraphTest {

    private static final String IMG = "my-repo/app:1@sha256:" + "a".repeat(64);

    private final App app = Shipshape.app("shop").namespace("shop");
    private final StatefulStore redis = app.statefulStore("redis", IMG).port("redis", 6379).volume("data", "/data", Storage.gibibytes(1));
    private final WebService email = app.webService("email", IMG).port("grpc", 8080, 5000);

    private <T extends HasMetadata> T object(Class<T> type, String name) {
        return app.render().objects().stream().filter(type::isInstance).map(type::cast)
                .filter(o -> o.getMetadata().getName().equals(name)).findFirst().orElseThrow();
    }

    private static Map<String, String> env(Container c) {
        return c.getEnv().stream().filter(e -> e.getValue() != null).collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
    }

    @Test
    void endpoints_render_the_service_port_and_templates_join_their_parts_in_env_args_command_and_config() {
        var urls = app.config("urls").entry("email", Template.of("grpc://", email.endpoint("grpc"))).entry("plain", "x");
        app.worker("checkout", IMG).mount(urls, "/etc/urls")
                .env("EMAIL_ADDR", email.endpoint("grpc"))
                .env("EMAIL_FQDN", email.endpoint("grpc").fqdn())
                .env("REDIS_URL", Template.of("redis://", redis.primaryEndpoint("redis"), "/0"))
                .env("REDIS_READ", redis.readEndpoint("redis"))
                .env("REDIS_HOST", Template.of(redis.primaryHost(), ":6379"))
                .env("PAYMENTS", Shipshape.serviceIn("payments", "api", 443, 8443))
                .command("/app", Template.of("--email=", email.endpoint("grpc")))
                .args("--cache", redis.readEndpoint("redis"), "--verbose")
                .initContainer("wait", IMG, c -> c.args(email.endpoint("grpc")));
        Deployment d = object(Deployment.class, "checkout");
        Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(env(c)).containsEntry("EMAIL_ADDR", "email:5000")
                .containsEntry("EMAIL_FQDN", "email.shop.svc.cluster.local:5000")
                .containsEntry("REDIS_URL", "redis://redis-0.redis:6379/0")
                .containsEntry("REDIS_READ", "redis-read:6379")
                .containsEntry("REDIS_HOST", "redis-0.redis:6379")
                .containsEntry("PAYMENTS", "api.payments.svc:443");
        assertThat(c.getCommand()).containsExactly("/app", "--email=email:5000");
        assertThat(c.getArgs()).containsExactly("--cache", "redis-read:6379", "--verbose");
        assertThat(d.getSpec().getTemplate().getSpec().getInitContainers().get(0).getArgs()).containsExactly("email:5000");
        ConfigMap cm = app.render().objects().stream().filter(ConfigMap.class::isInstance).map(ConfigMap.class::cast)
                .findFirst().orElseThrow();
        assertThat(cm.getData()).containsExactly(Map.entry("email", "grpc://email:5000"), Map.entry("plain", "x"));
        assertThat(app.validate()).extracting(v -> v.rule()).doesNotContain("reference.untyped", "reference.unresolved",
                "network.reference-blocked");
    }

    @Test
    void an_endpoint_reads_its_port_when_rendered_so_a_port_declared_later_still_counts() {
        WebService late = app.webService("late", IMG);
        app.worker("w", IMG).env("LATE", late.endpoint("http"));
        late.port("http", 9000, 80);
        assertThat(env(object(Deployment.class, "w").getSpec().getTemplate().getSpec().getContainers().get(0)))
                .containsEntry("LATE", "late:80");
    }

    @Test
    void an_endpoint_is_a_value_whose_text_form_says_what_it_is() {
        assertThat(email.endpoint("grpc").address()).isEqualTo("email:5000");
        assertThat(email.endpoint("grpc").fqdn().address()).isEqualTo("email:5000");
        assertThat(email.endpoint("grpc")).hasToString("email:5000 (endpoint of webService:email, port grpc)");
        assertThat(redis.readEndpoint("redis")).hasToString("redis-read:6379 (endpoint of statefulStore:redis, port redis, read Service)");
        assertThat(Shipshape.serviceIn("payments", "api", 443)).hasToString("api.payments.svc:443 (endpoint of Service api in"
                + " namespace payments)");
        assertThat(Template.of("http://", email.endpoint("grpc"), "/v1"))
                .hasToString("Template[http://{email:5000 (endpoint of webService:email, port grpc)}/v1]");
        assertThatThrownBy(() -> email.endpoint("no such")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Template.of("port ", 8080)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("template part 1 is a java.lang.Integer");
        assertThatThrownBy(Template::of).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Shipshape.serviceIn("Payments", "api", 443)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Shipshape.serviceIn("payments", "api", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> app.worker("w", IMG).env("X", (Template) null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_load_balancer_is_a_second_service_with_the_same_ports_and_its_source_ranges() {
        app.webService("frontend", IMG).port("http", 8080, 80).port("admin", 9000)
                .loadBalancer("203.0.113.0/24").nodePort("http", 30080);
        app.staticSite("site", IMG).nodePort("http", 30081);
        app.webService("open", IMG).port("http", 8080).loadBalancer();
        Service internal = object(Service.class, "frontend");
        Service external = object(Service.class, "frontend-external");
        assertThat(internal.getSpec().getType()).isNull();
        assertThat(external.getSpec().getType()).isEqualTo("LoadBalancer");
        assertThat(external.getSpec().getSelector()).isEqualTo(internal.getSpec().getSelector());
        assertThat(external.getSpec().getPorts()).extracting(ServicePort::getName, ServicePort::getPort, p -> p.getTargetPort().getStrVal(),
                ServicePort::getNodePort).containsExactly(org.assertj.core.groups.Tuple.tuple("http", 80, "http", 30080),
                org.assertj.core.groups.Tuple.tuple("admin", 9000, "admin", null));
        assertThat(external.getSpec().getLoadBalancerSourceRanges()).containsExactly("203.0.113.0/24");
        assertThat(external.getSpec().getExternalTrafficPolicy()).isEqualTo("Local");
        Service site = object(Service.class, "site-external");
        assertThat(site.getSpec().getType()).isEqualTo("NodePort");
        assertThat(site.getSpec().getPorts()).extracting(ServicePort::getNodePort).containsExactly(30081);
        Service open = object(Service.class, "open-external");
        assertThat(open.getSpec().getLoadBalancerSourceRanges()).isNullOrEmpty();
        assertThat(open.getSpec().getExternalTrafficPolicy()).isNull();
        assertThat(app.validate()).extracting(v -> v.rule()).doesNotContain("service.exposure-invalid", "port.conflict");
    }

    @Test
    void grpc_probes_carry_the_port_number_and_http_probes_their_headers() {
        app.webService("api", IMG).port("grpc", 9000, 50051).port("http", 8080)
                .readinessProbe(Probe.grpc("grpc"))
                .livenessProbe(Probe.grpc("grpc", "api.v1.Health"))
                .startupProbe(Probe.http("/started", "http").header("X-Probe", "startup").header("Host", "api.example.com"));
        Container c = object(Deployment.class, "api").getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(c.getReadinessProbe().getGrpc().getPort()).isEqualTo(9000);
        assertThat(c.getReadinessProbe().getGrpc().getService()).isNull();
        assertThat(c.getLivenessProbe().getGrpc().getService()).isEqualTo("api.v1.Health");
        assertThat(c.getStartupProbe().getHttpGet().getHttpHeaders()).extracting(h -> h.getName() + ": " + h.getValue())
                .containsExactly("X-Probe: startup", "Host: api.example.com");
        assertThatThrownBy(() -> Probe.http("/", "http").header("Bad Name", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Probe.http("/", "http").header("", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Probe.tcp("http").header("X", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("only an HTTP probe sends headers; this one is TcpSocket");
    }

    @Test
    void the_diagram_draws_each_call_and_the_diff_names_added_and_removed_calls() {
        WebService catalog = app.webService("catalog", IMG).port("grpc", 3550);
        var checkout = app.worker("checkout", IMG).env("EMAIL", email.endpoint("grpc"));
        Manifests before = app.render();
        checkout.env("CATALOG", catalog.endpoint("grpc")).env("PAY", Shipshape.serviceIn("payments", "api", 443));
        Manifests after = app.render();
        String mermaid = after.topology().mermaid();
        assertThat(mermaid).contains("worker_checkout -->|\"EMAIL=email:5000\"| service_email")
                .contains("worker_checkout -->|\"CATALOG=catalog:3550\"| service_catalog")
                .contains("worker_checkout -->|\"PAY=api.payments.svc:443\"| other_payments_api");
        RolloutDiff diff = after.diff(before);
        assertThat(diff.addedCalls()).containsExactly("checkout → catalog on 3550", "checkout → namespace payments on 443");
        assertThat(diff.removedCalls()).isEmpty();
        assertThat(diff.describe()).contains("call added: checkout → catalog on 3550");
        RolloutDiff back = before.diff(after);
        assertThat(back.removedCalls()).containsExactly("checkout → catalog on 3550", "checkout → namespace payments on 443");
        assertThat(back.describe()).contains("call removed: checkout → namespace payments on 443");
        assertThat(before.diff(before).addedCalls()).isEmpty();
        assertThat(List.of(after.topology().dot())).allSatisfy(dot -> assertThat(dot).contains("CATALOG=catalog:3550"));
    }

    @Test
    void the_diagram_shows_exposure_namespace_grants_and_which_helper_container_calls() {
        app.webService("front", IMG).port("http", 8080, 80).loadBalancer("203.0.113.0/24").nodePort("http", 30080)
                .allowFromNamespace("monitoring", "http")
                .sidecar("proxy", IMG, c -> c.env("UP", email.endpoint("grpc")))
                .initContainer("wait", IMG, c -> c.args("--for", redis.primaryEndpoint("redis")));
        String mermaid = app.render().topology().mermaid();
        assertThat(mermaid).contains("service_front_external([\"Service front-external<br/>LoadBalancer from 203.0.113.0/24"
                        + "<br/>http on node port 30080\"])")
                .contains("service_front_external --> webService_front")
                .contains("namespace_monitoring -.->|\"http\"| webService_front")
                .contains("webService_front -->|\"proxy: UP=email:5000\"| service_email")
                .contains("webService_front -->|\"wait: args[1]=redis-0.redis:6379\"| service_redis");
    }
}
