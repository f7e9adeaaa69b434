package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.shipshape.dsl.WebService;
import dev.shipshape.model.PathType;
import dev.shipshape.model.Probe;
import dev.shipshape.testing.CheckedYaml;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reference.unresolved} over included objects: each kind of reference resolved and not, with the path,
 * the message and the fix a user reads.
 */
class ReferenceUnresolvedTest {

    private static List<Violation> refs(HasMetadata... objects) {
        Fixture f = new Fixture();
        f.app.include(objects);
        return f.violations().stream().filter(v -> v.rule().equals("reference.unresolved")).toList();
    }

    private static PodTemplateSpec pod(UnaryOperator<ContainerBuilder> container) {
        ContainerBuilder c = new ContainerBuilder().withName("app").withImage("my-repo/a:1" + Fixture.DIGEST);
        return new PodTemplateSpecBuilder().withNewMetadata().addToLabels("app", "legacy").endMetadata().withNewSpec()
                .addToContainers(container.apply(c).build()).endSpec().build();
    }

    private static HasMetadata deployment(PodTemplateSpec pod) {
        return new DeploymentBuilder().withNewMetadata().withName("legacy").endMetadata().withNewSpec().withReplicas(2)
                .withNewSelector().addToMatchLabels("app", "legacy").endSelector().withTemplate(pod).endSpec().build();
    }

    private static HasMetadata served() {
        return deployment(pod(c -> c.addNewPort().withName("http").withContainerPort(8080).endPort()
                .addNewPort().withContainerPort(9090).endPort()));
    }

    @Test
    void probes_on_named_ports_the_container_has_resolve_and_others_do_not() {
        assertThat(refs(deployment(pod(c -> c.addNewPort().withName("http").withContainerPort(8080).endPort()
                .withNewReadinessProbe().withNewHttpGet().withPath("/").withPort(new IntOrString("http")).endHttpGet().endReadinessProbe()
                .withNewLivenessProbe().withNewTcpSocket().withPort(new IntOrString(8081)).endTcpSocket().endLivenessProbe()))))
                .isEmpty();
        assertThat(refs(deployment(pod(c -> c.addNewPort().withName("http").withContainerPort(8080).endPort()
                .addNewPort().withContainerPort(9090).endPort()
                .withNewLivenessProbe().withNewTcpSocket().withPort(new IntOrString("admin")).endTcpSocket().endLivenessProbe()
                .withNewStartupProbe().withNewHttpGet().withPath("/").withPort(new IntOrString("metrics")).endHttpGet().endStartupProbe()))))
                .extracting(Violation::path, Violation::message, Violation::fix).containsExactly(
                        tuple("shop/Deployment:legacy/container:app/livenessProbe", "probes port 'admin', which app does not"
                                + " expose (it has http, 9090); the probe would always fail.",
                                "probe one of its ports, or name a containerPort 'admin'."),
                        tuple("shop/Deployment:legacy/container:app/startupProbe", "probes port 'metrics', which app does not"
                                + " expose (it has http, 9090); the probe would always fail.",
                                "probe one of its ports, or name a containerPort 'metrics'."));
        assertThat(refs(deployment(pod(c -> c.withNewReadinessProbe().withNewHttpGet().withPath("/")
                .withPort(new IntOrString("http")).endHttpGet().endReadinessProbe()))))
                .extracting(Violation::message).containsExactly("probes port 'http', which app does not expose (it has no"
                        + " ports); the probe would always fail.");
    }

    @Test
    void mounts_need_a_volume_of_the_pod_or_a_claim_template_of_the_stateful_set() {
        assertThat(refs(deployment(pod(c -> c.addNewVolumeMount().withName("data").withMountPath("/data").endVolumeMount()))))
                .extracting(Violation::path, Violation::message, Violation::fix).containsExactly(tuple(
                        "shop/Deployment:legacy/container:app/mount:/data", "container app mounts volume 'data', which"
                                + " Deployment/legacy does not have; the API server refuses it.",
                        "add the volume to the pod, or mount one it has."));
        HasMetadata headless = new ServiceBuilder().withNewMetadata().withName("legacy").endMetadata().withNewSpec()
                .withClusterIP("None").addToSelector("app", "legacy").addNewPort().withName("http").withPort(80)
                .withNewTargetPort("http").endPort().endSpec().build();
        var set = new StatefulSetBuilder().withNewMetadata().withName("legacy").endMetadata().withNewSpec().withReplicas(2)
                .withServiceName("legacy").withNewSelector().addToMatchLabels("app", "legacy").endSelector()
                .withTemplate(pod(c -> c.addNewPort().withName("http").withContainerPort(8080).endPort()
                        .addNewVolumeMount().withName("data").withMountPath("/data").endVolumeMount()))
                .addNewVolumeClaimTemplate().withNewMetadata().withName("data").endMetadata().withNewSpec()
                .withAccessModes("ReadWriteOnce").withNewResources().addToRequests("storage",
                        new io.fabric8.kubernetes.api.model.Quantity("1Gi")).endResources().endSpec().endVolumeClaimTemplate()
                .endSpec().build();
        assertThat(refs(set, headless)).isEmpty();
    }

