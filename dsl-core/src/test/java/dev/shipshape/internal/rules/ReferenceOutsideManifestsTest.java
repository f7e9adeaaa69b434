package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tests of {@link ReferenceOutsideManifests}: where it fires, where it does not, and what it says. */
class ReferenceOutsideManifestsTest {

    private static final Set<String> RULES = Set.of("config.missing-key", "secret.missing-key", "reference.outside-manifests");

    private static final HasMetadata CONFIG = new ConfigMapBuilder().withNewMetadata().withName("cfg").endMetadata()
            .addToData("a", "1").addToBinaryData("bin", "AA==").build();

    private static final HasMetadata SECRET = new SecretBuilder().withNewMetadata().withName("sec").endMetadata()
            .addToData("x", "AA==").addToStringData("s", "1").build();

    private static List<Violation> check(PodTemplateSpec pod, HasMetadata... more) {
        Fixture f = new Fixture();
        f.app.externalSecret("vault", "token");
        f.app.externalSecret("tls-external");
        f.app.include(new DeploymentBuilder().withNewMetadata().withName("legacy").endMetadata().withNewSpec().withReplicas(2)
                .withNewSelector().addToMatchLabels("app", "legacy").endSelector().withTemplate(pod).endSpec().build());
        f.app.include(CONFIG, SECRET);
        f.app.include(more);
        return f.violations().stream().filter(v -> RULES.contains(v.rule())).toList();
    }

    private static PodTemplateSpecBuilder pod() {
        return new PodTemplateSpecBuilder().withNewMetadata().addToLabels("app", "legacy").endMetadata();
    }

    private static HasMetadata tls(String secret) {
        return new IngressBuilder().withNewMetadata().withName("edge").endMetadata().withNewSpec()
                .addNewTl().withHosts("legacy.example.com").withSecretName(secret).endTl()
                .addNewTl().withHosts("other.example.com").endTl()
                .addNewRule().withHost("legacy.example.com").withNewHttp().addNewPath().withPath("/").withPathType("Prefix")
                .withNewBackend().withNewService().withName("web").withNewPort().withName("http").endPort().endService()
                .endBackend().endPath().endHttp().endRule().endSpec().build();
    }

    @Test
    void objects_outside_the_manifests_are_named_with_where_they_are_read() {
        PodTemplateSpec away = pod().withNewSpec().addNewContainer().withName("app").withImage("my-repo/a:1" + Fixture.DIGEST)
                .addNewEnvFrom().withNewConfigMapRef().withName("gone").endConfigMapRef().endEnvFrom()
                .addNewEnvFrom().withNewSecretRef().withName("gone-secret").endSecretRef().endEnvFrom()
                .addNewEnvFrom().withNewSecretRef().withName("maybe").withOptional(true).endSecretRef().endEnvFrom()
                .endContainer()
                .addNewVolume().withName("data").withNewPersistentVolumeClaim().withClaimName("claim").endPersistentVolumeClaim().endVolume()
                .addNewImagePullSecret().withName("regcred").endImagePullSecret()
                .endSpec().build();
        String pod = "shop/Deployment:legacy";
        assertThat(check(away)).extracting(Violation::rule, Violation::path, Violation::message, Violation::fix).containsExactlyInAnyOrder(
                tuple("reference.outside-manifests", pod + "/container:app/envFrom:gone", "reads ConfigMap 'gone', which is not"
                        + " among the manifests; the pod will not start unless it is created out of band.",
                        "add it to the manifests, or mark the reference optional if the pod can run without it."),
                tuple("reference.outside-manifests", pod + "/container:app/envFrom:gone-secret", "reads Secret 'gone-secret', which"
                        + " is not among the manifests nor a declared external secret; the pod will not start unless it is created"
                        + " out of band.", "declare it with app.externalSecret(\"gone-secret\", …) if it is created out of band, or include it."),
                tuple("reference.outside-manifests", pod + "/volume:data", "reads PersistentVolumeClaim 'claim', which is not among"
                        + " the manifests; the pod will not start unless it is created out of band.",
                        "add it to the manifests, or mark the reference optional if the pod can run without it."),
                tuple("reference.outside-manifests", pod + "/imagePullSecret:regcred", "reads Secret 'regcred', which is not among"
                        + " the manifests nor a declared external secret; the pod will not start unless it is created out of band.",
                        "declare it with app.externalSecret(\"regcred\", …) if it is created out of band, or include it."));
    }

