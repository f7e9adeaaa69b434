package dev.shipshape.bench;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Config;
import dev.shipshape.dsl.Ingress;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.WebService;
import dev.shipshape.internal.render.Serialization;
import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPathBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The benchmark workload: N web services, each a Deployment + Service + versioned ConfigMap + HPA (+ the PDB
 * Shipshape adds for HPA minimum 2), all routed through one Ingress with N paths of mixed depth
 * ({@code /gK/svc-i} and {@code /gK/svc-i/api}) and a final catch-all {@code /}. Built once with Shipshape and
 * once by hand with fabric8 builders (the floor), producing the same objects.
 */
public final class BenchApps {

    static final String IMAGE = "my-repo/svc:1.0@sha256:" + "a".repeat(64);

    private BenchApps() {
    }

    static String path(int i) {
        return "/g" + (i % 97) + "/svc-" + i + (i % 2 == 0 ? "/api" : "");
    }

    /** The app in Shipshape. */
    public static App shipshape(int n) {
        App app = Shipshape.app("bench").namespace("bench");
        Ingress ingress = app.ingress("edge").host("bench.example.com");
        WebService first = null;
        for (int i = 0; i < n; i++) {
            Config cfg = app.config("svc-" + i + "-config").entry("index", Integer.toString(i)).entry("mode", "bench");
            WebService svc = app.webService("svc-" + i, IMAGE)
                    .port("http", 8080)
                    .resources(Resources.of(Cpu.millis(250), Memory.mebibytes(256)).limits(Cpu.millis(500), Memory.mebibytes(256)))
                    .env("INDEX", cfg.key("index"))
                    .env("MODE", cfg.key("mode"))
                    .readinessProbe(Probe.http("/healthz", "http"))
                    .autoscale(Autoscaling.between(2, 5));
            ingress.route(path(i), svc);
            first = first == null ? svc : first;
        }
        if (first != null) {
            ingress.route("/", first);
        }
        return app;
    }

    /** The same objects, built by hand with fabric8 builders: the floor Shipshape is measured against. */
    public static List<HasMetadata> floor(int n) {
        List<HasMetadata> out = new ArrayList<>();
        List<HTTPIngressPath> paths = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = "svc-" + i;
            String cm = name + "-config-" + i;
            Map<String, String> labels = labels(name, "web-service");
            Map<String, String> selector = Map.of("app.kubernetes.io/name", name, "app.kubernetes.io/part-of", "bench");
            out.add(new ConfigMapBuilder().withNewMetadata().withName(cm).withNamespace("bench")
                    .withLabels(labels(name + "-config", "config")).endMetadata()
                    .withData(new TreeMap<>(Map.of("index", Integer.toString(i), "mode", "bench"))).withImmutable(true).build());
            out.add(new ServiceBuilder().withNewMetadata().withName(name).withNamespace("bench").withLabels(labels).endMetadata()
                    .withNewSpec().withSelector(selector).addNewPort().withName("http").withPort(8080)
                    .withTargetPort(new IntOrString("http")).endPort().endSpec().build());
            out.add(new DeploymentBuilder().withNewMetadata().withName(name).withNamespace("bench").withLabels(labels).endMetadata()
                    .withNewSpec().withNewSelector().withMatchLabels(selector).endSelector()
                    .withNewTemplate().withNewMetadata().withLabels(labels).endMetadata().withNewSpec()
                    .withContainers(new ContainerBuilder().withName(name).withImage(IMAGE)
                            .addNewPort().withName("http").withContainerPort(8080).endPort()
                            .addNewEnv().withName("INDEX").withNewValueFrom().withNewConfigMapKeyRef().withName(cm).withKey("index")
                            .endConfigMapKeyRef().endValueFrom().endEnv()
                            .addNewEnv().withName("MODE").withNewValueFrom().withNewConfigMapKeyRef().withName(cm).withKey("mode")
                            .endConfigMapKeyRef().endValueFrom().endEnv()
                            .withNewResources()
                            .withRequests(new TreeMap<>(Map.of("cpu", new Quantity("250m"), "memory", new Quantity("256Mi"))))
                            .withLimits(new TreeMap<>(Map.of("cpu", new Quantity("500m"), "memory", new Quantity("256Mi"))))
                            .endResources()
                            .withNewReadinessProbe().withNewHttpGet().withPath("/healthz").withPort(new IntOrString("http"))
                            .endHttpGet().endReadinessProbe()
                            .build())
                    .endSpec().endTemplate().endSpec().build());
            out.add(new HorizontalPodAutoscalerBuilder().withNewMetadata().withName(name).withNamespace("bench").withLabels(labels)
                    .endMetadata().withNewSpec().withNewScaleTargetRef().withApiVersion("apps/v1").withKind("Deployment")
                    .withName(name).endScaleTargetRef().withMinReplicas(2).withMaxReplicas(5).addNewMetric().withType("Resource")
                    .withNewResource().withName("cpu").withNewTarget().withType("Utilization").withAverageUtilization(80)
                    .endTarget().endResource().endMetric().endSpec().build());
            out.add(new PodDisruptionBudgetBuilder().withNewMetadata().withName(name).withNamespace("bench").withLabels(labels)
                    .endMetadata().withNewSpec().withMaxUnavailable(new IntOrString(1)).withNewSelector()
                    .withMatchLabels(selector).endSelector().endSpec().build());
            paths.add(backend(path(i), name));
        }
        if (n > 0) {
            paths.add(backend("/", "svc-0"));
        }
        out.add(new IngressBuilder().withNewMetadata().withName("edge").withNamespace("bench").withLabels(labels("edge", "ingress"))
                .endMetadata().withNewSpec().addNewRule().withHost("bench.example.com").withNewHttp().withPaths(paths)
                .endHttp().endRule().endSpec().build());
        return out;
    }

    /** The floor's YAML: each object serialized with Shipshape's YAML mapper, as one multi-document string. */
    public static String floorYaml(int n) {
        StringBuilder b = new StringBuilder();
        for (HasMetadata o : floor(n)) {
            b.append("---\n").append(Serialization.yaml().writeValueAsString(o));
        }
        return b.toString();
    }

    private static HTTPIngressPath backend(String path, String service) {
        return new HTTPIngressPathBuilder().withPath(path).withPathType("Prefix").withNewBackend().withNewService()
                .withName(service).withNewPort().withName("http").endPort().endService().endBackend().build();
    }

    private static Map<String, String> labels(String name, String component) {
        Map<String, String> labels = new TreeMap<>();
        labels.put("app.kubernetes.io/name", name);
        labels.put("app.kubernetes.io/part-of", "bench");
        labels.put("app.kubernetes.io/component", component);
        labels.put("app.kubernetes.io/managed-by", "shipshape");
        return labels;
    }
}
