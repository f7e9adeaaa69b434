package dev.shipshape.testkit.assertions;

import dev.shipshape.render.Manifests;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GRPCRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on rendered {@link Manifests}.
 *
 * <pre>{@code
 * assertThat(manifests)
 *         .containsDeployment("frontend")
 *         .containsStatefulSet("redis");
 * assertThat(manifests).ingress("frontend-ingress").routesInOrder("/api", "/");
 * assertThat(manifests).everyContainer().hasLimits().hasRequests();
 * assertThat(manifests).configMap("frontend-config").isVersioned();
 * }</pre>
 */
public final class ManifestsAssert extends AbstractAssert<ManifestsAssert, Manifests> {

    /**
     * Assertions on rendered manifests; start from {@code ShipshapeAssertions.assertThat(manifests)}.
     *
     * @param actual the manifests under test
     */
    public ManifestsAssert(Manifests actual) {
        super(actual, ManifestsAssert.class);
    }

    /**
     * Passes when a Deployment named {@code name} was rendered.
     *
     * @param name the Deployment's name
     * @return the manifests assert
     */
    public ManifestsAssert containsDeployment(String name) {
        return contains("Deployment", name);
    }

    /**
     * Passes when a StatefulSet named {@code name} was rendered.
     *
     * @param name the StatefulSet's name
     * @return the manifests assert
     */
    public ManifestsAssert containsStatefulSet(String name) {
        return contains("StatefulSet", name);
    }

    /**
     * Passes when a Job named {@code name} was rendered ({@code app.job(…)}).
     *
     * @param name the Job's name
     * @return the manifests assert
     */
    public ManifestsAssert containsJob(String name) {
        return contains("Job", name);
    }

    /**
     * Passes when a CronJob named {@code name} was rendered ({@code app.cronJob(…)}).
     *
     * @param name the CronJob's name
     * @return the manifests assert
     */
    public ManifestsAssert containsCronJob(String name) {
        return contains("CronJob", name);
    }

    /**
     * The CronJob named {@code name}, for assertions on its schedule: {@code .cronJob("backup").hasSchedule("0 3 * * *")}.
     *
     * @param name the CronJob's name
     * @return the CronJob assert
     */
    public CronJobAssert cronJob(String name) {
        isNotNull();
        CronJob cron = actual.objects().stream().filter(o -> o instanceof CronJob && o.getMetadata().getName().equals(name))
                .map(CronJob.class::cast).findFirst().orElse(null);
        if (cron == null) {
            failWithMessage("Expecting manifests to contain CronJob%n  %s%nbut the CronJobs were%n  %s", name, names("CronJob"));
        }
        return new CronJobAssert(cron);
    }

    /**
     * Passes when a Service named {@code name} was rendered.
     *
     * @param name the Service's name
     * @return the manifests assert
     */
    public ManifestsAssert containsService(String name) {
        return contains("Service", name);
    }

    /**
     * Passes when an object of {@code kind} named {@code name} was rendered.
     *
     * @param kind the kind, e.g. {@code NetworkPolicy}
     * @param name the object's name
     * @return the manifests assert
     */
    public ManifestsAssert contains(String kind, String name) {
        isNotNull();
        if (actual.objects().stream().noneMatch(o -> o.getKind().equals(kind) && o.getMetadata().getName().equals(name))) {
            failWithMessage("Expecting manifests to contain %s%n  %s%nbut the %ss were%n  %s", kind, name, kind, names(kind));
        }
        return myself;
    }

    /**
     * {@return the Ingress named {@code name}, for assertions on its routes}
     *
     * @param name the Ingress's name
     */
    public IngressAssert ingress(String name) {
        return new IngressAssert(named(Ingress.class, "Ingress", "Ingresses", name));
    }

    /**
     * {@return the HTTPRoute named {@code name}, for assertions on its routes}
     *
     * <pre>{@code
     * assertThat(manifests).httpRoute("frontend").routesTo("/api", "frontend");
     * }</pre>
     *
     * @param name the HTTPRoute's name
     */
    public HttpRouteAssert httpRoute(String name) {
        return new HttpRouteAssert(named(HTTPRoute.class, "HTTPRoute", "HTTPRoutes", name));
    }

    /**
     * {@return the GRPCRoute named {@code name}, for assertions on its routes}
     *
     * <pre>{@code
     * assertThat(manifests).grpcRoute("mobile-api").routesTo("larder.v1.Basket", "basket");
     * }</pre>
     *
     * @param name the GRPCRoute's name
     */
    public GrpcRouteAssert grpcRoute(String name) {
        return new GrpcRouteAssert(named(GRPCRoute.class, "GRPCRoute", "GRPCRoutes", name));
    }

    /** The object of {@code type} named {@code name}; fails, listing the names of that kind, when there is none. */
    private <T extends HasMetadata> T named(Class<T> type, String kind, String plural, String name) {
        isNotNull();
        T found = actual.objects().stream().filter(o -> type.isInstance(o) && o.getMetadata().getName().equals(name))
                .map(type::cast).findFirst().orElse(null);
        if (found == null) {
            failWithMessage("Expecting manifests to contain %s%n  %s%nbut the %s were%n  %s", kind, name, plural, names(kind));
        }
        return found;
    }

    /**
     * Every container of every workload (Deployments, StatefulSets, Jobs, CronJobs), sidecars and init containers
     * included, for assertions that must hold for all.
     *
     * @return the containers assert
     */
    public ContainersAssert everyContainer() {
        isNotNull();
        List<ContainersAssert.Located> containers = new ArrayList<>();
        for (HasMetadata o : actual.objects()) {
            PodTemplateSpec template = o instanceof Deployment d ? d.getSpec().getTemplate()
                    : o instanceof StatefulSet s ? s.getSpec().getTemplate()
                    : o instanceof Job j ? j.getSpec().getTemplate()
                    : o instanceof CronJob c ? c.getSpec().getJobTemplate().getSpec().getTemplate() : null;
            if (template == null) {
                continue;
            }
            boolean batch = o instanceof Job || o instanceof CronJob;
            String workload = o.getKind() + "/" + o.getMetadata().getName();
            for (Container c : template.getSpec().getInitContainers()) {
                boolean sidecar = "Always".equals(c.getRestartPolicy());
                containers.add(new ContainersAssert.Located(workload, c, !sidecar || batch));
            }
            for (Container c : template.getSpec().getContainers()) {
                containers.add(new ContainersAssert.Located(workload, c, batch));
            }
        }
        return new ContainersAssert(containers);
    }

    /**
     * {@return the ConfigMap of the config named {@code configName} (its rendered name starts with it)}
     *
     * @param configName the config name
     */
    public ConfigMapAssert configMap(String configName) {
        isNotNull();
        ConfigMap cm = actual.objects().stream().filter(o -> o instanceof ConfigMap)
                .map(ConfigMap.class::cast)
                .filter(c -> configName.equals(c.getMetadata().getLabels().get("app.kubernetes.io/name")))
                .findFirst().orElse(null);
        if (cm == null) {
            failWithMessage("Expecting manifests to contain a ConfigMap of config%n  %s%nbut the ConfigMaps were%n  %s",
                    configName, names("ConfigMap"));
        }
        return new ConfigMapAssert(cm, configName);
    }

    private String names(String kind) {
        String names = actual.objects().stream().filter(o -> o.getKind().equals(kind)).map(o -> o.getMetadata().getName())
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? "(none)" : names;
    }
}
