package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Place;
import dev.shipshape.internal.objects.Unread;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;

/**
 * {@code input.unreadable}: a file or document {@code Shipshape.check} could not read (not UTF-8, not valid YAML, a
 * key twice in a mapping, not an object with an apiVersion and a kind, a FIFO), at its file and line, with why. The
 * rest is still read and checked.
 */
final class InputUnreadable extends BaseRule {

    InputUnreadable() {
        super(RuleDeclaration.error("input.unreadable",
                "`Shipshape.check`: a file or document that cannot be read (not UTF-8, not valid YAML, a "
                + "duplicate key, not an object with an apiVersion and a kind), at its file and line; the "
                + "rest is still checked",
                "make it valid YAML: the message says where and why").filesOnly());
    }

    @Override
    public void register(Registry registry) {
        registry.graph(this::check);
    }

    private void check(CheckContext ctx, Findings findings) {
        for (Unread u : ctx.unreadable()) {
            findings.report(Place.ofFile(u.file(), u.line()), "cannot be read: " + u.reason() + ".",
                    u.line() == 0 ? "fix the file; nothing of it was checked."
                            : u.reason().startsWith("not valid") ? "fix the file there; nothing of it from there on was checked."
                            : "fix the document; nothing of it was checked.");
        }
    }
}
