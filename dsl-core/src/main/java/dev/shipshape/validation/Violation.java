package dev.shipshape.validation;

import dev.shipshape.internal.lang.Args;
import java.util.Comparator;

/**
 * One broken rule: which, how serious, where, what is wrong and how to fix it.
 *
 * <pre>{@code
 * for (Violation v : app.validate()) {
 *     System.out.println(v);
 *     // [resources.requests-exceed-limits] journal/webService:frontend/container:frontend/resources/cpu:
 *     //   request 2 exceeds limit 1. Fix: lower the request or raise the limit.
 * }
 * }</pre>
 *
 * @param rule     the stable rule id, e.g. {@code ingress.path-order}
 * @param severity error or warning, after the policy
 * @param path     where: {@code <app>/<kind>:<name>/…}
 * @param message  what is wrong, with the actual values
 * @param fix      what to do about it
 */
public record Violation(String rule, Severity severity, String path, String message, String fix) {

    /** The order violations are reported in: by path, then by rule id, then by message. */
    public static final Comparator<Violation> ORDER = Comparator.comparing(Violation::path)
            .thenComparing(Violation::rule)
            .thenComparing(Violation::message);

    /**
     * Rejects null parts.
     *
     * @param rule the stable rule id, e.g. {@code ingress.path-order}
     * @param severity error or warning, after the policy
     * @param path where: {@code <app>/<kind>:<name>/…}
     * @param message what is wrong, with the actual values
     * @param fix what to do about it
     */
    public Violation {
        Args.notNull(rule, "rule");
        Args.notNull(severity, "severity");
        Args.notNull(path, "path");
        Args.notNull(message, "message");
        Args.notNull(fix, "fix");
    }

    /** {@return whether this violation stops rendering} */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line: {@code [rule] path: message Fix: fix}. */
    @Override
    public String toString() {
        return "[" + rule + "] " + path + ": " + message + " Fix: " + fix;
    }
}
