package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.testing.CheckedYaml;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import dev.shipshape.validation.Violation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tests of {@link SecretDevelopmentData}: where it fires, where it does not, and what it says. */
class SecretDevelopmentDataTest {

    @Test
    void development_secrets_warn_fail_under_strict_and_never_show_their_values() {
        Fixture f = new Fixture();
        f.web.mount(f.app.developmentSecret("dev-creds", java.util.Map.of("token", "S3cr3t-Sentinel")), "/etc/dev");
        Violation v = f.only("secret.development-data");
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.path()).isEqualTo("shop/secret:dev-creds");
        assertThat(v.toString()).contains("keys [token]").doesNotContain("S3cr3t");
        assertThat(v.message()).isEqualTo("secret 'dev-creds' has literal values (keys [token]), which end up in the"
                + " manifests, in git and in CI logs; the values are not shown here.");
        assertThat(v.fix()).isEqualTo("for anything but local development create the Secret out of band and use"
                + " app.externalSecret(\"dev-creds\", …).");
        f.app.policy(Policy.strict());
        assertThat(f.only("secret.development-data").severity()).isEqualTo(Severity.ERROR);
    }

    @TempDir
    Path tmp;

    /** {@code path | message | fix} of {@code rule}'s findings, the file written as {@code m.yaml}. */
    private List<String> check(String rule, String yaml) throws IOException {
        return CheckedYaml.findings(tmp, rule, yaml);
    }

    @Test
    void secrets_with_data_or_string_data_warn_naming_every_key_and_empty_or_external_ones_do_not() throws IOException {
        String fix = " | create the Secret out of band (sealed-secrets, an external secrets operator, a vault injector)"
                + " instead of keeping its values in the manifests.";
        String values = " has literal values (keys %s), which end up in the manifests, in git and in CI logs; the values"
                + " are not shown here.";
        assertThat(check("secret.development-data", """
                apiVersion: v1
                kind: Secret
                metadata: {name: s-data}
                data: {a: eA==}
                ---
                apiVersion: v1
                kind: Secret
                metadata: {name: s-string}
                stringData: {b: x}
                ---
                apiVersion: v1
                kind: Secret
                metadata: {name: s-both}
                data: {c: eA==}
                stringData: {d: x}
                ---
                apiVersion: v1
                kind: Secret
                metadata: {name: s-empty}
                ---
                apiVersion: v1
                kind: Secret
                metadata: {name: s-external}
                type: shipshape.dev/external
                data: {e: eA==}
                """)).containsExactlyInAnyOrder(
                "m.yaml#L1/Secret:s-data | Secret 's-data'" + values.formatted("[a]") + fix,
                "m.yaml#L6/Secret:s-string | Secret 's-string'" + values.formatted("[b]") + fix,
                "m.yaml#L11/Secret:s-both | Secret 's-both'" + values.formatted("[c, d]") + fix);
    }
}
