package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.PodNode;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import io.fabric8.kubernetes.api.model.ConfigMap;
import java.util.Set;
import java.util.TreeSet;

/** {@code config.missing-key}: a pod reads a key its ConfigMap does not have; the pod would not start. */
final class ConfigMissingKey extends BaseRule {

    ConfigMissingKey() {
        super(RuleDeclaration.error("config.missing-key",
                "`config.key(\"k\")` for a key the config does not have",
                "add the entry or use an existing key"));
    }

    @Override
    public void register(Registry registry) {
        registry.pod(this::check);
    }

    private void check(PodNode pod, CheckContext ctx, Findings findings) {
        for (Refs ref : Refs.of(pod)) {
            if (!ref.kind().equals(Refs.CONFIG_MAP) || ref.key().isEmpty() || ref.optional()) {
                continue;
            }
            ref.target(ctx).ifPresent(target -> {
                Set<String> keys = keys(target);
                String key = ref.key().get();
                if (!keys.contains(key)) {
                    findings.report(ref.place(),
                            Refs.describe(target) + " has no key '" + key + "' (it has " + Keys.list(keys)
                                    + "); the pod would fail to start.",
                            target.isRendered() ? "add .entry(\"" + key + "\", …) to the config, or reference one of its keys."
                                    : "add key '" + key + "' to ConfigMap " + target.name() + ", or reference one of its keys.");
                }
            });
        }
    }

    private static Set<String> keys(Item target) {
        Set<String> keys = new TreeSet<>();
        if (target.object() instanceof ConfigMap cm) {
            if (cm.getData() != null) {
                keys.addAll(cm.getData().keySet());
            }
            if (cm.getBinaryData() != null) {
                keys.addAll(cm.getBinaryData().keySet());
            }
        }
        return keys;
    }
}
