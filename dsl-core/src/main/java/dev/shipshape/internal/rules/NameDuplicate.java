package dev.shipshape.internal.rules;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.ComponentKind;
import dev.shipshape.model.ConfigSpec;
import dev.shipshape.model.IngressSpec;
import dev.shipshape.model.SecretSpec;
import dev.shipshape.internal.naming.StoreNames;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.internal.validation.Findings;
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
        Claims claims = new Claims(findings);
        for (WorkloadSpec w : app.workloads()) {
            claims.component(w.id());
            claims.object(w.id(), w.kind() == ComponentKind.STATEFUL_STORE ? "StatefulSet" : "Deployment", w.name());
            claims.object(w.id(), "Service", w.name());
            if (w.kind() == ComponentKind.STATEFUL_STORE) {
                claims.object(w.id(), "Service", StoreNames.readService(w.name()));
            }
        }
        // Hash-versioned names (<name>-<10 chars>) of different configs never collide with each other, so the
        // hash is only computed when a plain or explicitly versioned name has the shape one could collide with.
        Set<String> collisionPrefixes = new HashSet<>();
        for (ConfigSpec c : app.configs()) {
            claims.component(c.id());
            if (c.unversioned() || c.version().isPresent()) {
                String rendered = c.renderedName();
                claims.object(c.id(), "ConfigMap", rendered);
                if (rendered.length() > ConfigSpec.HASH_SUFFIX_LENGTH) {
                    collisionPrefixes.add(rendered.substring(0, rendered.length() - ConfigSpec.HASH_SUFFIX_LENGTH));
                }
            }
        }
        for (ConfigSpec c : app.configs()) {
            if (!c.unversioned() && c.version().isEmpty() && collisionPrefixes.contains(c.name())) {
                claims.object(c.id(), "ConfigMap", c.renderedName());
            }
        }
        for (SecretSpec s : app.secrets()) {
            claims.component(s.id());
        }
        for (IngressSpec i : app.ingresses()) {
            claims.object(i.id(), "Ingress", i.name());
        }
    }

    /** Names claimed so far, per kind of object or component; the first claimant wins, later ones are reported once. */
    private static final class Claims {
        private final Findings findings;
        private final Map<String, Map<String, ComponentId>> seen = new HashMap<>();
        private final Set<ComponentId> reported = new HashSet<>();

        Claims(Findings findings) {
            this.findings = findings;
        }

        /** {@code owner} renders an object of {@code kind} named {@code name}. */
        void object(ComponentId owner, String kind, String name) {
            claim(owner, kind, name, kind + " '" + name + "'");
        }

        /** {@code owner} is a component of its kind with its name. */
        void component(ComponentId owner) {
            String kind = owner.kind().pathSegment();
            claim(owner, kind, owner.name(), "a " + kind + " named '" + owner.name() + "'");
        }

        private void claim(ComponentId owner, String kind, String name, String what) {
            ComponentId first = seen.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(name, owner);
            if (first != null && first != owner && reported.add(owner)) {
                findings.report(owner.path(),
                        what + " is already defined by " + first.path() + "; one would overwrite the other when applied.",
                        "give one of them another name.");
            }
        }
    }
}
