package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Place;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import dev.shipshape.model.AppSpec;
import dev.shipshape.model.ConfigSpec;
import dev.shipshape.model.EnvSource;
import dev.shipshape.model.EnvVarSpec;
import dev.shipshape.model.MountSpec;
import dev.shipshape.model.WorkloadSpec;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code config.unversioned-name}: a ConfigMap consumed by a workload whose name carries no version. Changing its
 * content in place rolls nothing, and pods started before and after the change see different config. A Config is
 * versioned unless the user calls {@code .unversioned()}; that opt-out is an error by default and a warning at best
 * (lower the rule in the {@code Policy}). Intent, so a check of the model.
 */
final class ConfigUnversionedName extends BaseRule {

    ConfigUnversionedName() {
        super(RuleDeclaration.error("config.unversioned-name",
                "a ConfigMap consumed by a workload whose name carries no version (`.unversioned()`): "
                + "changing it rolls nothing",
                "drop `.unversioned()` (content hash) or `.version(\"v2\")`; lower the rule to WARNING if "
                + "in-place updates are really wanted"));
    }

    @Override
    public void register(Registry registry) {
        registry.model(this::check);
    }

    private void check(AppSpec app, CheckContext ctx, Findings findings) {
        Set<ConfigSpec> unversioned = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ConfigSpec c : app.configs()) {
            if (c.unversioned()) {
                unversioned.add(c);
            }
        }
        if (unversioned.isEmpty()) {
            return;
        }
        Map<ConfigSpec, WorkloadSpec> firstConsumer = new IdentityHashMap<>();
        for (WorkloadSpec w : app.workloads()) {
            for (EnvVarSpec e : w.env()) {
                if (e.source() instanceof EnvSource.ConfigKeyRef ref && unversioned.contains(ref.config())) {
                    firstConsumer.putIfAbsent(ref.config(), w);
                }
            }
            for (MountSpec m : w.mounts()) {
                if (m instanceof MountSpec.OfConfig c && unversioned.contains(c.config())) {
                    firstConsumer.putIfAbsent(c.config(), w);
                }
            }
        }
        for (ConfigSpec config : app.configs()) {
            WorkloadSpec consumer = firstConsumer.get(config);
            if (consumer != null) {
                findings.report(Place.of(config.id()),
                        "ConfigMap '" + config.name() + "' is consumed by " + consumer.id().kind().pathSegment() + " '"
                                + consumer.name() + "' but its name carries no version, so changing it rolls nothing"
                                + " and old and new pods read different config.",
                        "remove .unversioned() so the name carries the content hash (or set .version(\"v2\")); if"
                                + " consumers must see in-place updates, lower this rule to WARNING in the Policy.");
            }
        }
    }
}
