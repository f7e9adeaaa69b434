package dev.shipshape.internal.rules;

import dev.shipshape.model.IngressSpec;
import dev.shipshape.model.PathType;
import dev.shipshape.model.RouteSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Path semantics of networking/v1 Ingress routes shared by the ingress rules. */
final class IngressRoutes {

    private IngressRoutes() {
    }

    /** The routes of {@code ingress} grouped by host, each group in route order. */
    static Map<Optional<String>, List<RouteSpec>> byHost(IngressSpec ingress) {
        Map<Optional<String>, List<RouteSpec>> groups = new LinkedHashMap<>();
        for (RouteSpec r : ingress.routes()) {
            groups.computeIfAbsent(r.host(), h -> new ArrayList<>()).add(r);
        }
        return groups;
    }

    /**
     * The path as a Prefix matcher sees it: element-wise, so a trailing '/' does not matter
     * ({@code /api/} ≡ {@code /api}); the root stays {@code /}.
     */
    static String normalized(RouteSpec r) {
        String p = r.path();
        if (r.pathType() == PathType.PREFIX) {
            while (p.length() > 1 && p.endsWith("/")) {
                p = p.substring(0, p.length() - 1);
            }
        }
        return p;
    }

    /**
     * Every element-wise prefix of a normalized path, shortest first: {@code /a/b} → {@code /}, {@code /a},
     * {@code /a/b}. Empty elements ({@code //}) are kept, as the path is matched literally.
     */
    static List<String> elementPrefixes(String normalizedPath) {
        List<String> out = new ArrayList<>();
        out.add("/");
        for (int i = 1; i < normalizedPath.length(); i++) {
            if (normalizedPath.charAt(i) == '/') {
                out.add(normalizedPath.substring(0, i));
            }
        }
        if (normalizedPath.length() > 1) {
            out.add(normalizedPath);
        }
        return out;
    }
}