    private static HasMetadata service(String name, String targetPort, String... selector) {
        var spec = new ServiceBuilder().withNewMetadata().withName(name).endMetadata().withNewSpec();
        for (int i = 0; i + 1 < selector.length; i += 2) {
            spec = spec.addToSelector(selector[i], selector[i + 1]);
        }
        return spec.addNewPort().withName("web").withPort(80).withNewTargetPort(targetPort).endPort().endSpec().build();
    }

    @Test
    void a_service_must_select_pods_and_target_a_port_they_expose() {
        assertThat(refs(served(), service("legacy", "http", "app", "legacy"))).isEmpty();
        assertThat(refs(served(), service("legacy", "grpc", "app", "legacy")))
                .extracting(Violation::path, Violation::message, Violation::fix).containsExactly(tuple(
                        "shop/Service:legacy/port:web", "Service legacy sends port 80 to target port 'grpc', which no selected"
                                + " container exposes (they have http).", "name a containerPort 'grpc' or change the targetPort."));
        assertThat(refs(served(), service("legacy", "http", "app", "other")))
                .extracting(Violation::path, Violation::message, Violation::fix).containsExactly(tuple(
                        "shop/Service:legacy", "Service legacy selects no pod (selector {app=other}), so it sends traffic"
                                + " nowhere.", "make the selector match the pod template labels of its workload."));
        // no selector: its endpoints are managed by hand, nothing to resolve
        assertThat(refs(served(), service("legacy", "grpc"))).isEmpty();
    }

    private static HasMetadata ingress(String service, String portName, Integer portNumber) {
        return new IngressBuilder().withNewMetadata().withName("edge").endMetadata().withNewSpec().addNewRule()
                .withHost("legacy.example.com").withNewHttp().addNewPath().withPath("/").withPathType("Prefix").withNewBackend()
                .withNewService().withName(service).withNewPort().withName(portName).withNumber(portNumber).endPort()
                .endService().endBackend().endPath().endHttp().endRule().endSpec().build();
    }

    @Test
    void an_ingress_backend_must_be_a_service_of_the_manifests_and_one_of_its_ports() {
        HasMetadata svc = service("legacy", "http", "app", "legacy");
        String route = "shop/Ingress:edge/host:legacy.example.com/route:/";
        assertThat(refs(served(), svc, ingress("legacy", "web", null))).isEmpty();
        assertThat(refs(served(), svc, ingress("legacy", null, 80))).isEmpty();
        assertThat(refs(served(), svc, ingress("nope", "web", null))).extracting(Violation::path, Violation::message, Violation::fix)
                .containsExactly(tuple(route, "routes to Service 'nope', which is not among the manifests.",
                        "route to a Service of the manifests, or add the Service."));
        assertThat(refs(served(), svc, ingress("legacy", "admin", null))).extracting(Violation::path, Violation::message, Violation::fix)
                .containsExactly(tuple(route, "routes to port 'admin' of Service 'legacy', which has web.",
                        "name one of the Service's ports in backend.service.port."));
        assertThat(refs(served(), svc, ingress("legacy", null, 81))).extracting(Violation::message)
                .containsExactly("routes to port 81 of Service 'legacy', which has web.");
        assertThat(refs(served(), svc, ingress("legacy", null, null))).extracting(Violation::message, Violation::fix)
                .containsExactly(tuple("routes to Service 'legacy' without naming a port, and it has several (web) and none"
                        + " named http.", "set backend.service.port.name or .number."));
    }

