package dev.shipshape.internal.render;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.model.AppSpec;
import dev.shipshape.model.ComponentKind;
import dev.shipshape.model.ComponentSpec;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a frozen application into fabric8 objects, each with the component it was rendered for: the Namespace, then
 * every component by the renderer of its kind, the app's NetworkPolicies, the included objects, and last the
 * customizations. Total: any frozen model renders, valid or not, because validation checks the rendered objects.
 * Never validates and never mutates the model. Deterministic: maps are sorted, lists keep definition order, and the
 * objects are sorted by kind ({@link #KIND_ORDER}, then other kinds by name) and then by name. Not API.
 *
 * <pre>{@code
 * Renderer.Rendered r = Renderer.render(app.model(), policy.waived());
 * }</pre>
 */
public final class Renderer {

    /** The order of the kinds Shipshape renders; included objects of other kinds follow, by kind. */
    static final List<String> KIND_ORDER = List.of("Namespace", "ServiceAccount", "Secret", "ConfigMap",
            "PersistentVolumeClaim", "Service", "Deployment", "StatefulSet", "Job", "CronJob", "HorizontalPodAutoscaler",
            "PodDisruptionBudget", "NetworkPolicy", "Ingress");

    /** Known kinds in {@link #KIND_ORDER}, then other kinds by name; within a kind, by name. */
    private static final Comparator<Item> ORDER = Comparator
            .comparingInt((Item i) -> {
                int k = KIND_ORDER.indexOf(i.kind());
                return k < 0 ? KIND_ORDER.size() : k;
            })
            .thenComparing(Item::kind)
            .thenComparing(Item::name);

    private static final Deployments DEPLOYMENTS = new Deployments();
    private static final StatefulSets STATEFUL_SETS = new StatefulSets();
    private static final Jobs.Once JOBS = new Jobs.Once();
    private static final Jobs.Scheduled CRON_JOBS = new Jobs.Scheduled();
    private static final ConfigMaps CONFIG_MAPS = new ConfigMaps();
    private static final Secrets SECRETS = new Secrets();
    private static final Ingresses INGRESSES = new Ingresses();
    private static final GatewayRoutes.Http HTTP_ROUTES = new GatewayRoutes.Http();
    private static final GatewayRoutes.Grpc GRPC_ROUTES = new GatewayRoutes.Grpc();

    /**
     * What rendering gives: the objects with their components, in render order, and the stand-ins of the external
     * Secrets the app declares (for checking references; never written).
     *
     * @param items the rendered objects, customized
     * @param known the declared external Secrets
     * @param uncustomized the rendered objects before the customizations, when there are any
     */
    public record Rendered(List<Item> items, List<Item> known, Optional<List<Item>> uncustomized) {
        /** Copies the lists. */
        public Rendered {
            items = List.copyOf(items);
            known = List.copyOf(known);
            uncustomized = uncustomized.map(List::copyOf);
        }

        /** {@return the objects alone, in render order} */
        public List<HasMetadata> objects() {
            List<HasMetadata> out = new ArrayList<>(items.size());
            for (Item i : items) {
                out.add(i.object());
            }
            return out;
        }
    }

    private Renderer() {
    }

    /**
     * Renders {@code app}, the rules its policy switches off annotated on every object, then runs its customizations
     * over copies of the objects; the objects before them are kept so that validation can say what an edit introduced.
     *
     * @param app        the frozen app
     * @param appWaivers rule id → reason of the rules the policy switches off
     * @throws IllegalArgumentException if a customization throws, naming it and the object it edited
     */
    public static Rendered render(AppSpec app, Map<String, String> appWaivers) {
        RenderContext ctx = new RenderContext(app, appWaivers);
        Namespaces.render(app, ctx.appScope());
        for (ComponentSpec c : app.components()) {
            rendererOf(c.id().kind()).renderComponent(c, ctx.scope(c.id()));
        }
        NetworkPolicies.render(ctx);
        IncludedObjects.render(ctx);
        List<Item> rendered = ctx.items();
        rendered.sort(ORDER);
        if (app.customizations().isEmpty()) {
            return new Rendered(rendered, ctx.known(), Optional.empty());
        }
        List<Item> customized = new ArrayList<>(rendered.size());
        for (Item item : rendered) {
            customized.add(Customizations.apply(app, item));
        }
        customized.sort(ORDER);
        return new Rendered(customized, ctx.known(), Optional.of(rendered));
    }

    /**
     * The renderer of each kind of component. The switch has no default: a new kind does not compile until it has a
     * renderer.
     */
    static ComponentRenderer<?> rendererOf(ComponentKind kind) {
        return switch (kind) {
            case WEB_SERVICE, STATIC_SITE, WORKER -> DEPLOYMENTS;
            case STATEFUL_STORE -> STATEFUL_SETS;
            case JOB -> JOBS;
            case CRON_JOB -> CRON_JOBS;
            case CONFIG -> CONFIG_MAPS;
            case SECRET -> SECRETS;
            case INGRESS -> INGRESSES;
            case HTTP_ROUTE -> HTTP_ROUTES;
            case GRPC_ROUTE -> GRPC_ROUTES;
        };
    }
}
