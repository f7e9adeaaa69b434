package dev.shipshape.internal.validation;

/**
 * A rule of the catalog with its checks: its declaration (id, level, summary, fix), and one check per kind of node it
 * looks at, each reporting what it finds. Checks read and never mutate, never throw for bad input, and together run in
 * time linear (or n log n) in the size of what is checked. Not API.
 */
public interface CheckedRule {

    /** {@return the rule's id, level, summary and fix} */
    RuleDeclaration declaration();

    /**
     * Registers the rule's checks.
     *
     * @param registry where they go
     */
    void register(Registry registry);
}
