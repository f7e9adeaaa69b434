package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Item;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.validation.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code ingress.duplicate-path}: the same host + path + path type twice in one Ingress; only one can get traffic. */
final class IngressDuplicatePath extends BaseRule {

    static final String ID = "ingress.duplicate-path";

    IngressDuplicatePath() {
        super(ID, Severity.ERROR, "the same host + path + path type appears twice in one Ingress");
    }

    @Override
    public void register(Registry registry) {
        registry.object("Ingress", this::check);
    }

    private void check(Item ingress, CheckContext ctx, Findings findings) {
        for (List<IngressRoutes> routes : IngressRoutes.byHost(ingress).values()) {
            Map<String, IngressRoutes> seen = new HashMap<>();
            for (IngressRoutes r : routes) {
                IngressRoutes original = seen.putIfAbsent(r.pathType() + " " + r.normalized(), r);
                if (original != null) {
                    findings.report(r.place(),
                            r.pathType() + " path '" + r.path() + "' (position " + r.position() + ") repeats '"
                                    + original.path() + "' (position " + original.position() + ") on " + r.hostText()
                                    + "; only one of them can receive traffic.",
                            "remove one of the two routes, or give them different paths.");
                }
            }
        }
    }
}
