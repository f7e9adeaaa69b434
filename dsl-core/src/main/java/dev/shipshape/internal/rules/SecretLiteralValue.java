package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import dev.shipshape.model.EnvVarSpec;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code secret.literal-value}: an env var whose name says secret ({@code PASSWORD}, {@code PASSWD}, {@code TOKEN},
 * {@code SECRET}, {@code API_KEY}, {@code PRIVATE_KEY}, {@code ACCESS_KEY}, {@code CREDENTIAL}) set to a non-empty
 * literal, which would sit in plain text in the manifest and in git. The value is never repeated in the message. A
 * variable that names a file holding the secret ({@code *_FILE}, {@code *_PATH}, … set to a path) or an on/off flag about
 * one ({@code MYSQL_ALLOW_EMPTY_PASSWORD: "1"}) is not a secret; see {@link #notASecret}.
 */
final class SecretLiteralValue extends BaseRule {

    SecretLiteralValue() {
        super(RuleDeclaration.error("secret.literal-value",
                "an env var named like a secret (`PASSWORD`, `PASSWD`, `TOKEN`, `SECRET`, `API_KEY`, "
                + "`PRIVATE_KEY`, `ACCESS_KEY`, `CREDENTIAL`) set to a literal; the value is never repeated "
                + "in the report. A path (`*_FILE: /run/secrets/…`) or an on/off flag "
                + "(`MYSQL_ALLOW_EMPTY_PASSWORD: \"1\"`) is not a secret",
                "`.env(name, secret.key(k))`"));
    }

    @Override
    public void register(Registry registry) {
        registry.container(this::check);
    }

    private void check(ContainerNode c, CheckContext ctx, Findings findings) {
        for (EnvVar e : Refs.list(c.container().getEnv())) {
            if (e.getName() != null && e.getValue() != null && !e.getValue().isEmpty() && EnvVarSpec.looksSecret(e.getName())
                    && !notASecret(e.getName(), e.getValue())) {
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

    private static final Pattern PATH_NAME = Pattern.compile(".*[_.-](FILE|FILES|PATH|DIR|LOCATION)$");
    private static final Pattern FLAG_NAME =
            Pattern.compile(".*(^|[_.-])(ALLOW|ALLOWS|ENABLE|ENABLED|DISABLE|DISABLED|SKIP|RANDOM|EMPTY|REQUIRE|REQUIRED|USE)([_.-]|$).*");
    private static final Set<String> FLAG_VALUES = Set.of("true", "false", "yes", "no", "on", "off", "0", "1", "y", "n");

    /**
     * Whether a variable named like a secret holds something else: a path to the secret ({@code MYSQL_PASSWORD_FILE:
     * /run/secrets/db}, the convention of the official database images), or an on/off flag about it
     * ({@code MYSQL_ALLOW_EMPTY_PASSWORD: "1"}, {@code MYSQL_RANDOM_ROOT_PASSWORD: "yes"}).
     */
    static boolean notASecret(String name, String value) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (PATH_NAME.matcher(upper).matches() && (value.startsWith("/") || value.startsWith("./") || value.startsWith("~/"))) {
            return true;
        }
        return FLAG_NAME.matcher(upper).matches() && FLAG_VALUES.contains(value.trim().toLowerCase(Locale.ROOT));
    }
}
