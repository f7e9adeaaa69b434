package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import io.fabric8.kubernetes.api.model.Secret;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code secret.development-data}: a Secret with literal values in the manifests (and so in git and CI logs). Fine
 * for a laptop cluster; {@code Policy.strict()} makes it an error. Values are never shown.
 */
final class SecretDevelopmentData extends BaseRule {

    SecretDevelopmentData() {
        super(RuleDeclaration.warning("secret.development-data",
                "a Secret with literal values (`app.developmentSecret(…)`) rendered into the manifests; "
                + "values are never shown (an error under `Policy.strict()`)",
                "create it out of band: `externalSecret(…)`"));
    }

    @Override
    public void register(Registry registry) {
        registry.object("Secret", this::check);
    }

    private void check(Item item, CheckContext ctx, Findings findings) {
        if (!(item.object() instanceof Secret s) || Item.EXTERNAL_SECRET.equals(s.getType())) {
            return;
        }
        Set<String> keys = new TreeSet<>();
        if (s.getData() != null) {
            keys.addAll(s.getData().keySet());
        }
        if (s.getStringData() != null) {
            keys.addAll(s.getStringData().keySet());
        }
        if (keys.isEmpty()) {
            return;
        }
        findings.report(item.place(),
                (item.isRendered() ? "secret '" : "Secret '") + item.name() + "' has literal values (keys " + keys
                        + "), which end up in the manifests, in git and in CI logs; the values are not shown here.",
                item.isRendered() ? "for anything but local development create the Secret out of band and use"
                        + " app.externalSecret(\"" + item.name() + "\", …)."
                        : "create the Secret out of band (sealed-secrets, an external secrets operator, a vault injector)"
                        + " instead of keeping its values in the manifests.");
    }
}
