package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.shipshape.testing.CheckedYaml;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tests of {@link ConfigMissingKey}: where it fires, where it does not, and what it says. */
class ConfigMissingKeyTest {

    @Test
    void config_missing_key() {
        Fixture f = new Fixture();
        f.web.env("LEVEL", f.cfg.key("level"));
        Violation v = f.only("config.missing-key");
        assertThat(v.path()).isEqualTo("shop/webService:web/container:web/env:LEVEL");
        assertThat(v.message()).isEqualTo("config 'web-config' has no key 'level' (it has 'mode'); the pod would fail to start.");
    }

    @TempDir
    Path tmp;

    /** {@code path | message | fix} of {@code rule}'s findings, the file written as {@code m.yaml}. */
    private List<String> check(String rule, String yaml) throws IOException {
        return CheckedYaml.findings(tmp, rule, yaml);
    }

    @Test
    void missing_config_keys_list_up_to_five_keys_and_optional_references_are_fine() throws IOException {
        String fix = ", or reference one of its keys.";
        assertThat(check("config.missing-key", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: five}
                data: {a: "1", b: "2", c: "3", d: "4", e: "5"}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: six}
                data: {a: "1", b: "2", c: "3", d: "4", e: "5"}
                binaryData: {f: eA==}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: none}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: reader}
                spec:
                  containers:
                  - name: a
                    image: "my-repo/a:1"
                    env:
                    - {name: FIVE, valueFrom: {configMapKeyRef: {name: five, key: z}}}
                    - {name: SIX, valueFrom: {configMapKeyRef: {name: six, key: z}}}
                    - {name: SIX_F, valueFrom: {configMapKeyRef: {name: six, key: f}}}
                    - {name: NONE, valueFrom: {configMapKeyRef: {name: none, key: z}}}
                    - {name: MAYBE, valueFrom: {configMapKeyRef: {name: none, key: z, optional: true}}}
                """)).containsExactly(
                "m.yaml#L16/Pod:reader/container:a/env:FIVE | ConfigMap 'five' has no key 'z' (it has 'a', 'b', 'c', 'd',"
                        + " 'e'); the pod would fail to start. | add key 'z' to ConfigMap five" + fix,
                "m.yaml#L16/Pod:reader/container:a/env:NONE | ConfigMap 'none' has no key 'z' (it has no keys); the pod"
                        + " would fail to start. | add key 'z' to ConfigMap none" + fix,
                "m.yaml#L16/Pod:reader/container:a/env:SIX | ConfigMap 'six' has no key 'z' (it has 'a', 'b', 'c', 'd',"
                        + " 'e', … (6 keys)); the pod would fail to start. | add key 'z' to ConfigMap six" + fix);
    }

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
}
