package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckedRule;
import dev.shipshape.validation.Severity;

/** A rule's identity: id, default severity and description, so each rule class holds only its checks. */
abstract class BaseRule implements CheckedRule {

    private final String id;
    private final Severity defaultSeverity;
    private final String description;

    BaseRule(String id, Severity defaultSeverity, String description) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.description = description;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public String toString() {
        return id;
    }
}
