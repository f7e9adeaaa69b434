package dev.shipshape.validation.rules;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.ComponentKind;
import dev.shipshape.model.ConfigSpec;
import dev.shipshape.model.IngressSpec;
import dev.shipshape.model.SecretSpec;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.validation.Findings;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code name.duplicate}: two objects of one kind with one name (a web service and a store both named
 * {@code redis} both want Service {@code redis}; a store {@code db} owns Service {@code db-read}), or two
 * components of one kind with one name. Linear: one map lookup per rendered object.
 */
final class NameDuplicate extends BaseRule {

    /** The rule id. */
    public static final String ID = "name.duplicate";

    /** Creates the rule. */
    NameDuplicate() {
        super(ID, Severity.ERROR, "two objects of one kind with the same name, or two components of one kind with the same name");
    }

    @Override
    public void check(AppSpec app, Policy policy, Findings findings) {
        Map<String, Map<String, ComponentId>> seen = new HashMap<>();
        Set<ComponentId> reported = new HashSet<>();
        for (WorkloadSpec w : app.workloads()) {
            String controller = w.kind() == ComponentKind.STATEFUL_STORE ? "StatefulSet" : "Deployment";
            claim(seen, reported, findings, w.id(), w.kind().pathSegment(), w.name());
            claim(seen, reported, findings, w.id(), controller, w.name());
            claim(seen, reported, findings, w.id(), "Service", w.name());
            if (w.kind() == ComponentKind.STATEFUL_STORE) {
                claim(seen, reported, findings, w.id(), "Service", w.name() + "-read");
            }
        }
        // Hash-versioned names (<name>-<10 chars>) of different configs never collide with each other, so the
        // hash is only computed when a plain or explicitly versioned name has the shape one could collide with.
        Set<String> collisionPrefixes = new HashSet<>();
        for (ConfigSpec c : app.configs()) {
            claim(seen, reported, findings, c.id(), "config", c.name());
            if (c.unversioned() || c.version().isPresent()) {
                String rendered = c.renderedName();
                claim(seen, reported, findings, c.id(), "ConfigMap", rendered);
                if (rendered.length() > ConfigSpec.HASH_SUFFIX_LENGTH) {
                    collisionPrefixes.add(rendered.substring(0, rendered.length() - ConfigSpec.HASH_SUFFIX_LENGTH));
                }
            }
        }
        for (ConfigSpec c : app.configs()) {
            if (!c.unversioned() && c.version().isEmpty() && collisionPrefixes.contains(c.name())) {
                claim(seen, reported, findings, c.id(), "ConfigMap", c.renderedName());
            }
        }
        for (SecretSpec s : app.secrets()) {
            claim(seen, reported, findings, s.id(), "secret", s.name());
        }
        for (IngressSpec i : app.ingresses()) {
            claim(seen, reported, findings, i.id(), "Ingress", i.name());
        }
    }

    private static void claim(Map<String, Map<String, ComponentId>> seen, Set<ComponentId> reported, Findings findings,
                              ComponentId owner, String kind, String name) {
        ComponentId first = seen.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(name, owner);
        if (first != null && !reported.contains(owner) && (first != owner)) {
            reported.add(owner);
            String what = Character.isUpperCase(kind.charAt(0)) ? kind + " '" + name + "'" : "a " + kind + " named '" + name + "'";
            findings.report(owner.path(),
                    what + " is already defined by " + first.path() + "; one would overwrite the other when applied.",
                    "give one of them another name.");
        }
    }
}
