package dev.shipshape.bench;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Config;
import dev.shipshape.dsl.Ingress;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.WebService;
import dev.shipshape.internal.lang.KustomizeHash;
import dev.shipshape.internal.yaml.Serialization;
import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPathBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The benchmark workload: N web services, each a Deployment + Service + versioned ConfigMap + HPA (+ the PDB
 * Shipshape adds for HPA minimum 2, and the ServiceAccount and NetworkPolicy it adds to every workload), all routed through one Ingress with N paths of mixed depth
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

    /**
     * The same objects, built by hand with fabric8 builders: the floor Shipshape is measured against. Per service a
     * ServiceAccount, a versioned ConfigMap, a Service, a Deployment (with Shipshape's security contexts and zone
     * spreading), an HPA, a PDB and a NetworkPolicy; once the Namespace, the two app-wide NetworkPolicies and the
     * Ingress. {@link PipelineBenchmark} checks that its YAML equals Shipshape's, document for document.
     */
    public static List<HasMetadata> floor(int n) {
        List<HasMetadata> out = new ArrayList<>();
        List<HTTPIngressPath> paths = new ArrayList<>();
        Map<String, String> appLabels = new TreeMap<>(Map.of("app.kubernetes.io/managed-by", "shipshape",
                "app.kubernetes.io/name", "bench", "app.kubernetes.io/part-of", "bench"));
        Map<String, String> nsLabels = new TreeMap<>(appLabels);
        nsLabels.putAll(Map.of("pod-security.kubernetes.io/enforce", "restricted", "pod-security.kubernetes.io/enforce-version", "v1.32",
                "pod-security.kubernetes.io/warn", "restricted", "pod-security.kubernetes.io/warn-version", "v1.32"));
        out.add(new NamespaceBuilder().withNewMetadata().withName("bench").withLabels(nsLabels).endMetadata().build());
        Map<String, String> appPods = Map.of("app.kubernetes.io/part-of", "bench");
        out.add(new NetworkPolicyBuilder().withNewMetadata().withName("default-deny").withNamespace("bench").withLabels(appLabels)
                .endMetadata().withNewSpec().withNewPodSelector().withMatchLabels(appPods).endPodSelector()
                .withPolicyTypes("Ingress", "Egress").endSpec().build());
        out.add(new NetworkPolicyBuilder().withNewMetadata().withName("allow-dns").withNamespace("bench").withLabels(appLabels)
                .endMetadata().withNewSpec().withNewPodSelector().withMatchLabels(appPods).endPodSelector().withPolicyTypes("Egress")
                .addNewEgress().addNewTo().withNewNamespaceSelector().addToMatchLabels("kubernetes.io/metadata.name", "kube-system")
                .endNamespaceSelector().withNewPodSelector().addToMatchLabels("k8s-app", "kube-dns").endPodSelector().endTo()
                .addNewPort().withProtocol("UDP").withPort(new IntOrString(53)).endPort()
                .addNewPort().withProtocol("TCP").withPort(new IntOrString(53)).endPort().endEgress().endSpec().build());
        for (int i = 0; i < n; i++) {
            String name = "svc-" + i;
            TreeMap<String, String> data = new TreeMap<>(Map.of("index", Integer.toString(i), "mode", "bench"));
            String cm = name + "-config-" + KustomizeHash.of(data);
            Map<String, String> labels = labels(name, "web-service");
            Map<String, String> selector = new TreeMap<>(Map.of("app.kubernetes.io/name", name, "app.kubernetes.io/part-of", "bench"));
            out.add(new ServiceAccountBuilder().withNewMetadata().withName(name).withNamespace("bench").withLabels(labels).endMetadata()
                    .withAutomountServiceAccountToken(false).build());
            out.add(new ConfigMapBuilder().withNewMetadata().withName(cm).withNamespace("bench")
                    .withLabels(labels(name + "-config", "config")).endMetadata()
                    .withData(data).withImmutable(true).build());
            out.add(new ServiceBuilder().withNewMetadata().withName(name).withNamespace("bench").withLabels(labels).endMetadata()
                    .withNewSpec().withSelector(selector).addNewPort().withName("http").withPort(8080)
                    .withTargetPort(new IntOrString("http")).endPort().endSpec().build());
            out.add(new DeploymentBuilder().withNewMetadata().withName(name).withNamespace("bench").withLabels(labels).endMetadata()
                    .withNewSpec().withNewSelector().withMatchLabels(selector).endSelector()
                    .withNewTemplate().withNewMetadata().withLabels(labels).endMetadata().withNewSpec()
                    .withAutomountServiceAccountToken(false)
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
                            .withNewSecurityContext().withAllowPrivilegeEscalation(false).withNewCapabilities().withDrop("ALL")
                            .endCapabilities().withReadOnlyRootFilesystem(true).endSecurityContext()
                            .build())
                    .withNewSecurityContext().withFsGroup(10001L).withRunAsGroup(10001L).withRunAsNonRoot(true).withRunAsUser(10001L)
                    .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile().endSecurityContext()
                    .withServiceAccountName(name)
                    .addNewTopologySpreadConstraint().withNewLabelSelector().withMatchLabels(selector).endLabelSelector()
                    .withMaxSkew(1).withTopologyKey("topology.kubernetes.io/zone").withWhenUnsatisfiable("ScheduleAnyway")
                    .endTopologySpreadConstraint()
                    .endSpec().endTemplate().endSpec().build());
            out.add(new HorizontalPodAutoscalerBuilder().withNewMetadata().withName(name).withNamespace("bench").withLabels(labels)
                    .endMetadata().withNewSpec().withNewScaleTargetRef().withApiVersion("apps/v1").withKind("Deployment")
                    .withName(name).endScaleTargetRef().withMinReplicas(2).withMaxReplicas(5).addNewMetric().withType("Resource")
                    .withNewResource().withName("cpu").withNewTarget().withType("Utilization").withAverageUtilization(80)
                    .endTarget().endResource().endMetric().endSpec().build());
            out.add(new PodDisruptionBudgetBuilder().withNewMetadata().withName(name).withNamespace("bench").withLabels(labels)
                    .endMetadata().withNewSpec().withMaxUnavailable(new IntOrString(1)).withNewSelector()
                    .withMatchLabels(selector).endSelector().endSpec().build());
            out.add(new NetworkPolicyBuilder().withNewMetadata().withName(name).withNamespace("bench").withLabels(labels).endMetadata()
                    .withNewSpec().withNewPodSelector().withMatchLabels(selector).endPodSelector().withPolicyTypes("Ingress")
                    .addNewIngress().addNewFrom().withNewNamespaceSelector()
                    .addToMatchLabels("kubernetes.io/metadata.name", "ingress-nginx").endNamespaceSelector().endFrom()
                    .addNewPort().withProtocol("TCP").withPort(new IntOrString(8080)).endPort().endIngress().endSpec().build());
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