    @Test
    void autoscalers_stateful_set_services_and_disruption_budgets_must_find_their_targets() {
        var hpa = new HorizontalPodAutoscalerBuilder().withNewMetadata().withName("legacy").endMetadata().withNewSpec()
                .withMinReplicas(2).withMaxReplicas(4).withNewScaleTargetRef().withApiVersion("apps/v1").withKind("Deployment")
                .withName("gone").endScaleTargetRef().endSpec().build();
        assertThat(refs(served(), hpa)).extracting(Violation::path, Violation::message, Violation::fix).containsExactly(tuple(
                "shop/HorizontalPodAutoscaler:legacy/autoscaling", "scales Deployment/gone, which is not among the manifests.",
                "point scaleTargetRef at a Deployment or StatefulSet of the manifests."));
        java.util.function.Function<String, HasMetadata> set = serviceName -> new StatefulSetBuilder().withNewMetadata()
                .withName("db").endMetadata().withNewSpec().withReplicas(2).withServiceName(serviceName).withNewSelector()
                .addToMatchLabels("app", "legacy").endSelector().withTemplate(pod(c -> c.addNewPort().withName("http")
                        .withContainerPort(8080).endPort())).endSpec().build();
        assertThat(refs(set.apply("db-headless"))).extracting(Violation::path, Violation::message).containsExactly(tuple(
                "shop/StatefulSet:db/serviceName", "serviceName 'db-headless' is not among the manifests, so the pods get no"
                        + " stable DNS names ('db-0.db-headless' does not resolve)."));
        assertThat(refs(set.apply("legacy"), service("legacy", "http", "app", "legacy"))).extracting(Violation::message)
                .containsExactly("serviceName 'legacy' is not a headless Service (clusterIP: None), so the pods get no stable"
                        + " DNS names ('db-0.legacy' does not resolve).");
        assertThat(refs(set.apply(""))).isEmpty();
        java.util.function.Function<String, HasMetadata> pdb = app -> new PodDisruptionBudgetBuilder().withNewMetadata()
                .withName("legacy").endMetadata().withNewSpec().withMinAvailable(new IntOrString(1)).withNewSelector()
                .addToMatchLabels("app", app).endSelector().endSpec().build();
        assertThat(refs(served(), pdb.apply("legacy"))).isEmpty();
        assertThat(refs(served(), pdb.apply("other"))).extracting(Violation::path, Violation::message, Violation::fix)
                .containsExactly(tuple("shop/PodDisruptionBudget:legacy/disruptionBudget", "PodDisruptionBudget legacy selects"
                        + " no pod, so it protects nothing.", "make its selector match the labels of the pods it is meant to protect."));
    }

    @Test
    void the_read_host_of_a_store_without_its_read_service_does_not_resolve() {
        Fixture f = new Fixture();
        f.store.withoutReadService();
        f.app.worker("reports", "my-repo/reports:1" + Fixture.DIGEST).replicas(2).resources(Fixture.resources())
                .env("DB_READ", f.store.readHost());
        assertThat(f.only("reference.unresolved")).satisfies(v -> {
            assertThat(v.path()).isEqualTo("shop/worker:reports/container:reports/env:DB_READ");
            assertThat(v.message()).isEqualTo("reads the read host of statefulStore 'db', which is rendered without its read"
                    + " Service (.withoutReadService()), so the name does not resolve.");
            assertThat(v.fix()).isEqualTo("use db.primaryHost(), or drop .withoutReadService().");
        });
        Fixture g = new Fixture();
        g.app.worker("reports", "my-repo/reports:1" + Fixture.DIGEST).replicas(2).resources(Fixture.resources())
                .env("DB_READ", g.store.readHost()).env("DB", g.store.primaryHost());
        assertThat(g.violations()).isEmpty();
    }

    @Test
    void dsl_routes_and_probes_get_fixes_in_dsl_terms() {
        Fixture probe = new Fixture();
        probe.web.livenessProbe(dev.shipshape.model.Probe.tcp("admin"));
        assertThat(probe.only("reference.unresolved").fix()).isEqualTo("probe one of its ports, or add .port(\"admin\", …).");

        Fixture noPort = new Fixture();
        var bare = noPort.app.webService("api", "my-repo/api:1" + Fixture.DIGEST).replicas(2).resources(Fixture.resources());
        noPort.ingress.route("/api", bare);
        assertThat(noPort.violations()).filteredOn(v -> v.rule().equals("reference.unresolved"))
                .extracting(Violation::message, Violation::fix).containsExactly(tuple("routes to webService 'api', which"
                        + " exposes no port, so its Service has none to send traffic to.", "give api a port: .port(\"http\", 8080)."));

        Fixture several = new Fixture();
        var admin = several.app.webService("admin", "my-repo/admin:1" + Fixture.DIGEST).replicas(2).resources(Fixture.resources())
                .port("ui", 8080).port("metrics", 9090).readinessProbe(dev.shipshape.model.Probe.http("/", "ui"));
        several.ingress.route("/admin", admin);
        assertThat(several.violations()).filteredOn(v -> v.rule().equals("reference.unresolved"))
                .extracting(Violation::message, Violation::fix).containsExactly(tuple("routes to webService 'admin' without"
                        + " naming a port, and it has several (ui, metrics) and none named http.", "name the port:"
                        + " .route(\"/admin\", admin, \"ui\"), or name the serving port 'http'."));
    }

