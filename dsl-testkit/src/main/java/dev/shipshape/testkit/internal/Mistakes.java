package dev.shipshape.testkit.internal;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Config;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.WebService;
import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.PathType;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One mistake per rule id: each adds to a valid app a component that is valid except for the one thing its
 * rule catches. Where a mistake cannot help tripping a second, related rule (an HPA without a cpu request
 * also has no cpu request; a {@code latest} tag is also unpinned), the policy switches that rule off with a
 * reason, so the app breaks exactly one rule. Added names start with {@code x} or a digit, which generated
 * apps never use.
 */
public final class Mistakes {

    static final String PINNED = "my-repo/x-broken:1.0@sha256:" + "b".repeat(64);

    private Mistakes() {
    }

    /** Rule id → mistake; {@code k} (1-1000) varies the amounts. */
    public static final Map<String, BiConsumer<App, Integer>> BY_RULE = Map.ofEntries(
            Map.entry("resources.requests-exceed-limits", (app, k) -> service(app, "x-broken")
                    .resources(Resources.of(Cpu.millis(500 + k), Memory.mebibytes(256)).limits(Cpu.millis(500), Memory.mebibytes(256)))),
            Map.entry("resources.requests-missing", (app, k) -> service(app, "x-broken")
                    .resources(Resources.none().memoryRequest(Memory.mebibytes(k)).memoryLimit(Memory.mebibytes(k)))),
            Map.entry("resources.memory-limit-missing", (app, k) -> service(app, "x-broken")
                    .resources(Resources.of(Cpu.millis(k), Memory.mebibytes(64)).cpuLimit(Cpu.millis(2 * k)))),
            Map.entry("autoscaling.cpu-request-missing", (app, k) -> {
                scaled(app, "x-broken", Autoscaling.between(2, 4))
                        .resources(Resources.none().memoryRequest(Memory.mebibytes(64)).memoryLimit(Memory.mebibytes(64)));
                app.policy(app.policy().off("resources.requests-missing", "isolates autoscaling.cpu-request-missing"));
            }),
            Map.entry("autoscaling.target-unreachable", (app, k) -> scaled(app, "x-broken",
                    Autoscaling.between(2, 4).targetCpuUtilization(182 + k % 300))),
            Map.entry("autoscaling.bounds", (app, k) -> scaled(app, "x-broken",
                    k % 2 == 0 ? Autoscaling.between(0, 3) : Autoscaling.between(3 + k % 5, 2))),
            Map.entry("autoscaling.replicas-conflict", (app, k) -> service(app, "x-broken")
                    .autoscale(Autoscaling.between(2, 4))),
            Map.entry("ingress.path-order", (app, k) -> {
                WebService w = service(app, "x-broken");
                app.ingress("x-ingress").route("/", w).route("/x" + k, w);
            }),
            Map.entry("ingress.duplicate-path", (app, k) -> {
                WebService w = service(app, "x-broken");
                app.ingress("x-ingress").route("/x" + k, w).route("/x" + k + "/", w);
            }),
            Map.entry("ingress.path-invalid", (app, k) -> app.ingress("x-ingress")
                    .route(List.of("x" + k, "/a//b", "/a/./b", "/a/../b", "/a%2Fb", "/a/..").get(k % 6), service(app, "x-broken"),
                            PathType.EXACT)),
            Map.entry("config.unversioned-name", (app, k) -> service(app, "x-broken")
                    .mount(app.config("x-config").entry("k", Integer.toString(k)).unversioned(), "/etc/x")),
            Map.entry("config.missing-key", (app, k) -> {
                Config c = app.config("x-config").entry("present", "1");
                service(app, "x-broken").env("X", c.key("missing" + k));
            }),
            Map.entry("secret.missing-key", (app, k) -> service(app, "x-broken")
                    .env("X", app.externalSecret("x-secret", "present").key("absent" + k))),
            Map.entry("secret.literal-value", (app, k) -> service(app, "x-broken").env("X_API_TOKEN", "t" + k)),
            Map.entry("secret.development-data", (app, k) -> service(app, "x-broken")
                    .mount(app.developmentSecret("x-dev", Map.of("token", "dev" + k)), "/etc/x")),
            Map.entry("image.mutable-tag", (app, k) -> {
                app.webService("x-broken", "my-repo/x-broken" + (k % 2 == 0 ? ":latest" : "")).replicas(2)
                        .port("http", 8080).resources(resources());
                app.policy(app.policy().off("image.not-pinned", "isolates image.mutable-tag"));
            }),
            Map.entry("image.not-pinned", (app, k) -> app.webService("x-broken", "my-repo/x-broken:1." + k).replicas(2)
                    .port("http", 8080).resources(resources())),
            Map.entry("image.untrusted-registry", (app, k) -> app.policy(app.policy().allowRegistries("registry.invalid"))),
            Map.entry("name.invalid", (app, k) -> app.statefulStore("x" + "s".repeat(52 + k % 11), PINNED).ephemeral()
                    .port("x-port", 6379).resources(resources())),
            Map.entry("name.duplicate", (app, k) -> {
                app.externalSecret("x-dup");
                app.externalSecret("x-dup");
            }),
            Map.entry("store.volume-missing", (app, k) -> app.statefulStore("x-store", PINNED).port("x-port", 6379)
                    .resources(resources())),
            Map.entry("probe.readiness-missing", (app, k) -> app.ingress("x-ingress").route("/x" + k,
                    app.webService("x-broken", PINNED).replicas(2).port("http", 8080).resources(resources()))),
            Map.entry("workload.single-replica", (app, k) -> app.webService("x-broken", PINNED).replicas(1)
                    .port("http", 8080).resources(resources())),
            Map.entry("reference.foreign", (app, k) -> service(app, "x-broken")
                    .env("X", Shipshape.app("x-other").config("x-shared").entry("k", "v").key("k"))),
            Map.entry("reference.unresolved", (app, k) -> service(app, "x-broken").livenessProbe(Probe.tcp("x-port" + k % 9))),
            Map.entry("reference.outside-manifests", (app, k) -> include(app, worker("x-included", "x-missing" + k))),
            Map.entry("ingress.empty", (app, k) -> app.ingress("x-ingress").host("x" + k + ".example.com")),
            Map.entry("cronjob.schedule-invalid", (app, k) -> app.cronJob("x-cron" + k % 10, PINNED).resources(resources())),
            Map.entry("lifecycle.prestop-exceeds-grace", (app, k) -> service(app, "x-broken")
                    .preStop(Duration.ofSeconds(30 + k % 60))),
            Map.entry("pdb.blocks-eviction", (app, k) -> {
                service(app, "x-broken");
                app.include(new PodDisruptionBudgetBuilder().withNewMetadata().withName("x-strict").endMetadata().withNewSpec()
                        .withMinAvailable(new IntOrString(2 + k % 5)).withNewSelector().addToMatchLabels("app.kubernetes.io/name", "x-broken")
                        .endSelector().endSpec().build());
            }),
            Map.entry("api.invalid", (app, k) -> {
                app.include(new ConfigMapBuilder().withNewMetadata().withName("x-config").endMetadata().addToData("k", "v").build());
                // a probe with no handler: the API server refuses it ("must specify a handler type")
                include(app, new DeploymentBuilder(worker("x-probe", "x-config")).editSpec().editTemplate().editSpec()
                        .editFirstContainer().withNewReadinessProbe().withPeriodSeconds(1 + k % 30).endReadinessProbe()
                        .endContainer().endSpec().endTemplate().endSpec().build());
            }),
            Map.entry("port.missing", (app, k) -> app.webService("x-broken", PINNED).resources(resources())
                    .readinessProbe(Probe.exec("test", "-f", "/tmp/ready" + k)).replicas(2)),
            Map.entry("port.conflict", (app, k) -> app.include(new ServiceBuilder().withNewMetadata().withName("x-service").endMetadata()
                    .withNewSpec().addNewPort().withName("a").withPort(k).endPort().addNewPort().withName("b").withPort(k).endPort()
                    .endSpec().build())),
            Map.entry("mount.conflict", (app, k) -> {
                app.include(new ConfigMapBuilder().withNewMetadata().withName("x-config").endMetadata().addToData("k", "v").build());
                include(app, new DeploymentBuilder(worker("x-mounts", "x-config")).editSpec().editTemplate().editSpec()
                        .addNewVolume().withName("x-one").withNewEmptyDir().endEmptyDir().endVolume()
                        .addNewVolume().withName("x-two").withNewEmptyDir().endEmptyDir().endVolume()
                        .editFirstContainer()
                        .addNewVolumeMount().withName("x-one").withMountPath("/x" + k).endVolumeMount()
                        .addNewVolumeMount().withName("x-two").withMountPath("/x" + k).endVolumeMount()
                        .endContainer().endSpec().endTemplate().endSpec().build());
            }),
            Map.entry("security.run-as-root", (app, k) -> editPod(service(app, "x-broken"), pod -> {
                if (k % 2 == 0) {
                    pod.getSecurityContext().setRunAsUser(0L);
                    pod.getSecurityContext().setRunAsNonRoot(null);
                } else {
                    pod.getSecurityContext().setRunAsNonRoot(null);
                }
            })),
            Map.entry("security.privilege-escalation", (app, k) -> editPod(service(app, "x-broken"),
                    pod -> pod.getContainers().get(0).getSecurityContext().setAllowPrivilegeEscalation(k % 2 == 0 ? null : true))),
            Map.entry("security.capabilities", (app, k) -> editPod(service(app, "x-broken"), pod -> {
                if (k % 2 == 0) {
                    pod.getContainers().get(0).getSecurityContext().getCapabilities().setDrop(List.of("NET_RAW"));
                } else {
                    pod.getContainers().get(0).getSecurityContext().getCapabilities().setAdd(List.of("SYS_ADMIN"));
                }
            })),
            Map.entry("security.seccomp", (app, k) -> editPod(service(app, "x-broken"),
                    pod -> pod.getSecurityContext().setSeccompProfile(k % 2 == 0 ? null : new SeccompProfile(null, "Unconfined")))),
            Map.entry("security.host-access", (app, k) -> editPod(service(app, "x-broken"), pod -> {
                switch (k % 4) {
                    case 0 -> pod.setHostNetwork(true);
                    case 1 -> pod.setHostPID(true);
                    case 2 -> pod.getContainers().get(0).getPorts().get(0).setHostPort(8080);
                    default -> pod.getVolumes().add(new VolumeBuilder().withName("x-host").withNewHostPath()
                            .withPath("/var/run/docker.sock").endHostPath().build());
                }
            })),
            Map.entry("security.writable-root", (app, k) -> editPod(service(app, "x-broken"),
                    pod -> pod.getContainers().get(0).getSecurityContext().setReadOnlyRootFilesystem(k % 2 == 0 ? null : false))),
            Map.entry("security.service-account-token", (app, k) -> {
                WebService w = service(app, "x-broken");
                if (k % 2 == 0) {
                    editPod(w, pod -> pod.setAutomountServiceAccountToken(null));
                    w.customize(ServiceAccount.class, sa -> sa.setAutomountServiceAccountToken(null));
                } else {
                    editPod(w, pod -> pod.setAutomountServiceAccountToken(true));
                }
            }),
            Map.entry("network.default-deny-missing", (app, k) -> app.include(worker("x-open", "x-config" + k))
                    .include(new ConfigMapBuilder().withNewMetadata().withName("x-config" + k).endMetadata().addToData("k", "v").build())),
            Map.entry("reference.untyped", (app, k) -> {
                service(app, "x-target");
                String[] forms = {"x-target", "x-target:8080", "http://x-target/v" + k, "x-target:" + (8080 + k % 3)};
                service(app, "x-broken").env("X_TARGET", forms[k % forms.length]);
            }),
            Map.entry("service.exposure-invalid", (app, k) -> service(app, "x-broken").loadBalancer()
                    .customize(Service.class, s -> {
                        if (s.getMetadata().getName().equals("x-broken-external")) {
                            s.getSpec().getPorts().get(0).setNodePort(1 + k % 29999);
                        }
                    })),
            Map.entry("route.shadowed", (app, k) -> app.include(httpRoute("x-route", "/x" + k, "/x" + k + "/"))),
            Map.entry("route.conflict", (app, k) -> app.include(httpRoute("x-route-a", "/x" + k), httpRoute("x-route-b", "/x" + k))),
            Map.entry("route.reference-grant-missing", (app, k) -> {
                GenericKubernetesResource route = httpRoute("x-route", "/x" + k);
                @SuppressWarnings("unchecked")
                Map<String, Object> spec = new java.util.HashMap<>((Map<String, Object>) route.getAdditionalProperties().get("spec"));
                spec.put("rules", List.of(Map.of("backendRefs", List.of(Map.of("name", "x-api", "namespace", "x-other", "port", 8000 + k)))));
                route.setAdditionalProperty("spec", spec);
                app.include(route);
            }),
            Map.entry("route.parent-missing", (app, k) -> app.httpRoute("x-unattached").route("/x" + k,
                    service(app, "x-target"))),
            Map.entry("route.backend-protocol", (app, k) -> app.grpcRoute("x-rpc")
                    .parent(app.gateway("infra", "x-public")).service("x.Service" + k, service(app, "x-target"))),
            Map.entry("network.reference-blocked", (app, k) -> {
                WebService w = service(app, "x-broken").customize(NetworkPolicy.class,
                        p -> p.getSpec().getIngress().get(0).getPorts().get(0).setPort(new IntOrString(8081 + k)));
                app.ingress("x-ingress").route("/x" + k, w);
            }));

