package dev.shipshape.internal.rules;

import dev.shipshape.model.AppSpec;
import dev.shipshape.model.IngressSpec;
import dev.shipshape.model.RouteSpec;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import java.util.Optional;

/**
 * {@code ingress.path-invalid}: a path the API server rejects for Exact and Prefix routes: not starting
 * with {@code /}, or containing {@code //}, {@code /./}, {@code /../}, {@code %2f}, or ending in {@code /.}
 * or {@code /..} (networking/v1 validation), and control characters.
 */
final class IngressPathInvalid extends BaseRule {

    /** The rule id. */
    public static final String ID = "ingress.path-invalid";

    /** Creates the rule. */
    IngressPathInvalid() {
        super(ID, Severity.ERROR, "an Exact or Prefix path the API server rejects (no leading '/', '//', '/./', '/../', '%2f', …)");
    }

    @Override
    public void check(AppSpec app, Policy policy, Findings findings) {
        for (IngressSpec ingress : app.ingresses()) {
            for (RouteSpec r : ingress.routes()) {
                problem(r.path()).ifPresent(why -> findings.report(RulePaths.route(ingress, r),
                        "path '" + dev.shipshape.units.Names.printable(r.path()) + "' " + why + "; the API server rejects it.",
                        "write an absolute, normalized path such as '/api' (no empty, '.' or '..' segments, no encoded '/')."));
            }
        }
    }

    /** Why the API server would reject {@code path}, if it would. */
    static Optional<String> problem(String path) {
        if (!path.startsWith("/")) {
            return Optional.of("does not start with '/'");
        }
        if (path.contains("//")) {
            return Optional.of("contains '//'");
        }
        if (path.contains("/./") || path.endsWith("/.")) {
            return Optional.of("contains a '.' segment");
        }
        if (path.contains("/../") || path.endsWith("/..")) {
            return Optional.of("contains a '..' segment");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                return Optional.of("contains white space or control characters");
            }
            if (c == '%' && path.regionMatches(true, i, "%2f", 0, 3)) {
                return Optional.of("contains an encoded '/' (%2f)");
            }
        }
        return Optional.empty();
    }
}