    @Test
    void a_customization_that_points_a_route_elsewhere_is_reported_and_resource_backends_are_not_services() {
        Fixture ghost = new Fixture();
        ghost.ingress.customize(io.fabric8.kubernetes.api.model.networking.v1.Ingress.class, i -> i.getSpec().getRules().get(0)
                .getHttp().getPaths().get(0).getBackend().getService().setName("ghost"));
        assertThat(ghost.violations()).filteredOn(v -> v.rule().equals("reference.unresolved")).extracting(Violation::message)
                .singleElement().asString().startsWith("routes to Service 'ghost', which is not among the manifests.");
        Fixture port = new Fixture();
        port.ingress.customize(io.fabric8.kubernetes.api.model.networking.v1.Ingress.class, i -> i.getSpec().getRules().get(0)
                .getHttp().getPaths().get(0).getBackend().getService().getPort().setName("admin"));
        assertThat(port.violations()).filteredOn(v -> v.rule().equals("reference.unresolved")).extracting(Violation::fix)
                .singleElement().asString().isEqualTo("route to one of its ports: .route(\"/\", web, \"<port>\").");
        HasMetadata resourceBackend = new IngressBuilder().withNewMetadata().withName("files").endMetadata().withNewSpec()
                .addNewRule().withHost("files.example.com").withNewHttp().addNewPath().withPath("/").withPathType("Prefix")
                .withNewBackend().withNewResource("example.com", "Bucket", "b")
                .endBackend().endPath().endHttp().endRule().endSpec().build();
        assertThat(refs(resourceBackend)).isEmpty();
    }

    @Test
    void numeric_target_ports_are_not_checked_by_name_and_unnamed_container_ports_are_said_plainly() {
        HasMetadata unnamed = deployment(pod(c -> c.addNewPort().withContainerPort(8080).endPort()));
        HasMetadata numeric = new ServiceBuilder().withNewMetadata().withName("legacy").endMetadata().withNewSpec()
                .addToSelector("app", "legacy").addNewPort().withName("web").withPort(80).withNewTargetPort(9999).endPort()
                .endSpec().build();
        assertThat(refs(unnamed, numeric)).isEmpty();
        assertThat(refs(unnamed, service("legacy", "web", "app", "legacy"))).extracting(Violation::message).containsExactly(
                "Service legacy sends port 80 to target port 'web', which no selected container exposes (they have no named ports).");
    }

    @Test
    void unresolved_probe_port_and_portless_route_target() {
        Fixture f = new Fixture();
        f.web.livenessProbe(Probe.tcp("admin"));
        Violation v = f.only("reference.unresolved");
        assertThat(v.path()).isEqualTo("shop/webService:web/container:web/livenessProbe");
        assertThat(v.message()).contains("probes port 'admin', which web does not expose (it has http)");
        Fixture g = new Fixture();
        WebService portless = g.app.webService("portless", "my-repo/p:1" + Fixture.DIGEST).replicas(2)
                .resources(Fixture.resources()).readinessProbe(Probe.exec("true"));
        g.ingress.route("/p", portless);
        assertThat(g.violations()).extracting(Violation::rule)
                .containsExactly("ingress.path-order", "reference.unresolved", "port.missing");
    }

    @TempDir
    Path tmp;

    /** {@code path | message | fix} of {@code rule}'s findings, the file written as {@code m.yaml}. */
    private List<String> check(String rule, String yaml) throws IOException {
        return CheckedYaml.findings(tmp, rule, yaml);
    }

