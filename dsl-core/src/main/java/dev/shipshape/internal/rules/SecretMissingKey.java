package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.PodNode;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code secret.missing-key}: a reference to a key a Secret does not have (for an external Secret: one outside its
 * declared keys), or an Ingress TLS Secret without {@code tls.crt} and {@code tls.key}. External Secrets declared
 * without keys are not checked.
 */
final class SecretMissingKey extends BaseRule {

    private static final List<String> TLS_KEYS = List.of("tls.crt", "tls.key");

    SecretMissingKey() {
        super(RuleDeclaration.error("secret.missing-key",
                "a key outside the secret's declared keys; a TLS secret declared without `tls.crt` and "
                + "`tls.key`",
                "declare the key: `externalSecret(name, keys…)`"));
    }

    @Override
    public void register(Registry registry) {
        registry.pod(this::checkPod);
        registry.object("Ingress", this::checkIngress);
    }

    private void checkPod(PodNode pod, CheckContext ctx, Findings findings) {
        for (Refs ref : Refs.of(pod)) {
            if (!ref.kind().equals(Refs.SECRET) || ref.key().isEmpty() || ref.optional()) {
                continue;
            }
            ref.target(ctx).ifPresent(target -> keys(target).ifPresent(keys -> {
                String key = ref.key().get();
                if (!keys.contains(key)) {
                    findings.report(ref.place(),
                            Refs.describe(target) + (external(target) ? " is declared with " : " has ") + Keys.list(keys)
                                    + ", not '" + key + "'; the pod would fail to start.",
                            external(target) ? "reference one of the declared keys, or declare it: app.externalSecret(\""
                                    + target.name() + "\", …, \"" + key + "\")."
                                    : "add key '" + key + "' to Secret " + target.name() + ", or reference one of its keys.");
                }
            }));
        }
    }

    private void checkIngress(Item ingress, CheckContext ctx, Findings findings) {
        if (!(ingress.object() instanceof Ingress i) || i.getSpec() == null || i.getSpec().getTls() == null) {
            return;
        }
        for (IngressTLS tls : i.getSpec().getTls()) {
            if (tls == null || tls.getSecretName() == null) {
                continue;
            }
            ctx.index().find(Refs.SECRET, ingress.namespace(), tls.getSecretName()).ifPresent(target -> keys(target).ifPresent(keys -> {
                for (String key : TLS_KEYS) {
                    if (!keys.contains(key)) {
                        findings.report(ingress.place().child("tls"),
                                "TLS secret '" + target.name() + "' " + (external(target) ? "is declared with " : "has ") + Keys.list(keys)
                                        + ", not '" + key + "'; the ingress controller cannot serve its certificate.",
                                external(target) ? "declare the kubernetes.io/tls keys: app.externalSecret(\"" + target.name()
                                        + "\", \"tls.crt\", \"tls.key\")." : "give Secret " + target.name() + " the keys tls.crt and tls.key.");
                    }
                }
            }));
        }
    }

    /** The Secret's keys, or empty when they are not known (an external Secret declared without keys). */
    private static Optional<Set<String>> keys(Item target) {
        if (!(target.object() instanceof Secret s)) {
            return Optional.empty();
        }
        if (external(target) && (s.getData() == null || s.getData().isEmpty())) {
            return Optional.empty();
        }
        Set<String> keys = new TreeSet<>();
        if (s.getData() != null) {
            keys.addAll(s.getData().keySet());
        }
        if (s.getStringData() != null) {
            keys.addAll(s.getStringData().keySet());
        }
        return Optional.of(keys);
    }

    private static boolean external(Item target) {
        return target.object() instanceof Secret s && Item.EXTERNAL_SECRET.equals(s.getType());
    }
}
