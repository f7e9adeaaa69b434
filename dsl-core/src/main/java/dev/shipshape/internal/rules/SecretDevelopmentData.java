package dev.shipshape.internal.rules;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.SecretSpec;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;

/**
 * {@code secret.development-data}: a Secret with literal values rendered into the manifests (and so into git
 * and CI logs). Fine for a laptop cluster; {@code Policy.strict()} makes it an error. Values are never shown.
 */
final class SecretDevelopmentData extends BaseRule {

    /** The rule id. */
    public static final String ID = "secret.development-data";

    /** Creates the rule. */
    SecretDevelopmentData() {
        super(ID, Severity.WARNING, "a Secret with literal values in the manifests (development only; an error under Policy.strict())");
    }

    @Override
    public void check(AppSpec app, Policy policy, Findings findings) {
        for (SecretSpec s : app.secrets()) {
            if (s.isDevelopment()) {
                findings.report(s.id().path(),
                        "secret '" + s.name() + "' has literal values (keys " + s.declaredKeys() + "), which end up in the"
                                + " manifests, in git and in CI logs; the values are not shown here.",
                        "for anything but local development create the Secret out of band and use"
                                + " app.externalSecret(\"" + s.name() + "\", …).");
            }
        }
    }
}
