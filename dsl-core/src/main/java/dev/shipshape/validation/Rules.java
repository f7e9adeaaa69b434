package dev.shipshape.validation;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.internal.lang.Text;
import dev.shipshape.internal.rules.Catalog;
import dev.shipshape.internal.validation.CheckedRule;
import dev.shipshape.internal.validation.RuleDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule catalog: every rule Shipshape checks, in a fixed order.
 *
 * <pre>{@code
 * for (Rule r : Rules.all()) {
 *     System.out.println(r.id() + " (" + r.defaultSeverity() + "): " + r.description());
 * }
 * Rules.byId("ingress.path-order").map(Rule::fix);   // Optional["put the more specific route first"]
 * }</pre>
 */
public final class Rules {

    private static final List<Rule> ALL;
    private static final Map<String, Rule> BY_ID = new HashMap<>();

    static {
        List<Rule> all = new ArrayList<>();
        for (CheckedRule r : Catalog.rules()) {
            RuleDeclaration d = r.declaration();
            Rule rule = new Declared(d.id(), switch (d.level()) {
                        case ERROR -> Severity.ERROR;
                        case WARNING -> Severity.WARNING;
                        case INFO -> Severity.INFO;
                    },
                    d.summary(), d.fix(), !d.forFilesOnly());
            all.add(rule);
            if (BY_ID.put(rule.id(), rule) != null) {
                throw new IllegalStateException("two rules of the catalog have the id " + rule.id());
            }
        }
        ALL = List.copyOf(all);
    }

    private Rules() {
    }

    /** {@return every rule of the catalog, in catalog order} */
    public static List<Rule> all() {
        return ALL;
    }

    /**
     * The rule with this id, if there is one: {@code Rules.byId("image.not-pinned")}.
     *
     * @param id a rule id, e.g. {@code ingress.path-order}
     * @return the rule, or empty
     */
    public static Optional<Rule> byId(String id) {
        Args.notNull(id, "rule id");
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** {@return every rule id, in catalog order} */
    public static List<String> ids() {
        return ALL.stream().map(Rule::id).toList();
    }

    /** {@code ruleId}, or an IllegalArgumentException that lists the known ids. */
    static String requireKnown(String ruleId) {
        if (byId(ruleId).isEmpty()) {
            throw new IllegalArgumentException("unknown rule id '" + Text.printable(ruleId) + "'; known ids: "
                    + String.join(", ", ids()));
        }
        return ruleId;
    }

    /** A rule as its class declares it. */
    private record Declared(String id, Severity defaultSeverity, String description, String fix, boolean appliesToApps)
            implements Rule {
        @Override
        public String toString() {
            return id;
        }
    }
}
