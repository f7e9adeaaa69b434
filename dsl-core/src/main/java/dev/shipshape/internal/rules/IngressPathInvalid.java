package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import dev.shipshape.units.Names;
import java.util.List;
import java.util.Optional;

/**
 * {@code ingress.path-invalid}: a path the API server rejects (networking/v1 {@code validateHTTPIngressPath}: a
 * pathType must be set and supported; an Exact or Prefix path must be absolute and must not contain {@code //},
 * {@code /./}, {@code /../}, {@code %2f} or {@code %2F} nor end in {@code /..} or {@code /.}; an
 * ImplementationSpecific path, if set, must be absolute), and one Shipshape refuses although the API server accepts
 * it: white space or control characters, which no HTTP request line carries unencoded, so the route never matches.
 */
final class IngressPathInvalid extends BaseRule {

    private static final List<String> INVALID_SEQUENCES = List.of("//", "/./", "/../", "%2f", "%2F");
    private static final List<String> INVALID_SUFFIXES = List.of("/..", "/.");
    private static final List<String> TYPES = List.of("Exact", "Prefix", "ImplementationSpecific");

    IngressPathInvalid() {
        super(RuleDeclaration.error("ingress.path-invalid",
                "what the API server rejects: no leading `/`, `//`, `/./`, `/../`, `%2f`, a trailing `/.` "
                + "or `/..`, no path type; and white space or control characters, which the API server "
                + "accepts but no request line carries unencoded, so the route never matches",
                "write a normalized absolute path"));
    }

    @Override
    public void register(Registry registry) {
        registry.object("Ingress", this::check);
    }

    private void check(Item ingress, CheckContext ctx, Findings findings) {
        for (List<IngressRoutes> routes : IngressRoutes.byHost(ingress).values()) {
            for (IngressRoutes r : routes) {
                apiProblem(r.pathType(), r.path()).ifPresent(why -> findings.report(r.place(),
                        "path '" + Names.printable(r.path()) + "' " + why + "; the API server rejects it.",
                        "write an absolute, normalized path such as '/api' (no empty, '.' or '..' segments, no encoded '/')."));
                if (containsSpaceOrControl(r.path())) {
                    findings.report(r.place(),
                            "path '" + Names.printable(r.path()) + "' contains white space or control characters; the API server"
                                    + " accepts it, but no HTTP request line carries them unencoded, so the route would never match.",
                            "remove them, or write them percent-encoded as requests carry them (a space is %20).");
                }
            }
        }
    }

    /** Why the API server would reject a path of {@code type}, if it would. */
    static Optional<String> apiProblem(String type, String path) {
        if (type.isEmpty()) {
            return Optional.of("has no pathType (Exact, Prefix or ImplementationSpecific)");
        }
        if (!TYPES.contains(type)) {
            return Optional.of("has pathType '" + Names.printable(type) + "', which is not one of " + TYPES);
        }
        if (type.equals("ImplementationSpecific")) {
            return !path.isEmpty() && !path.startsWith("/") ? Optional.of("is not an absolute path") : Optional.empty();
        }
        if (!path.startsWith("/")) {
            return Optional.of("does not start with '/'");
        }
        for (String s : INVALID_SEQUENCES) {
            if (path.contains(s)) {
                return Optional.of("contains '" + s + "'");
            }
        }
        for (String s : INVALID_SUFFIXES) {
            if (path.endsWith(s)) {
                return Optional.of("ends with '" + s + "'");
            }
        }
        return Optional.empty();
    }

    private static boolean containsSpaceOrControl(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return true;
            }
        }
        return false;
    }
}
