package dev.shipshape.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

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

/**
 * What an included pod reads — env values and env sources, ConfigMap, Secret and projected volumes with and without
 * items, claims, image pull secrets — resolved to objects and keys: {@code config.missing-key},
 * {@code secret.missing-key} and {@code reference.outside-manifests}, each at the place of the reference.
 */
class PodReferencesTest {

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

    @Test
    void references_to_keys_that_exist_pass_in_every_form() {
        PodTemplateSpec ok = pod().withNewSpec().addNewContainer().withName("app").withImage("my-repo/a:1" + Fixture.DIGEST)
                .addNewEnv().withName("A").withNewValueFrom().withNewConfigMapKeyRef().withName("cfg").withKey("a").endConfigMapKeyRef().endValueFrom().endEnv()
                .addNewEnv().withName("BIN").withNewValueFrom().withNewConfigMapKeyRef().withName("cfg").withKey("bin").endConfigMapKeyRef().endValueFrom().endEnv()
                .addNewEnv().withName("X").withNewValueFrom().withNewSecretKeyRef().withName("sec").withKey("x").endSecretKeyRef().endValueFrom().endEnv()
                .addNewEnv().withName("S").withNewValueFrom().withNewSecretKeyRef().withName("sec").withKey("s").endSecretKeyRef().endValueFrom().endEnv()
                .addNewEnv().withName("T").withNewValueFrom().withNewSecretKeyRef().withName("vault").withKey("token").endSecretKeyRef().endValueFrom().endEnv()
                .addNewEnvFrom().withNewConfigMapRef().withName("cfg").endConfigMapRef().endEnvFrom()
                .addNewEnvFrom().withNewSecretRef().withName("vault").endSecretRef().endEnvFrom()
                .endContainer()
                .addNewVolume().withName("v1").withNewConfigMap().withName("cfg").addNewItem().withKey("a").withPath("a").endItem().endConfigMap().endVolume()
                .addNewVolume().withName("v2").withNewSecret().withSecretName("sec").endSecret().endVolume()
                .addNewVolume().withName("v3").withNewProjected().addNewSource().withNewConfigMap().withName("cfg").endConfigMap().endSource()
                .addNewSource().withNewSecret().withName("sec").addNewItem().withKey("x").withPath("x").endItem().endSecret().endSource()
                .endProjected().endVolume()
                .endSpec().build();
        assertThat(check(ok)).isEmpty();
    }