    @Test
    void in_files_read_by_check_a_target_defined_elsewhere_is_a_warning_not_an_error(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.writeString(tmp.resolve("partial.yaml"), """
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: web}
                spec: {scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}, minReplicas: 2, maxReplicas: 4}
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: web}
                spec: {rules: [{http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]}}]}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: api}
                spec: {selector: {app: api}, ports: [{port: 80}]}
                ---
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: api}
                spec: {maxUnavailable: 1, selector: {matchLabels: {app: api}}}
                """);
        var found = dev.shipshape.dsl.Shipshape.check(file);
        assertThat(found).filteredOn(v -> v.rule().startsWith("reference."))
                .extracting(v -> v.rule() + " " + v.severity() + " " + v.message()).containsExactlyInAnyOrder(
                        "reference.outside-manifests WARNING scales Deployment/web, which is not among the manifests; the"
                                + " autoscaler does nothing unless it is created out of band.",
                        "reference.outside-manifests WARNING routes to Service 'web', which is not among the manifests; the"
                                + " route fails unless it is created out of band.",
                        "reference.outside-manifests WARNING Service api selects no pod among the manifests (selector"
                                + " {app=api}); it sends traffic nowhere unless such pods are created out of band.",
                        "reference.outside-manifests WARNING PodDisruptionBudget api selects no pod among the manifests; it"
                                + " protects nothing unless such pods are created out of band.");
    }

    @Test
    void in_files_read_by_check_targets_that_are_there_say_nothing_and_a_missing_governing_service_is_a_warning(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.writeString(tmp.resolve("whole.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  selector: {matchLabels: {app: web}}
                  template: {metadata: {labels: {app: web}}, spec: {containers: [{name: web, image: x, ports: [{containerPort: 80}]}]}}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec: {selector: {app: web}, ports: [{port: 80}]}
                ---
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: web}
                spec: {scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}, minReplicas: 2, maxReplicas: 4}
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: web}
                spec: {rules: [{http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]}}]}
                ---
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: web}
                spec: {maxUnavailable: 1, selector: {matchLabels: {app: web}}}
                ---
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec:
                  serviceName: db
                  selector: {matchLabels: {app: db}}
                  template: {metadata: {labels: {app: db}}, spec: {containers: [{name: db, image: x}]}}
                """);
        assertThat(dev.shipshape.dsl.Shipshape.check(file)).filteredOn(v -> v.rule().startsWith("reference."))
                .extracting(Violation::rule, Violation::path, Violation::message).containsExactly(tuple(
                        "reference.outside-manifests", file + "#L28/StatefulSet:db/serviceName", "serviceName 'db' is not"
                                + " among the manifests; the pods get no stable DNS names unless a headless Service db is"
                                + " created out of band."));
    }

    /** In files read by check: a route backend's Service, or a grant for one across namespaces, may be elsewhere. */
    @org.junit.jupiter.api.Test
    void a_route_backend_outside_the_files(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("r.yaml"), RouteYaml.route("name: ghost, port: 80") + "---\n"
                + RouteYaml.route("name: api, namespace: shared, port: 80").replace("name: shop", "name: cross") + "---\n"
                // not a Service: nothing Shipshape can resolve
                + RouteYaml.route("name: b, group: storage.example.com, kind: Bucket").replace("name: shop", "name: zbucket"));
        List<Violation> found = dev.shipshape.dsl.Shipshape.check(dir).stream()
                .filter(v -> v.rule().equals("reference.outside-manifests")).toList();
        assertThat(found).extracting(v -> v.path().substring(v.path().indexOf("HTTPRoute")) + " | " + v.message())
                .containsExactly(
                        "HTTPRoute:shop/spec.rules[0].backendRefs[0] | line 8: routes to Service 'ghost', which is not"
                                + " among the manifests; the route fails unless it is created out of band.",
                        "HTTPRoute:cross/spec.rules[0].backendRefs[0] | line 17: routes to Service shared/api in another"
                                + " namespace, and no ReferenceGrant of that namespace is among the manifests; the backend is"
                                + " ignored unless one is created out of band.");
        java.nio.file.Files.writeString(dir.resolve("g.yaml"), RouteYaml.grant("shared", "HTTPRoute", "web", ""));
        assertThat(dev.shipshape.dsl.Shipshape.check(dir)).filteredOn(v -> v.rule().equals("reference.outside-manifests"))
                .hasSize(1);
    }
}
