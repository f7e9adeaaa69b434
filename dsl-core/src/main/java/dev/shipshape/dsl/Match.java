package dev.shipshape.dsl;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.model.HttpMatch;
import dev.shipshape.model.PathType;
import dev.shipshape.units.Names;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What an HTTPRoute rule matches ({@code spec.rules[].matches[]}): a path, and optionally headers, query parameters and
 * a method, all of which must match. Immutable: each {@code with…} returns a new match.
 *
 * <pre>{@code
 * app.httpRoute("shop").parent(gw)
 *         .route(Match.exact("/healthz"), api)
 *         .route(Match.prefix("/api").withHeader("x-canary", "true"), apiCanary)
 *         .route(Match.prefix("/api").withMethod("GET"), apiReadOnly)
 *         .route("/api", api);
 * }</pre>
 *
 * <p>The Gateway API picks among matches by precedence, not by order: an exact path before a prefix, a longer prefix
 * before a shorter one, then the method, then the most headers, then the most query parameters
 * ({@code route.shadowed} reports a match that can never win).
 */
public final class Match {

    /** The Gateway API's {@code HTTPHeaderName}, also the name of a query parameter (RFC 7230 token). */
    private static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9!#$%&'*+\\-.^_`|~]+$");
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS",
            "TRACE", "PATCH");

    private final HttpMatch spec;

    private Match(HttpMatch spec) {
        this.spec = spec;
    }

    /**
     * {@return requests whose path has the element-wise prefix {@code path}} ({@code PathPrefix}: {@code /api} takes
     * {@code /api} and {@code /api/v1}, not {@code /apis}).
     *
     * <pre>{@code
     * Match.prefix("/api")
     * }</pre>
     *
     * @param path an absolute path
     */
    public static Match prefix(String path) {
        return new Match(new HttpMatch(PathType.PREFIX, Args.notNull(path, "match path"), new TreeMap<>(), new TreeMap<>(),
                Optional.empty()));
    }

    /**
     * {@return requests whose path is exactly {@code path}} ({@code Exact}).
     *
     * <pre>{@code
     * Match.exact("/healthz")
     * }</pre>
     *
     * @param path an absolute path
     */
    public static Match exact(String path) {
        return new Match(new HttpMatch(PathType.EXACT, Args.notNull(path, "match path"), new TreeMap<>(), new TreeMap<>(),
                Optional.empty()));
    }

    /**
     * {@return requests of any path carrying the header {@code name} with exactly {@code value}}: {@code prefix("/")}
     * with the header.
     *
     * <pre>{@code
     * Match.header("x-canary", "true")
     * }</pre>
     *
     * @param name a header name (an RFC 7230 token, at most 256 characters; matched case-insensitively)
     * @param value the exact value, 1 to 4096 characters
     * @throws IllegalArgumentException if the name or value is not one the Gateway API accepts
     */
    public static Match header(String name, String value) {
        return prefix("/").withHeader(name, value);
    }

    /**
     * {@return requests of any path with the HTTP method {@code method}}: {@code prefix("/")} with the method.
     *
     * <pre>{@code
     * Match.method("POST")
     * }</pre>
     *
     * @param method GET, HEAD, POST, PUT, DELETE, CONNECT, OPTIONS, TRACE or PATCH
     * @throws IllegalArgumentException if it is none of these
     */
    public static Match method(String method) {
        return prefix("/").withMethod(method);
    }

    /**
     * {@return this match, with the header {@code name} required to be exactly {@code value}}
     *
     * <pre>{@code
     * Match.prefix("/api").withHeader("x-canary", "true")
     * }</pre>
     *
     * @param name a header name (an RFC 7230 token, at most 256 characters)
     * @param value the exact value, 1 to 4096 characters
     * @throws IllegalArgumentException if the name or value is not one the Gateway API accepts, or the header is
     *         already matched (the Gateway API refuses a header named twice, whatever its case)
     */
    public Match withHeader(String name, String value) {
        String n = token("header name", name);
        if (spec.headers().keySet().stream().anyMatch(h -> h.equalsIgnoreCase(n))) {
            throw new IllegalArgumentException("header '" + n + "' is already matched; header names are case-insensitive"
                    + " and a match names each once");
        }
        SortedMap<String, String> headers = new TreeMap<>(spec.headers());
        headers.put(n, value("header '" + n + "'", value));
        return new Match(new HttpMatch(spec.pathType(), spec.path(), headers, spec.queries(), spec.method()));
    }

    /**
     * {@return this match, with the query parameter {@code name} required to be exactly {@code value}}
     *
     * <pre>{@code
     * Match.prefix("/search").withQuery("beta", "1")
     * }</pre>
     *
     * @param name a query parameter name (an RFC 7230 token, at most 256 characters; matched case-sensitively)
     * @param value the exact value, 1 to 1024 characters
     * @throws IllegalArgumentException if the name or value is not one the Gateway API accepts, or it is already matched
     */
    public Match withQuery(String name, String value) {
        String n = token("query parameter name", name);
        if (spec.queries().containsKey(n)) {
            throw new IllegalArgumentException("query parameter '" + n + "' is already matched; a match names each once");
        }
        SortedMap<String, String> queries = new TreeMap<>(spec.queries());
        queries.put(n, value("query parameter '" + n + "'", value));
        return new Match(new HttpMatch(spec.pathType(), spec.path(), spec.headers(), queries, spec.method()));
    }

    /**
     * {@return this match, for requests with the HTTP method {@code method} only}
     *
     * <pre>{@code
     * Match.prefix("/api").withMethod("GET")
     * }</pre>
     *
     * @param method GET, HEAD, POST, PUT, DELETE, CONNECT, OPTIONS, TRACE or PATCH (upper case, as the Gateway API spells it)
     * @throws IllegalArgumentException if it is none of these
     */
    public Match withMethod(String method) {
        Args.notNull(method, "method");
        if (!METHODS.contains(method)) {
            String upper = method.toUpperCase(Locale.ROOT);
            throw new IllegalArgumentException("HTTP method '" + Names.printable(method) + "' is not one the Gateway API"
                    + " matches; use one of GET, HEAD, POST, PUT, DELETE, CONNECT, OPTIONS, TRACE, PATCH"
                    + (METHODS.contains(upper) ? " (here '" + upper + "')" : ""));
        }
        return new Match(new HttpMatch(spec.pathType(), spec.path(), spec.headers(), spec.queries(), Optional.of(method)));
    }

    HttpMatch spec() {
        return spec;
    }

    private static String token(String what, String name) {
        Args.notNull(name, what);
        if (name.length() > 256 || !TOKEN.matcher(name).matches()) {
            throw new IllegalArgumentException(what + " '" + Names.printable(name) + "' is not an HTTP token: letters,"
                    + " digits and !#$%&'*+-.^_`|~, at most 256 characters (e.g. 'x-canary')");
        }
        return name;
    }

    private static String value(String what, String value) {
        Args.notNull(value, what + " value");
        if (value.isEmpty() || value.length() > 4096) {
            throw new IllegalArgumentException(what + " needs a value of 1 to 4096 characters, got " + value.length());
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Match m && m.spec.equals(spec);
    }

    @Override
    public int hashCode() {
        return spec.hashCode();
    }

    @Override
    public String toString() {
        return "Match[" + spec.describe() + "]";
    }
}
