package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Item;
import dev.shipshape.internal.validation.Place;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.model.AppSpec;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.ConfigSpec;
import dev.shipshape.model.IngressSpec;
import dev.shipshape.model.SecretSpec;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.validation.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code name.duplicate}: two objects of one kind, namespace and name (one would overwrite the other when applied),
 * or two components of one kind and name in an app. Each place is reported once.
 */
final class NameDuplicate extends BaseRule {

    static final String ID = "name.duplicate";

    NameDuplicate() {
        super(ID, Severity.ERROR, "two objects of one kind with the same name, or two components of one kind with the same name");
    }

    @Override
    public void register(Registry registry) {
        registry.graph(this::check);
    }

    private void check(CheckContext ctx, Findings findings) {
        Set<String> reported = new HashSet<>();
        ctx.app().ifPresent(app -> components(app, findings, reported));
        Map<String, Item> seen = new HashMap<>();
        for (Item item : ctx.index().items()) {
            Item first = seen.putIfAbsent(item.kind() + '\0' + item.namespace() + '\0' + item.name(), item);
            if (first != null && reported.add(item.place().path())) {
                findings.report(item.place(),
                        item.kind() + " '" + item.name() + "' is already defined by " + first.place().path()
                                + "; one would overwrite the other when applied.",
                        "give one of them another name.");
            }
        }
    }

    /** Two components of one kind with one name, even those that render nothing (external Secrets). */
    private static void components(AppSpec app, Findings findings, Set<String> reported) {
        Map<String, ComponentId> seen = new HashMap<>();
        List<ComponentId> ids = new ArrayList<>();
        for (WorkloadSpec w : app.workloads()) {
            ids.add(w.id());
        }
        for (ConfigSpec c : app.configs()) {
            ids.add(c.id());
        }
        for (SecretSpec s : app.secrets()) {
            ids.add(s.id());
        }
        for (IngressSpec i : app.ingresses()) {
            ids.add(i.id());
        }
        for (ComponentId id : ids) {
            ComponentId first = seen.putIfAbsent(id.kind() + "\0" + id.name(), id);
            if (first != null && reported.add(id.path())) {
                findings.report(Place.of(id), "a " + id.kind().pathSegment() + " named '" + id.name() + "' is already defined by "
                        + first.path() + "; one would overwrite the other when applied.", "give one of them another name.");
            }
        }
    }
}
