package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import java.util.Optional;
import java.util.SortedMap;

/**
 * What an HTTPRoute rule matches: a path (as a prefix or exactly), and optionally headers, query parameters and a
 * method, all of which must match.
 *
 * <pre>{@code
 * HttpMatch m = app.model().httpRoutes().get(0).rules().get(0).match();
 * m.path();       // "/api"
 * m.pathType();   // PREFIX
 * }</pre>
 *
 * @param pathType how the path matches: {@code PathPrefix} (element-wise) or {@code Exact}
 * @param path     the path, absolute
 * @param headers  header name → exact value, sorted by name
 * @param queries  query parameter name → exact value, sorted by name
 * @param method   the HTTP method, if one
 */
public record HttpMatch(PathType pathType, String path, SortedMap<String, String> headers, SortedMap<String, String> queries,
                        Optional<String> method) {
    /**
     * Rejects null parts and copies the maps.
     *
     * @param pathType how the path matches
     * @param path the path
     * @param headers header name → value
     * @param queries query parameter name → value
     * @param method the HTTP method, if one
     */
    public HttpMatch {
        Args.notNull(pathType, "pathType");
        Args.notNull(path, "path");
        headers = Args.sortedCopy(headers, "headers");
        queries = Args.sortedCopy(queries, "queries");
        Args.notNull(method, "method");
    }

    /** {@return how violation paths and the topology show it: {@code /api}, {@code =/healthz}, {@code /api [x-canary=true]}} */
    public String describe() {
        StringBuilder s = new StringBuilder(pathType == PathType.EXACT ? "=" : "").append(path);
        StringBuilder extra = new StringBuilder();
        method.ifPresent(m -> extra.append(m));
        headers.forEach((k, v) -> extra.append(extra.isEmpty() ? "" : ",").append(k).append('=').append(v));
        queries.forEach((k, v) -> extra.append(extra.isEmpty() ? "" : ",").append('?').append(k).append('=').append(v));
        return extra.isEmpty() ? s.toString() : s.append(" [").append(extra).append(']').toString();
    }
}