    /**
     * An HTTPRoute as one read from YAML would be (a {@code GenericKubernetesResource}), attached to Gateway
     * {@code infra/x-public}, one rule per path (no backends: nothing to resolve).
     */
    private static GenericKubernetesResource httpRoute(String name, String... paths) {
        GenericKubernetesResource route = new GenericKubernetesResource();
        route.setApiVersion("gateway.networking.k8s.io/v1");
        route.setKind("HTTPRoute");
        route.setMetadata(new ObjectMetaBuilder().withName(name).build());
        List<Map<String, Object>> rules = new ArrayList<>();
        for (String path : paths) {
            rules.add(Map.of("matches", List.of(Map.of("path", Map.of("type", "PathPrefix", "value", path)))));
        }
        route.setAdditionalProperty("spec", Map.of("parentRefs", List.of(Map.of("name", "x-public", "namespace", "infra")),
                "rules", rules));
        return route;
    }

    /** Includes {@code worker} with a NetworkPolicy that isolates its pods, as a careful user would. */
    private static void include(App app, Deployment worker) {
        app.include(worker);
        String name = worker.getMetadata().getName();
        app.include(new NetworkPolicyBuilder().withNewMetadata().withName(name).endMetadata().withNewSpec()
                .withNewPodSelector().addToMatchLabels("x-worker", name).endPodSelector().withPolicyTypes("Ingress", "Egress")
                .endSpec().build());
    }

