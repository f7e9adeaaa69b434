package dev.shipshape.internal;

import dev.shipshape.units.Names;
import dev.shipshape.validation.Rules;

/** The checks every waiver passes, app-wide ({@code Policy.off}) or on one component ({@code .waive}). Not API. */
public final class Waivers {

    private Waivers() {
    }

    /**
     * Checks that {@code ruleId} names a rule of the catalog and that {@code reason} says something.
     *
     * @param ruleId the rule to waive
     * @param reason why it does not apply
     * @return the rule id
     * @throws IllegalArgumentException if the id is unknown or the reason blank
     */
    public static String check(String ruleId, String reason) {
        requireKnown(ruleId);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("waiving rule '" + ruleId + "' needs a reason, e.g. (\"" + ruleId
                    + "\", \"why this does not apply here\")");
        }
        return ruleId;
    }

    /**
     * Checks that {@code ruleId} names a rule of the catalog.
     *
     * @param ruleId the id
     * @return the id
     * @throws IllegalArgumentException listing the known ids if it does not
     */
    public static String requireKnown(String ruleId) {
        if (Rules.byId(ruleId).isEmpty()) {
            throw new IllegalArgumentException("unknown rule id '" + Names.printable(ruleId) + "'; known ids: "
                    + String.join(", ", Rules.ids()));
        }
        return ruleId;
    }
}