    @Test
    void routes_to_services_without_ports_or_without_naming_one_of_several() throws IOException {
        assertThat(check("reference.unresolved", """
                apiVersion: v1
                kind: Service
                metadata: {name: portless}
                spec: {clusterIP: None, selector: {app: web}}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: multi}
                spec:
                  selector: {app: web}
                  ports: [{name: a, port: 80}, {port: 81}]
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: web, labels: {app: web}}
                spec:
                  containers: [{name: a, image: "my-repo/a:1", ports: [{containerPort: 80}, {containerPort: 81}]}]
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: edge}
                spec:
                  rules:
                  - http:
                      paths:
                      - {path: /p, pathType: Prefix, backend: {service: {name: portless, port: {number: 80}}}}
                      - {path: /m, pathType: Prefix, backend: {service: {name: multi}}}
                """)).containsExactly(
                "m.yaml#L19/Ingress:edge/host:*/route:/m | routes to Service 'multi' without naming a port, and it has several"
                        + " (a, 81) and none named http. | set backend.service.port.name or .number.",
                "m.yaml#L19/Ingress:edge/host:*/route:/p | routes to Service 'portless', which has no port to send traffic to."
                        + " | give Service portless a port.");
    }

    private static String backendPort(Fixture f, String ingress) {
        Ingress i = f.app.render().objects().stream().filter(Ingress.class::isInstance).map(Ingress.class::cast)
                .filter(x -> x.getMetadata().getName().equals(ingress)).findFirst().orElseThrow();
        return i.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend().getService().getPort().getName();
    }

    @Test
    void routes_go_to_the_port_named_http_else_the_only_port_else_they_are_reported() {
        Fixture f = new Fixture();
        WebService api = f.app.webService("api", "my-repo/api:1" + Fixture.DIGEST).replicas(2).resources(Fixture.resources())
                .port("metrics", 9090).port("http", 8080).readinessProbe(Probe.http("/", "http"));
        f.app.ingress("api").host("api.example.com").route("/", api);
        assertThat(backendPort(f, "api")).isEqualTo("http");
        Fixture only = new Fixture();
        WebService grpc = only.app.webService("grpc", "my-repo/g:1" + Fixture.DIGEST).replicas(2).resources(Fixture.resources())
                .port("grpc", 9000).readinessProbe(Probe.tcp("grpc"));
        only.app.ingress("grpc").host("grpc.example.com").route("/", grpc);
        assertThat(backendPort(only, "grpc")).isEqualTo("grpc");
        Fixture two = new Fixture();
        WebService admin = two.app.webService("admin", "my-repo/a:1" + Fixture.DIGEST).replicas(2).resources(Fixture.resources())
                .port("metrics", 9090).port("admin", 8080).readinessProbe(Probe.tcp("admin"));
        two.app.ingress("admin").host("admin.example.com").route("/", admin);
        Violation v = two.only("reference.unresolved");
        assertThat(v.message()).contains("without naming a port, and it has several (metrics, admin) and none named http");
        assertThat(v.fix()).contains(".route(\"/\", admin, \"metrics\")");
        Fixture named = new Fixture();
        WebService admin2 = named.app.webService("admin", "my-repo/a:1" + Fixture.DIGEST).replicas(2).resources(Fixture.resources())
                .port("metrics", 9090).port("admin", 8080).readinessProbe(Probe.tcp("admin"));
        named.app.ingress("admin").host("admin.example.com").route("/", admin2, "admin", PathType.PREFIX);
        assertThat(backendPort(named, "admin")).isEqualTo("admin");
        Fixture wrong = new Fixture();
        wrong.app.ingress("wrong").host("w.example.com").route("/", wrong.web, "metrics");
        assertThat(wrong.only("reference.unresolved").message()).contains("routes to port 'metrics' of");
    }

