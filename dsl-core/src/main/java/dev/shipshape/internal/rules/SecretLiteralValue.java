package dev.shipshape.internal.rules;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.EnvSource;
import dev.shipshape.model.EnvVarSpec;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import dev.shipshape.internal.validation.WorkloadRule;

/**
 * {@code secret.literal-value}: an env var whose name says secret ({@code PASSWORD}, {@code PASSWD},
 * {@code TOKEN}, {@code SECRET}, {@code API_KEY}, {@code PRIVATE_KEY}, {@code ACCESS_KEY}, {@code CREDENTIAL})
 * set to a non-empty literal, which would sit in plain text in the manifest and in git. The value is never
 * repeated in the message.
 */
final class SecretLiteralValue extends BaseRule implements WorkloadRule {

    /** The rule id. */
    public static final String ID = "secret.literal-value";

    /** Creates the rule. */
    SecretLiteralValue() {
        super(ID, Severity.ERROR, "an env var named like a secret (PASSWORD, TOKEN, SECRET, API_KEY, …) set to a literal");
    }

    @Override
    public void checkWorkload(AppSpec app, Policy policy, WorkloadSpec w, Findings findings) {
        for (EnvVarSpec e : w.env()) {
            if (e.source() instanceof EnvSource.Literal l && !l.value().isEmpty() && e.looksSecret()) {
                findings.report(RulePaths.env(w, e.name()),
                        "env var " + e.name() + " looks like a secret but is set to a literal value, which would be"
                                + " stored in plain text in the manifest (the value is not shown here).",
                        "put the value in a Secret and reference it: .env(\"" + e.name()
                                + "\", app.externalSecret(\"…\", \"key\").key(\"key\")).");
            }
        }
    }
}
