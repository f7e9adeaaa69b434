package dev.shipshape.internal.validation;

import dev.shipshape.internal.objects.Place;

/**
 * Where a rule reports what it finds; the rule id, the severity under the policy, waivers and the mark of a
 * customization are the validator's business. Not API.
 *
 * <pre>{@code
 * findings.report(c.place().child("resources").child("cpu"), "request 2 exceeds limit 1.", "lower the request or raise the limit.");
 * }</pre>
 */
public interface Findings {

    /**
     * Reports a violation.
     *
     * @param place   where
     * @param message what is wrong, with the actual values
     * @param fix     how to fix it
     */
    void report(Place place, String message, String fix);
}