    @Test
    void endpoints_grpc_probes_node_ports_and_namespace_grants_must_name_ports_the_component_has() {
        Fixture f = new Fixture();
        WebService api = f.app.webService("api", "my-repo/api:1" + Fixture.DIGEST).replicas(2).port("grpc", 9000)
                .resources(Fixture.resources()).readinessProbe(Probe.grpc("grpcc"))
                .nodePort("metrics", 30090).allowFromNamespace("monitoring", "metrics");
        f.web.env("API", api.endpoint("http")).env("DB_READ", f.store.readEndpoint("pg"));
        f.store.withoutReadService();
        assertThat(f.violations()).extracting(Violation::rule, Violation::path, Violation::message, Violation::fix)
                .containsExactlyInAnyOrder(
                        tuple("reference.unresolved", "shop/webService:api/allowFromNamespace:monitoring",
                                "lets namespace monitoring call port 'metrics', which api does not have (it has grpc).",
                                "name one of its ports, or none for every port."),
                        tuple("reference.unresolved", "shop/webService:api/container:api/readinessProbe",
                                "probes gRPC on port 'grpcc', which api does not expose (it has grpc); grpc.port needs its number.",
                                "probe one of its ports, or add .port(\"grpcc\", …)."),
                        tuple("reference.unresolved", "shop/webService:api/nodePort:metrics",
                                "serves port 'metrics' on a node port, but api has no port of that name (it has grpc).",
                                "name one of its ports in .nodePort(…)."),
                        tuple("reference.unresolved", "shop/webService:web/container:web/env:API",
                                "calls port 'http' of webService 'api', which it does not have (it has grpc); the address does"
                                        + " not resolve.",
                                "call one of its ports: api.endpoint(\"grpc\")."),
                        tuple("reference.unresolved", "shop/webService:web/container:web/env:DB_READ",
                                "calls the read Service of statefulStore 'db', which is rendered without it"
                                        + " (.withoutReadService()), so the name does not resolve.",
                                "use db.primaryEndpoint(\"pg\"), or drop .withoutReadService()."));
        Fixture ok = new Fixture();
        WebService grpc = ok.app.webService("api", "my-repo/api:1" + Fixture.DIGEST).replicas(2).port("grpc", 9000)
                .resources(Fixture.resources()).readinessProbe(Probe.grpc("grpc", "api.v1.Health"))
                .nodePort("grpc", 30090).allowFromNamespace("monitoring", "grpc");
        ok.web.env("API", grpc.endpoint("grpc")).env("DB_READ", ok.store.readEndpoint("pg"));
        assertThat(ok.violations()).isEmpty();
    }

    /** HTTPRoute and GRPCRoute backends: a Service of the route's namespace, with the port named. */
    @org.junit.jupiter.api.Test
    void a_route_backend_needs_its_service_and_port(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        java.nio.file.Files.writeString(dir.resolve("r.yaml"), RouteYaml.SERVICE + "---\n"
                + RouteYaml.route("name: api, port: 9090") + "---\n"
                + RouteYaml.route("name: api").replace("name: shop", "name: noport") + "---\n"
                + RouteYaml.route("name: api, port: 8080").replace("name: shop", "name: good") + "---\n"
                + RouteYaml.route("name: other, port: 8080").replace("name: shop", "name: elsewhere") + "---\n"
                + RouteYaml.route("name: bucket, group: storage.example.com, kind: Bucket").replace("name: shop", "name: bucket"));
        List<Violation> found = dev.shipshape.dsl.Shipshape.check(dir).stream()
                .filter(v -> v.rule().equals("reference.unresolved") && v.path().contains("HTTPRoute")).toList();
        assertThat(found).extracting(v -> v.path().substring(v.path().indexOf("HTTPRoute")) + " | " + v.message())
                .containsExactly(
                        // without a port: the CRD's CEL rule refuses it, api.invalid says so for files read
                        "HTTPRoute:shop/spec.rules[0].backendRefs[0] | line 14: routes to port 9090 of Service 'api',"
                                + " which has http.");
        // in an app, a Service not among the manifests is an error
        io.fabric8.kubernetes.api.model.GenericKubernetesResource route = dev.shipshape.internal.yaml.Serialization.yaml()
                .readValue(RouteYaml.route("name: ghost, port: 80"), io.fabric8.kubernetes.api.model.GenericKubernetesResource.class);
        assertThat(dev.shipshape.dsl.Shipshape.app("shop").include(route).validate()).filteredOn(v -> v.rule()
                .equals("reference.unresolved")).singleElement().extracting(Violation::message).asString()
                .isEqualTo("routes to Service 'ghost', which is not among the manifests.");
        // in an app, a Service backend without a port is this rule's (api.invalid reads files only)
        io.fabric8.kubernetes.api.model.GenericKubernetesResource portless = dev.shipshape.internal.yaml.Serialization.yaml()
                .readValue(RouteYaml.route("name: api"), io.fabric8.kubernetes.api.model.GenericKubernetesResource.class);
        io.fabric8.kubernetes.api.model.Service service = dev.shipshape.internal.yaml.Serialization.yaml()
                .readValue(RouteYaml.SERVICE, io.fabric8.kubernetes.api.model.Service.class);
        assertThat(dev.shipshape.dsl.Shipshape.app("shop").include(service, portless).validate()).filteredOn(v -> v.rule()
                .equals("reference.unresolved") && v.path().contains("HTTPRoute")).singleElement()
                .extracting(Violation::message).asString().startsWith("routes to Service 'api' without a port");
    }
}
