package dev.shipshape.internal.render;

import static dev.shipshape.internal.render.Rendering.IMAGE;
import static dev.shipshape.internal.render.Rendering.SMALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.WebService;
import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.objects.Origin;
import dev.shipshape.model.ComponentKind;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What {@link Renderer} does around the per-kind renderers: a renderer for every kind, the order of the objects, the
 * waivers as annotations, the included objects ({@link IncludedObjects}) and the customizations ({@link Customizations}).
 */
class RendererDispatchTest {

    /** A cluster-scoped object, as a custom resource would come. */
    private static GenericKubernetesResource priorityClass(String name) {
        return new GenericKubernetesResourceBuilder().withApiVersion("scheduling.k8s.io/v1").withKind("PriorityClass")
                .withNewMetadata().withName(name).endMetadata().build();
    }

    @Test
    void every_kind_of_component_has_its_renderer() {
        for (ComponentKind kind : ComponentKind.values()) {
            assertThat(Renderer.rendererOf(kind)).as(kind.name()).isNotNull();
        }
        assertThat(Renderer.rendererOf(ComponentKind.WEB_SERVICE)).isSameAs(Renderer.rendererOf(ComponentKind.WORKER))
                .isInstanceOf(Deployments.class);
        assertThat(Renderer.rendererOf(ComponentKind.STATEFUL_STORE)).isInstanceOf(StatefulSets.class);
        assertThat(Renderer.rendererOf(ComponentKind.JOB)).isInstanceOf(Jobs.Once.class);
        assertThat(Renderer.rendererOf(ComponentKind.CRON_JOB)).isInstanceOf(Jobs.Scheduled.class);
    }

    @Test
    void objects_come_in_kind_order_then_by_name_with_the_policys_and_the_components_waivers() {
        App app = Shipshape.app("shop").namespace("shop");
        app.include(priorityClass("high"));
        WebService b = app.webService("b", IMAGE).port("http", 8080).resources(SMALL)
                .waive("probe.readiness-missing", "health checked by the mesh");
        app.webService("a", IMAGE).port("http", 8080).resources(SMALL);
        app.config("c").entry("k", "v");
        app.ingress("web").route("/", b);
        Renderer.Rendered r = Renderer.render(app.model(), Map.of("image.not-pinned", "digests come later"));
        assertThat(r.items()).extracting(i -> i.kind() + "/" + i.name()).containsExactly("Namespace/shop",
                "ServiceAccount/a", "ServiceAccount/b", "ConfigMap/" + r.items().get(3).name(), "Service/a", "Service/b",
                "Deployment/a", "Deployment/b", "PodDisruptionBudget/a", "PodDisruptionBudget/b",
                "NetworkPolicy/allow-dns", "NetworkPolicy/b", "NetworkPolicy/default-deny", "Ingress/web",
                "PriorityClass/high");
        for (Item i : r.items().subList(0, r.items().size() - 1)) {
            assertThat(i.annotations()).as(i.ref()).containsEntry(Item.WAIVED + "image.not-pinned", "digests come later");
        }
        assertThat(r.items()).filteredOn(i -> i.name().equals("b") && !i.kind().equals("NetworkPolicy"))
                .allSatisfy(i -> assertThat(i.annotations()).containsEntry(Item.WAIVED + "probe.readiness-missing",
                        "health checked by the mesh"));
        assertThat(r.items()).filteredOn(i -> i.name().equals("a"))
                .allSatisfy(i -> assertThat(i.annotations()).doesNotContainKey(Item.WAIVED + "probe.readiness-missing"));
        assertThat(r.items().get(r.items().size() - 1).origin()).isInstanceOf(Origin.Included.class);
        assertThat(r.uncustomized()).isEmpty();
    }

    @Test
    void included_objects_get_the_apps_namespace_unless_they_name_one_or_live_outside_namespaces() {
        App app = Shipshape.app("shop").namespace("shop");
        app.include(new ConfigMapBuilder().withNewMetadata().withName("plain").endMetadata().build(),
                new ConfigMapBuilder().withNewMetadata().withName("elsewhere").withNamespace("other").endMetadata().build(),
                priorityClass("high"));
        Renderer.Rendered r = Renderer.render(app.model(), Map.of());
        assertThat(r.items()).extracting(Item::name, Item::namespace).containsExactly(
                org.assertj.core.groups.Tuple.tuple("shop", ""), org.assertj.core.groups.Tuple.tuple("elsewhere", "other"),
                org.assertj.core.groups.Tuple.tuple("plain", "shop"), org.assertj.core.groups.Tuple.tuple("high", ""));
    }

    @Test
    void customizations_edit_copies_in_order_and_keep_the_objects_before_them() {
        App app = Shipshape.app("shop");
        WebService web = app.webService("web", IMAGE).port("http", 8080).resources(SMALL);
        web.customize(Deployment.class, d -> d.getSpec().setReplicas(5));
        app.customize(Deployment.class, d -> d.getSpec().setReplicas(d.getSpec().getReplicas() + 1));
        Renderer.Rendered r = Renderer.render(app.model(), Map.of());
        Item after = r.items().stream().filter(i -> i.kind().equals("Deployment")).findFirst().orElseThrow();
        Item before = r.uncustomized().orElseThrow().stream().filter(i -> i.kind().equals("Deployment")).findFirst().orElseThrow();
        assertThat(((Deployment) after.object()).getSpec().getReplicas()).isEqualTo(6);
        assertThat(((Deployment) before.object()).getSpec().getReplicas()).isEqualTo(2);
        assertThat(after.customizedBy()).contains("app.customize(Deployment)");
        Item service = r.items().stream().filter(i -> i.kind().equals("Service")).findFirst().orElseThrow();
        assertThat(service.customizedBy()).isEmpty();
        assertThat(service.object()).isInstanceOf(Service.class);
    }

    @Test
    void a_customization_that_throws_is_named_with_the_object() {
        App app = Shipshape.app("shop");
        app.webService("web", IMAGE).port("http", 8080).resources(SMALL)
                .customize(Deployment.class, d -> {
                    throw new IllegalStateException("boom");
                });
        assertThatThrownBy(() -> Renderer.render(app.model(), Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customize(Deployment) of webService:web failed on Deployment/web")
                .hasMessageContaining("boom");
    }
}
