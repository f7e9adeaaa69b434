package dev.shipshape.internal.render;

import static dev.shipshape.internal.render.Rendering.IMAGE;
import static dev.shipshape.internal.render.Rendering.SMALL;
import static dev.shipshape.internal.render.Rendering.one;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.WebService;
import dev.shipshape.internal.objects.Item;
import dev.shipshape.model.PathType;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@link Secrets}, {@link ConfigMaps}, {@link Ingresses} and {@link Namespaces} render, for each option. */
class ComponentRenderersTest {

    private final App app = Shipshape.app("shop").namespace("shop");

    @Test
    void an_external_secret_renders_nothing_but_a_stand_in_with_its_declared_keys() {
        app.externalSecret("declared", "user", "password");
        app.externalSecret("undeclared");
        Rendering r = Rendering.of(app);
        assertThat(r.render("declared")).isEmpty();
        assertThat(r.render("undeclared")).isEmpty();
        assertThat(r.context().known()).extracting(Item::object).extracting(o -> (Secret) o)
                .extracting(s -> s.getMetadata().getName(), Secret::getType, Secret::getData)
                .containsExactly(tuple("declared", Item.EXTERNAL_SECRET, Map.of("password", "", "user", "")),
                        tuple("undeclared", Item.EXTERNAL_SECRET, Map.of()));
    }

    @Test
    void a_development_secret_renders_its_values_base64_encoded() {
        app.developmentSecret("dev", Map.of("password", "s3cret"));
        Secret s = one(Rendering.of(app).render("dev"), Secret.class);
        assertThat(s.getType()).isEqualTo("Opaque");
        assertThat(s.getData()).containsExactlyEntriesOf(Map.of("password", "czNjcmV0"));
        assertThat(s.getMetadata().getLabels()).containsEntry("app.kubernetes.io/component", "secret");
    }

    @Test
    void a_config_is_named_by_its_version_and_immutable_unless_unversioned() {
        app.config("hashed").entry("a", "1");
        app.config("explicit").entry("a", "1").version("v2");
        app.config("plain").entry("a", "1").unversioned();
        Rendering r = Rendering.of(app);
        ConfigMap hashed = one(r.render("hashed"), ConfigMap.class);
        assertThat(hashed.getMetadata().getName()).matches("hashed-[a-z0-9]{10}");
        assertThat(hashed.getImmutable()).isTrue();
        assertThat(hashed.getData()).containsExactlyEntriesOf(Map.of("a", "1"));
        assertThat(one(r.render("explicit"), ConfigMap.class).getMetadata().getName()).isEqualTo("explicit-v2");
        ConfigMap plain = one(r.render("plain"), ConfigMap.class);
        assertThat(plain.getMetadata().getName()).isEqualTo("plain");
        assertThat(plain.getImmutable()).isNull();
    }

    @Test
    void an_ingress_groups_paths_by_host_in_order_with_class_tls_labels_and_annotations() {
        WebService api = app.webService("api", IMAGE).port("http", 8080).resources(SMALL);
        WebService grpc = app.webService("grpc", IMAGE).port("grpc", 9090).port("web", 8080).resources(SMALL);
        app.ingress("web").ingressClassName("nginx").tls(app.externalSecret("cert", "tls.crt", "tls.key"))
                .annotation("cert-manager.io/cluster-issuer", "letsencrypt")
                .host("a.example.com").route("/api", api).route("/", api, PathType.EXACT)
                .host("b.example.com").route("/rpc", grpc, "grpc");
        Ingress i = one(Rendering.of(app).render("web"), Ingress.class);
        assertThat(i.getSpec().getIngressClassName()).isEqualTo("nginx");
        assertThat(i.getSpec().getRules()).extracting(r -> r.getHost()).containsExactly("a.example.com", "b.example.com");
        List<HTTPIngressPath> a = i.getSpec().getRules().get(0).getHttp().getPaths();
        assertThat(a).extracting(HTTPIngressPath::getPath, HTTPIngressPath::getPathType,
                p -> p.getBackend().getService().getName(), p -> p.getBackend().getService().getPort().getName())
                .containsExactly(tuple("/api", "Prefix", "api", "http"), tuple("/", "Exact", "api", "http"));
        assertThat(i.getSpec().getRules().get(1).getHttp().getPaths().get(0).getBackend().getService().getPort().getName())
                .isEqualTo("grpc");
        assertThat(i.getSpec().getTls()).singleElement().satisfies(t -> {
            assertThat(t.getSecretName()).isEqualTo("cert");
            assertThat(t.getHosts()).containsExactly("a.example.com", "b.example.com");
        });
        assertThat(i.getMetadata().getAnnotations()).containsEntry("cert-manager.io/cluster-issuer", "letsencrypt");
        assertThat(i.getMetadata().getLabels()).containsEntry("app.kubernetes.io/component", "ingress");
    }

    @Test
    void the_namespace_enforces_the_strictest_level_every_pod_meets() {
        Rendering restricted = Rendering.of(app);
        assertThat(namespace(restricted).getMetadata().getLabels()).containsEntry(Namespaces.PSS_ENFORCE, "restricted")
                .containsEntry(Namespaces.PSS_ENFORCE + "-version", Namespaces.PSS_VERSION)
                .containsEntry(Namespaces.PSS_WARN, "restricted").containsEntry("app.kubernetes.io/name", "shop");
        app.worker("bind", IMAGE).resources(SMALL).addCapability("NET_BIND_SERVICE", "port 443");
        assertThat(namespace(Rendering.of(app)).getMetadata().getLabels()).containsEntry(Namespaces.PSS_ENFORCE, "restricted");
        app.worker("chown", IMAGE).resources(SMALL).addCapability("CHOWN", "fixes file owners");
        assertThat(namespace(Rendering.of(app)).getMetadata().getLabels()).containsEntry(Namespaces.PSS_ENFORCE, "baseline");
        app.worker("admin", IMAGE).resources(SMALL).sidecar("shaper", IMAGE, c -> c.resources(SMALL)
                .addCapability("NET_ADMIN", "shapes traffic"));
        assertThat(namespace(Rendering.of(app)).getMetadata().getLabels()).containsEntry(Namespaces.PSS_ENFORCE, "privileged")
                .containsEntry(Namespaces.PSS_WARN, "restricted");
    }

    @Test
    void running_as_root_is_baseline_and_an_app_without_namespace_renders_none() {
        app.worker("root", IMAGE).resources(SMALL).runAsRoot("vendor image");
        assertThat(namespace(Rendering.of(app)).getMetadata().getLabels()).containsEntry(Namespaces.PSS_ENFORCE, "baseline");
        Rendering none = Rendering.of(Shipshape.app("plain"));
        Namespaces.render(none.app(), none.context().appScope());
        assertThat(none.context().items()).isEmpty();
    }

    private static Namespace namespace(Rendering r) {
        Namespaces.render(r.app(), r.context().appScope());
        List<HasMetadata> objects = r.context().items().stream().map(Item::object).toList();
        Namespace ns = one(objects, Namespace.class);
        assertThat(ns.getMetadata().getNamespace()).isNull();
        return ns;
    }
}