    /** Edits the pod spec of a web service's Deployment. */
    private static void editPod(WebService w, Consumer<PodSpec> edit) {
        w.customize(Deployment.class, d -> edit.accept(d.getSpec().getTemplate().getSpec()));
    }

    /** A Deployment Shipshape does not model, that breaks nothing (secure, resourced) but reading ConfigMap {@code configMap}. */
    private static Deployment worker(String name, String configMap) {
        Map<String, Quantity> amounts = Map.of("cpu", new Quantity("250m"), "memory", new Quantity("256Mi"));
        return new DeploymentBuilder()
                .withNewMetadata().withName(name).endMetadata()
                .withNewSpec().withReplicas(2)
                .withNewSelector().addToMatchLabels("x-worker", name).endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("x-worker", name).endMetadata()
                .withNewSpec().withAutomountServiceAccountToken(false)
                .withNewSecurityContext().withRunAsNonRoot(true).withRunAsUser(1000L).withNewSeccompProfile()
                .withType("RuntimeDefault").endSeccompProfile().endSecurityContext()
                .addNewContainer().withName(name).withImage(PINNED)
                .withNewSecurityContext().withAllowPrivilegeEscalation(false).withReadOnlyRootFilesystem(true)
                .withNewCapabilities().withDrop("ALL").endCapabilities().endSecurityContext()
                .withNewResources().withRequests(amounts).withLimits(amounts).endResources()
                .addNewEnv().withName("X").withNewValueFrom().withNewConfigMapKeyRef().withName(configMap).withKey("k")
                .endConfigMapKeyRef().endValueFrom().endEnv()
                .endContainer().endSpec().endTemplate().endSpec().build();
    }

    static Resources resources() {
        return Resources.of(Cpu.millis(250), Memory.mebibytes(256)).limits(Cpu.millis(500), Memory.mebibytes(256));
    }

    /** A web service that breaks nothing: pinned, 2 replicas, a port, resources, a readiness probe. */
    private static WebService service(App app, String name) {
        return app.webService(name, PINNED).port("http", 8080).resources(resources())
                .readinessProbe(Probe.http("/healthz", "http")).replicas(2);
    }

    /** Like {@link #service} but scaled by an HPA instead of a fixed replica count. */
    private static WebService scaled(App app, String name, Autoscaling hpa) {
        return app.webService(name, PINNED).port("http", 8080).resources(resources())
                .readinessProbe(Probe.http("/healthz", "http")).autoscale(hpa);
    }
}
