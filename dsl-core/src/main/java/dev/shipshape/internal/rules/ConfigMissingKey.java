package dev.shipshape.internal.rules;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.EnvSource;
import dev.shipshape.model.EnvVarSpec;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import dev.shipshape.internal.validation.WorkloadRule;

/** {@code config.missing-key}: an env var reads a key its Config does not have; the pod would not start. */
final class ConfigMissingKey extends BaseRule implements WorkloadRule {

    /** The rule id. */
    public static final String ID = "config.missing-key";

    /** Creates the rule. */
    ConfigMissingKey() {
        super(ID, Severity.ERROR, "a reference to a key the Config does not have");
    }

    @Override
    public void checkWorkload(AppSpec app, Policy policy, WorkloadSpec w, Findings findings) {
        for (EnvVarSpec e : w.env()) {
            if (e.source() instanceof EnvSource.ConfigKeyRef ref && !ref.config().data().containsKey(ref.key())) {
                findings.report(RulePaths.env(w, e.name()),
                        "config '" + ref.config().name() + "' has no key '" + ref.key() + "' (it has "
                                + Keys.list(ref.config().data().keySet()) + "); the pod would fail to start.",
                        "add .entry(\"" + ref.key() + "\", …) to the config, or reference one of its keys.");
            }
        }
    }
}