    @Test
    void a_missing_key_is_reported_where_it_is_read_unless_the_reference_is_optional() {
        PodTemplateSpec bad = pod().withNewSpec().addNewContainer().withName("app").withImage("my-repo/a:1" + Fixture.DIGEST)
                .addNewEnv().withName("A").withNewValueFrom().withNewConfigMapKeyRef().withName("cfg").withKey("b").endConfigMapKeyRef().endValueFrom().endEnv()
                .addNewEnv().withName("B").withNewValueFrom().withNewSecretKeyRef().withName("sec").withKey("y").endSecretKeyRef().endValueFrom().endEnv()
                .addNewEnv().withName("C").withNewValueFrom().withNewSecretKeyRef().withName("vault").withKey("user").endSecretKeyRef().endValueFrom().endEnv()
                .addNewEnv().withName("D").withNewValueFrom().withNewConfigMapKeyRef().withName("cfg").withKey("b").withOptional(true).endConfigMapKeyRef().endValueFrom().endEnv()
                .addNewEnv().withName("E").withNewValueFrom().withNewSecretKeyRef().withName("sec").withKey("y").withOptional(true).endSecretKeyRef().endValueFrom().endEnv()
                .endContainer()
                .addNewVolume().withName("v1").withNewConfigMap().withName("cfg").addNewItem().withKey("c").withPath("c").endItem().endConfigMap().endVolume()
                .addNewVolume().withName("v2").withNewSecret().withSecretName("sec").addNewItem().withKey("z").withPath("z").endItem().endSecret().endVolume()
                .addNewVolume().withName("v3").withNewProjected().addNewSource().withNewConfigMap().withName("cfg").addNewItem().withKey("d").withPath("d").endItem().endConfigMap().endSource()
                .addNewSource().withNewSecret().withName("sec").addNewItem().withKey("w").withPath("w").endItem().endSecret().endSource()
                .endProjected().endVolume()
                .addNewVolume().withName("v4").withNewSecret().withSecretName("sec").withOptional(true).addNewItem().withKey("q").withPath("q").endItem().endSecret().endVolume()
                .endSpec().build();
        String pod = "shop/Deployment:legacy";
        String container = pod + "/container:app";
        assertThat(check(bad)).extracting(Violation::rule, Violation::path, Violation::message).containsExactlyInAnyOrder(
                tuple("config.missing-key", container + "/env:A", "ConfigMap 'cfg' has no key 'b' (it has 'a', 'bin'); the pod would fail to start."),
                tuple("secret.missing-key", container + "/env:B", "Secret 'sec' has 's', 'x', not 'y'; the pod would fail to start."),
                tuple("secret.missing-key", container + "/env:C", "secret 'vault' is declared with 'token', not 'user'; the pod would fail to start."),
                tuple("config.missing-key", pod + "/volume:v1", "ConfigMap 'cfg' has no key 'c' (it has 'a', 'bin'); the pod would fail to start."),
                tuple("secret.missing-key", pod + "/volume:v2", "Secret 'sec' has 's', 'x', not 'z'; the pod would fail to start."),
                tuple("config.missing-key", pod + "/volume:v3", "ConfigMap 'cfg' has no key 'd' (it has 'a', 'bin'); the pod would fail to start."),
                tuple("secret.missing-key", pod + "/volume:v3", "Secret 'sec' has 's', 'x', not 'w'; the pod would fail to start."));
        assertThat(check(bad)).filteredOn(v -> v.path().endsWith("/env:A") || v.path().endsWith("/env:B") || v.path().endsWith("/env:C"))
                .extracting(Violation::fix).containsExactlyInAnyOrder(
                        "add key 'b' to ConfigMap cfg, or reference one of its keys.",
                        "add key 'y' to Secret sec, or reference one of its keys.",
                        "reference one of the declared keys, or declare it: app.externalSecret(\"vault\", …, \"user\").");
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

    private static HasMetadata tls(String secret) {
        return new IngressBuilder().withNewMetadata().withName("edge").endMetadata().withNewSpec()
                .addNewTl().withHosts("legacy.example.com").withSecretName(secret).endTl()
                .addNewTl().withHosts("other.example.com").endTl()
                .addNewRule().withHost("legacy.example.com").withNewHttp().addNewPath().withPath("/").withPathType("Prefix")
                .withNewBackend().withNewService().withName("web").withNewPort().withName("http").endPort().endService()
                .endBackend().endPath().endHttp().endRule().endSpec().build();
    }

    @Test
    void a_tls_secret_needs_both_certificate_keys_when_its_keys_are_known() {
        PodTemplateSpec plain = pod().withNewSpec().addNewContainer().withName("app").withImage("my-repo/a:1" + Fixture.DIGEST)
                .endContainer().endSpec().build();
        assertThat(check(plain, tls("sec"))).extracting(Violation::rule, Violation::path, Violation::message, Violation::fix)
                .containsExactly(
                        tuple("secret.missing-key", "shop/Ingress:edge/tls", "TLS secret 'sec' has 's', 'x', not 'tls.crt'; the"
                                + " ingress controller cannot serve its certificate.", "give Secret sec the keys tls.crt and tls.key."),
                        tuple("secret.missing-key", "shop/Ingress:edge/tls", "TLS secret 'sec' has 's', 'x', not 'tls.key'; the"
                                + " ingress controller cannot serve its certificate.", "give Secret sec the keys tls.crt and tls.key."));
        HasMetadata half = new SecretBuilder().withNewMetadata().withName("half").endMetadata().addToData("tls.crt", "AA==").build();
        assertThat(check(plain, tls("half"), half)).extracting(Violation::message).containsExactly(
                "TLS secret 'half' has 'tls.crt', not 'tls.key'; the ingress controller cannot serve its certificate.");
        HasMetadata full = new SecretBuilder().withNewMetadata().withName("full").endMetadata().addToData("tls.crt", "AA==")
                .addToData("tls.key", "AA==").build();
        assertThat(check(plain, tls("full"), full)).isEmpty();
        // an external secret declared without keys: its keys are not known, so nothing is claimed
        assertThat(check(plain, tls("tls-external"))).isEmpty();
        assertThat(check(plain, tls("vault"))).extracting(Violation::fix).containsExactly(
                "declare the kubernetes.io/tls keys: app.externalSecret(\"vault\", \"tls.crt\", \"tls.key\").",
                "declare the kubernetes.io/tls keys: app.externalSecret(\"vault\", \"tls.crt\", \"tls.key\").");
    }
}
