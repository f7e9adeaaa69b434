package dev.shipshape.internal.validation;

/**
 * Where a {@link Rule} reports what it finds; the rule id and severity are filled in for it.
 *
 * <pre>{@code
 * findings.report(path, "request 2 exceeds limit 1.", "lower the request or raise the limit.");
 * }</pre>
 */
public interface Findings {

    /** Reports a violation at {@code path} with the rule's severity under the policy. */
    void report(String path, String message, String fix);

}
