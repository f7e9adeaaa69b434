package dev.shipshape.internal.rules;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.EnvSource;
import dev.shipshape.model.EnvVarSpec;
import dev.shipshape.model.IngressSpec;
import dev.shipshape.model.SecretSpec;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import dev.shipshape.internal.validation.WorkloadRule;
import java.util.List;

/**
 * {@code secret.missing-key}: a reference to a key a Secret's declared keys do not include, or an Ingress TLS
 * Secret declared without {@code tls.crt} and {@code tls.key}. Secrets declared without keys are not checked.
 */
final class SecretMissingKey extends BaseRule implements WorkloadRule {

    /** The rule id. */
    public static final String ID = "secret.missing-key";
    private static final List<String> TLS_KEYS = List.of("tls.crt", "tls.key");

    /** Creates the rule. */
    SecretMissingKey() {
        super(ID, Severity.ERROR, "a reference to a key the declared Secret does not have (TLS Secrets need tls.crt and tls.key)");
    }

    @Override
    public void checkWorkload(AppSpec app, Policy policy, WorkloadSpec w, Findings findings) {
        for (EnvVarSpec e : w.env()) {
            if (e.source() instanceof EnvSource.SecretKeyRef ref && missing(ref.secret(), ref.key())) {
                findings.report(RulePaths.env(w, e.name()),
                        "secret '" + ref.secret().name() + "' is declared with " + Keys.list(ref.secret().declaredKeys())
                                + ", not '" + ref.key() + "'; the pod would fail to start.",
                        "reference one of the declared keys, or declare it: app.externalSecret(\"" + ref.secret().name()
                                + "\", …, \"" + ref.key() + "\").");
            }
        }
    }

    @Override
    public void checkOthers(AppSpec app, Policy policy, Findings findings) {
        for (IngressSpec i : app.ingresses()) {
            i.tlsSecret().ifPresent(s -> {
                for (String key : TLS_KEYS) {
                    if (missing(s, key)) {
                        findings.report(i.id().path() + "/tls",
                                "TLS secret '" + s.name() + "' is declared with " + Keys.list(s.declaredKeys()) + ", not '" + key
                                        + "'; the ingress controller cannot serve its certificate.",
                                "declare the kubernetes.io/tls keys: app.externalSecret(\"" + s.name() + "\", \"tls.crt\", \"tls.key\").");
                    }
                }
            });
        }
    }

    private static boolean missing(SecretSpec secret, String key) {
        return secret.keysDeclared() && !secret.declaredKeys().contains(key);
    }
}
