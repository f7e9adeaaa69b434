package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckedRule;
import dev.shipshape.internal.validation.RuleDeclaration;

/** A rule's declaration, so each rule class holds only it and its checks. */
abstract class BaseRule implements CheckedRule {

    private final RuleDeclaration declaration;

    BaseRule(RuleDeclaration declaration) {
        this.declaration = declaration;
    }

    @Override
    public final RuleDeclaration declaration() {
        return declaration;
    }

    @Override
    public String toString() {
        return declaration.id();
    }
}
