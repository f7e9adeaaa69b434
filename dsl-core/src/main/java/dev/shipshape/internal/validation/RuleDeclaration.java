package dev.shipshape.internal.validation;

import java.util.Objects;

/**
 * What a rule of the catalog is, declared once on its class: the stable id, the default level, a summary of what it
 * catches and the fix in general terms (a violation's own fix names the values). The rule catalog users see
 * ({@code Rules.all()}), the README's rules table (a test compares them) and report formats' rule descriptions all come
 * from here. The texts are Markdown ({@code `code`}). Not API.
 *
 * <pre>{@code
 * RequestsExceedLimits() {
 *     super(RuleDeclaration.error("resources.requests-exceed-limits",
 *             "a cpu, memory or ephemeral-storage request above its limit, compared exactly",
 *             "lower the request or raise the limit"));
 * }
 * }</pre>
 *
 * @param id      the stable id, {@code <area>.<what>}: lowercase words joined by {@code -} ({@code RuleCatalogTest}
 *                holds every id to it)
 * @param level   how serious a violation is unless the policy says otherwise
 * @param summary what the rule catches, one sentence without a final period
 * @param fix     how to fix a violation, in general terms, without a final period
 * @param forFilesOnly whether the rule checks only YAML read from files (the tree as read, its lines), so that no
 *                application can break it
 */
public record RuleDeclaration(String id, Level level, String summary, String fix, boolean forFilesOnly) {

    /** The default levels; the policy maps them to the API's severities. */
    public enum Level {
        /** Stops {@code render()}. */
        ERROR,
        /** Reported with the manifests. */
        WARNING,
        /** Said for information: what could not be checked. */
        INFO
    }

    /** Checks every part is there and says something. */
    public RuleDeclaration {
        Objects.requireNonNull(level, "level");
        for (String s : new String[] {id, summary, fix}) {
            if (s == null || s.isBlank()) {
                throw new IllegalArgumentException("a rule declaration needs an id, a summary and a fix: " + id);
            }
        }
    }

    /** A rule that applies to applications and files alike. */
    public RuleDeclaration(String id, Level level, String summary, String fix) {
        this(id, level, summary, fix, false);
    }

    /** {@return this declaration, for a rule that checks only YAML read from files} */
    public RuleDeclaration filesOnly() {
        return new RuleDeclaration(id, level, summary, fix, true);
    }

    /** {@return a rule whose violations are errors by default} */
    public static RuleDeclaration error(String id, String summary, String fix) {
        return new RuleDeclaration(id, Level.ERROR, summary, fix);
    }

    /** {@return a rule whose findings are information: what could not be checked} */
    public static RuleDeclaration info(String id, String summary, String fix) {
        return new RuleDeclaration(id, Level.INFO, summary, fix);
    }

    /** {@return a rule whose violations are warnings by default} */
    public static RuleDeclaration warning(String id, String summary, String fix) {
        return new RuleDeclaration(id, Level.WARNING, summary, fix);
    }
}
