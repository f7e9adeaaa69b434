package dev.shipshape.validation;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.internal.rules.Catalog;
import java.util.List;
import java.util.Optional;

/**
 * The rule catalog: every rule Shipshape checks, in a fixed order.
 *
 * <pre>{@code
 * for (Rule r : Rules.all()) {
 *     System.out.println(r.id() + " (" + r.defaultSeverity() + "): " + r.description());
 * }
 * }</pre>
 */
public final class Rules {

    private static final List<Rule> ALL = List.copyOf(Catalog.rules());

    private Rules() {
    }

    /**
     * Every rule of the catalog.
     *
     * @return every rule of the catalog
     */
    public static List<Rule> all() {
        return ALL;
    }

    /**
     * The rule with this id, if there is one.
     *
     * @param id the id
     * @return the rule with this id, if there is one
     */
    public static Optional<Rule> byId(String id) {
        Args.notNull(id, "rule id");
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * Every rule id, in catalog order.
     *
     * @return every rule id, in catalog order
     */
    public static List<String> ids() {
        return ALL.stream().map(Rule::id).toList();
    }
}
