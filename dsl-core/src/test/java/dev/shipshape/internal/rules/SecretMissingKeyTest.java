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

/** The tests of {@link SecretMissingKey}: where it fires, where it does not, and what it says. */
class SecretMissingKeyTest {

    @Test
    void secret_missing_key_for_env_and_for_tls() {
        Fixture f = new Fixture();
        f.web.env("DB_USER", f.db.key("username"));
        assertThat(f.only("secret.missing-key").message()).contains("declared with 'password', not 'username'");
        Fixture t = new Fixture();
        t.ingress.tls(t.app.externalSecret("shop-tls", "tls.crt"));
        Violation v = t.only("secret.missing-key");
        assertThat(v.path()).isEqualTo("shop/ingress:web/tls");
        assertThat(v.message()).contains("not 'tls.key'");
        Fixture undeclared = new Fixture();
        undeclared.web.env("TOKEN_FILE", undeclared.app.externalSecret("opaque").key("anything"));
        assertThat(undeclared.violations()).isEmpty();
    }

    @TempDir
    Path tmp;

    /** {@code path | message | fix} of {@code rule}'s findings, the file written as {@code m.yaml}. */
    private List<String> check(String rule, String yaml) throws IOException {
        return CheckedYaml.findings(tmp, rule, yaml);
    }

    @Test
    void a_tls_section_without_a_secret_name_refers_to_no_secret() throws IOException {
        assertThat(check("secret.missing-key", """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: edge}
                spec:
                  defaultBackend: {service: {name: web, port: {number: 80}}}
                  tls:
                  - hosts: [c.example.com]
                """)).isEmpty();
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
