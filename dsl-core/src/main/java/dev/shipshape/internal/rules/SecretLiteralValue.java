package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import dev.shipshape.model.EnvVarSpec;
import io.fabric8.kubernetes.api.model.EnvVar;

/**
 * {@code secret.literal-value}: an env var whose name says secret ({@code PASSWORD}, {@code PASSWD}, {@code TOKEN},
 * {@code SECRET}, {@code API_KEY}, {@code PRIVATE_KEY}, {@code ACCESS_KEY}, {@code CREDENTIAL}) set to a non-empty
 * literal, which would sit in plain text in the manifest and in git. The value is never repeated in the message.
 */
final class SecretLiteralValue extends BaseRule {

    SecretLiteralValue() {
        super(RuleDeclaration.error("secret.literal-value",
                "an env var named like a secret (`PASSWORD`, `PASSWD`, `TOKEN`, `SECRET`, `API_KEY`, "
                + "`PRIVATE_KEY`, `ACCESS_KEY`, `CREDENTIAL`) set to a literal; the value is never repeated "
                + "in the report",
                "`.env(name, secret.key(k))`"));
    }

    @Override
    public void register(Registry registry) {
        registry.container(this::check);
    }

    private void check(ContainerNode c, CheckContext ctx, Findings findings) {
        for (EnvVar e : Refs.list(c.container().getEnv())) {
            if (e.getName() != null && e.getValue() != null && !e.getValue().isEmpty() && EnvVarSpec.looksSecret(e.getName())) {
                findings.report(c.place().child("env:" + e.getName()),
                        "env var " + e.getName() + " looks like a secret but is set to a literal value, which would be"
                                + " stored in plain text in the manifest (the value is not shown here).",
                        c.pod().item().isRendered()
                                ? "put the value in a Secret and reference it: .env(\"" + e.getName()
                                        + "\", app.externalSecret(\"…\", \"key\").key(\"key\"))."
                                : "put the value in a Secret and use valueFrom.secretKeyRef.");
            }
        }
    }
}
