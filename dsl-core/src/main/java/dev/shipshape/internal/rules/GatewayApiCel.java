package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.objects.Raw;
import dev.shipshape.internal.schema.GatewayApiSchemas;
import dev.shipshape.internal.schema.KubernetesSchemas;
import dev.shipshape.internal.schema.SchemaWalk;
import dev.shipshape.internal.validation.Findings;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Part of {@code api.invalid}: every CEL rule ({@code x-kubernetes-validations}) of the Gateway API's standard-channel
 * HTTPRoute and GRPCRoute CRDs (v1.6.1), which a schema walk cannot evaluate, ported by hand with upstream's messages:
 * <ul>
 *   <li>an {@code Exact} or {@code PathPrefix} path value: absolute, without {@code //}, {@code /./}, {@code /../},
 *       {@code %2f}, {@code %2F} or {@code #}, not ending in {@code /..} or {@code /.}, and only of the characters
 *       {@code ^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$};</li>
 *   <li>a backend or mirror reference to a core Service names a port;</li>
 *   <li>a filter has the field of its type and no field of another type; a redirect's or rewrite's path the same; a
 *       list of filters holds each of CORS, the header modifiers, RequestRedirect and URLRewrite once, and not a
 *       redirect and a rewrite together; CORS lists hold {@code *} only alone; a mirror has a percent or a fraction,
 *       and a fraction of at most one;</li>
 *   <li>an HTTPRoute rule has no redirect beside backends, a prefix rewrite or redirect only with exactly one
 *       PathPrefix match (in its filters or in one backend's), and a backend timeout no longer than the request's;</li>
 *   <li>references to one parent all name a listener or none does, and no two the same one;</li>
 *   <li>a route has at most 128 matches;</li>
 *   <li>a GRPCRoute method match has a service or a method (its type defaults to {@code Exact}), and with type
 *       {@code Exact} they are gRPC names.</li>
 * </ul>
 * For a route Shipshape rendered, also the schema's bounds (read routes get them from {@code ApiSchemas}). Upstream's
 * CEL test tables ({@code tests/cel/httproute_test.go}, {@code httproute_standard_test.go}, {@code grpcroute_test.go},
 * and the standard-channel fields of {@code httproute_experimental_test.go}) are the oracle. Not API.
 */
final class GatewayApiCel {

    private static final Pattern PATH = Pattern.compile("^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$");
    private static final Pattern GRPC_SERVICE = Pattern.compile("^(?i)\\.?[a-z_][a-z_0-9]*(\\.[a-z_][a-z_0-9]*)*$");
    private static final Pattern GRPC_METHOD = Pattern.compile("^[A-Za-z_][A-Za-z_0-9]*$");
    private static final String PATH_FIX = "write an absolute, normalized path of URL characters: /api/v1, not api,"
            + " /api//v1, /api/../v1 or /api%2Fv1";
    private static final String GRPC_FIX = "name the gRPC service and method as the .proto does (hipstershop.CartService,"
            + " AddItem), or use type RegularExpression for a pattern";

    /** A filter's type and the field that type needs, in the order of the CRD's rules. */
    private static final Map<String, String> FILTER_FIELDS = new LinkedHashMap<>();

    static {
        FILTER_FIELDS.put("CORS", "cors");
        FILTER_FIELDS.put("RequestHeaderModifier", "requestHeaderModifier");
        FILTER_FIELDS.put("ResponseHeaderModifier", "responseHeaderModifier");
        FILTER_FIELDS.put("RequestMirror", "requestMirror");
        FILTER_FIELDS.put("RequestRedirect", "requestRedirect");
        FILTER_FIELDS.put("URLRewrite", "urlRewrite");
        FILTER_FIELDS.put("ExtensionRef", "extensionRef");
    }

    /**
     * The two CEL rules of {@code spec.parentRefs}: references to one parent (same group and kind, defaulted to the
     * Gateway API's and Gateway, same name, and both without a namespace or both with the same) either all name a
     * listener ({@code sectionName}) or none does, and no two name the same one.
     */
    private static void parents(Item route, Raw raw, JsonNode refs, Findings findings) {
        boolean unspecified = false;
        boolean repeated = false;
        for (JsonNode p1 : refs) {
            int same = 0;
            for (JsonNode p2 : refs) {
                if (sameParent(p1, p2)) {
                    unspecified |= text(p1, "sectionName").isEmpty() != text(p2, "sectionName").isEmpty();
                    if (text(p1, "sectionName").equals(text(p2, "sectionName"))) {
                        same++;
                    }
                }
            }
            repeated |= same != 1;
        }
        boolean dsl = route.isRendered() && route.customizedBy().isEmpty();
        if (unspecified) {
            report(route, raw, refs, "spec.parentRefs", "sectionName must be specified when parentRefs includes 2 or more"
                    + " references to the same parent", dsl ? "attach to the Gateway once: .parent(gateway) for every"
                    + " listener, or .parent(gateway.listener(…)) for each listener it should serve"
                    : "give every reference to that parent a sectionName, or keep one reference without", findings);
        }
        if (repeated) {
            report(route, raw, refs, "spec.parentRefs", "sectionName must be unique when parentRefs includes 2 or more"
                    + " references to the same parent", "reference each listener of a parent once", findings);
        }
    }

    private static boolean sameParent(JsonNode p1, JsonNode p2) {
        boolean namespaces = text(p1, "namespace").isEmpty() && text(p2, "namespace").isEmpty()
                || p1.has("namespace") && p2.has("namespace") && text(p1, "namespace").equals(text(p2, "namespace"));
        return p1.path("group").asString("gateway.networking.k8s.io").equals(p2.path("group").asString("gateway.networking.k8s.io"))
                && p1.path("kind").asString("Gateway").equals(p2.path("kind").asString("Gateway"))
                && text(p1, "name").equals(text(p2, "name")) && namespaces;
    }

    /** A string field, {@code ""} when absent (CEL's {@code !has(x) || x == ''}). */
    private static String text(JsonNode node, String field) {
        return node.path(field).asString("");
    }

    /** The CRDs' limit on the matches of all the rules of a route. */
    private static final int MAX_MATCHES = 128;

    private GatewayApiCel() {
    }

    /**
     * A rendered route against the shipped schema's bounds (read routes get them from {@code ApiSchemas}): what the
     * DSL cannot refuse as it is called, such as a 17th rule or hostname.
     */
    private static void rendered(Item route, JsonNode tree, String kubernetesVersion, Findings findings) {
        String version = route.object().getApiVersion();
        Optional<JsonNode> schema = GatewayApiSchemas.find(version.substring(0, version.indexOf('/')), route.kind())
                .flatMap(d -> d.schema(version.substring(version.indexOf('/') + 1)));
        if (schema.isEmpty()) {
            return;
        }
        for (SchemaWalk.Problem p : SchemaWalk.custom(KubernetesSchemas.of(kubernetesVersion), schema.get(), tree)) {
            if (p.kind() == SchemaWalk.Kind.OUT_OF_BOUNDS) {
                findings.report(route.place().child(p.path()), p.message() + "; the API server refuses the " + route.kind()
                        + " (its CustomResourceDefinition's schema).", p.path().endsWith("rules")
                        ? "split the route: a route has at most 16 rules (app." + (route.kind().equals("HTTPRoute")
                        ? "httpRoute" : "grpcRoute") + "(\"…-2\") for the rest)."
                        : "keep the value within the schema's bounds (split a route with too many hostnames or parents).");
            }
        }
    }

    /**
     * Checks an HTTPRoute or GRPCRoute, read from a file (its findings name the line) or rendered. A rendered route's
     * Service backends without a port are left to {@code reference.unresolved}, which says which port to name.
     */
    static void route(Item route, String kubernetesVersion, Findings findings) {
        Raw raw = route.raw().orElse(null);
        JsonNode tree = RouteMatches.tree(route);
        JsonNode rules = tree.path("spec").path("rules");
        int matchCount = 0;
        for (JsonNode rule : rules) {
            matchCount += rule.path("matches").size();
        }
        if (matchCount > MAX_MATCHES) {
            report(route, raw, rules, "spec.rules", "While 16 rules and 64 matches per rule are allowed, the total number of"
                    + " matches across all rules in a route must be less than 128 (it has " + matchCount + ")",
                    "split the route into two routes", findings);
        }
        parents(route, raw, tree.path("spec").path("parentRefs"), findings);
        if (raw == null) {
            rendered(route, tree, kubernetesVersion, findings);
        }
        boolean http = route.kind().equals("HTTPRoute");
        for (int r = 0; r < rules.size(); r++) {
            JsonNode rule = rules.get(r);
            String at = "spec.rules[" + r + "]";
            JsonNode matches = rule.path("matches");
            for (int m = 0; m < matches.size(); m++) {
                JsonNode path = matches.get(m).path("path");
                JsonNode method = matches.get(m).path("method");
                if (http && path.isObject()) {
                    path(route, raw, path, at + ".matches[" + m + "].path", findings);
                } else if (!http && method.isObject()) {
                    method(route, raw, method, at + ".matches[" + m + "].method", findings);
                }
            }
            filters(route, raw, rule.path("filters"), at + ".filters", http, findings);
            JsonNode refs = rule.path("backendRefs");
            for (int b = 0; b < refs.size(); b++) {
                if (raw != null) {
                    backend(route, raw, refs.get(b), at + ".backendRefs[" + b + "]", findings);
                }
                filters(route, raw, refs.get(b).path("filters"), at + ".backendRefs[" + b + "].filters", http, findings);
            }
            if (http) {
                httpRule(route, raw, rule, at, findings);
            }
        }
    }

    private static void path(Item route, Raw raw, JsonNode path, String at, Findings findings) {
        String type = path.path("type").asString("PathPrefix");
        if (!type.equals("Exact") && !type.equals("PathPrefix")) {
            return; // RegularExpression: implementation-specific; another type: api.value-unsupported
        }
        String value = path.path("value").asString("/");
        String types = " when type one of ['Exact', 'PathPrefix']";
        if (!value.startsWith("/")) {
            report(route, raw, path, at, "value must be an absolute path and start with '/'" + types, PATH_FIX, findings);
        }
        for (String bad : new String[] {"//", "/./", "/../", "%2f", "%2F", "#"}) {
            if (value.contains(bad)) {
                report(route, raw, path, at, "must not contain '" + bad + "'" + types, PATH_FIX, findings);
            }
        }
        for (String bad : new String[] {"/..", "/."}) {
            if (value.endsWith(bad)) {
                report(route, raw, path, at, "must not end with '" + bad + "'" + types, PATH_FIX, findings);
            }
        }
        if (!PATH.matcher(value).matches()) {
            report(route, raw, path, at, "must only contain valid characters (matching " + PATH.pattern()
                    + ") for types ['Exact', 'PathPrefix']", "percent-encode the other characters (%5B for [), or use type"
                    + " RegularExpression", findings);
        }
    }

    /** A GRPCRoute method match: its type defaults to Exact, so it needs a service or a method, each of gRPC's names. */
    private static void method(Item route, Raw raw, JsonNode method, String at, Findings findings) {
        boolean exact = method.path("type").asString("Exact").equals("Exact");
        if (!method.has("service") && !method.has("method")) {
            report(route, raw, method, at, "One or both of 'service' or 'method' must be specified",
                    "name the service, the method or both: {service: hipstershop.CartService, method: AddItem}", findings);
        }
        if (exact && method.has("service") && !GRPC_SERVICE.matcher(method.path("service").asString("")).matches()) {
            report(route, raw, method, at, "service must only contain valid characters (matching "
                    + GRPC_SERVICE.pattern() + ")", GRPC_FIX, findings);
        }
        if (exact && method.has("method") && !GRPC_METHOD.matcher(method.path("method").asString("")).matches()) {
            report(route, raw, method, at, "method must only contain valid characters (matching "
                    + GRPC_METHOD.pattern() + ")", GRPC_FIX, findings);
        }
    }

    /** A redirect's or rewrite's path: the field of its type, and no field of the other type. */
    private static void pathModifier(Item route, Raw raw, JsonNode path, String at, Findings findings) {
        String type = path.path("type").asString("");
        for (String t : new String[] {"ReplaceFullPath", "ReplacePrefixMatch"}) {
            String field = Character.toLowerCase(t.charAt(0)) + t.substring(1);
            String fix = "give the path the field of its type: {type: " + t + ", " + field + ": …}";
            if (type.equals(t) && !path.has(field)) {
                report(route, raw, path, at, field + " must be specified when type is set to '" + t + "'", fix, findings);
            }
            if (path.has(field) && !type.equals(t)) {
                report(route, raw, path, at, "type must be '" + t + "' when " + field + " is set", fix, findings);
            }
        }
    }

    private static void backend(Item route, Raw raw, JsonNode ref, String at, Findings findings) {
        if (ref.path("group").asString("").isEmpty() && ref.path("kind").asString("Service").equals("Service")
                && !ref.has("port")) {
            report(route, raw, ref, at, "Must have port for Service reference",
                    "set port to the Service's port (its port, not the container's targetPort)", findings);
        }
    }

    /** A GRPCRoute's filters have four types (the others' fields are unknown fields there: api.field-unknown). */
    private static final java.util.Set<String> GRPC_FILTERS = java.util.Set.of("RequestHeaderModifier",
            "ResponseHeaderModifier", "RequestMirror", "ExtensionRef");

    /** Filter types a list of filters may hold once: an HTTPRoute's five, a GRPCRoute's two. */
    private static final List<String> ONCE_HTTP = List.of("CORS", "RequestHeaderModifier", "ResponseHeaderModifier",
            "RequestRedirect", "URLRewrite");
    private static final List<String> ONCE_GRPC = List.of("RequestHeaderModifier", "ResponseHeaderModifier");

    /**
     * The CEL rules of an HTTPRoute rule: no redirect beside backends, a prefix rewrite or redirect (in the rule's filters
     * or in one backend's) only with exactly one PathPrefix match (a rule without matches has the default one), and a
     * backend request timeout no longer than the request timeout.
     */
    private static void httpRule(Item route, Raw raw, JsonNode rule, String at, Findings findings) {
        JsonNode filters = rule.path("filters");
        JsonNode refs = rule.path("backendRefs");
        if (refs.size() > 0 && has(filters, f -> f.has("requestRedirect"))) {
            report(route, raw, rule, at, "RequestRedirect filter must not be used together with backendRefs",
                    "redirect in a rule of its own, without backendRefs, or send the requests to the backends", findings);
        }
        boolean onePrefixMatch = !rule.has("matches") || rule.path("matches").size() == 1
                && rule.path("matches").get(0).path("path").path("type").asString("PathPrefix").equals("PathPrefix");
        String fix = "give the rule exactly one match, of type PathPrefix: the prefix replacePrefixMatch replaces";
        for (String[] modifier : new String[][] {{"requestRedirect", "RequestRedirect", "when"}, {"urlRewrite", "URLRewrite", "When"}}) {
            if (exactlyOne(filters, f -> replacesPrefix(f, modifier[0])) && !onePrefixMatch) {
                report(route, raw, rule, at, "When using " + modifier[1] + " filter with path.replacePrefixMatch, exactly"
                        + " one PathPrefix match must be specified", fix, findings);
            }
            if (exactlyOne(refs, b -> exactlyOne(b.path("filters"), f -> replacesPrefix(f, modifier[0]))) && !onePrefixMatch) {
                report(route, raw, rule, at, "Within backendRefs, " + modifier[2] + " using " + modifier[1] + " filter with"
                        + " path.replacePrefixMatch, exactly one PathPrefix match must be specified", fix, findings);
            }
        }
        JsonNode timeouts = rule.path("timeouts");
        Optional<BigDecimal> request = duration(timeouts.path("request"));
        Optional<BigDecimal> backend = duration(timeouts.path("backendRequest"));
        if (request.isPresent() && backend.isPresent() && request.get().signum() != 0 && backend.get().compareTo(request.get()) > 0) {
            report(route, raw, timeouts, at + ".timeouts", "backendRequest timeout cannot be longer than request timeout",
                    "shorten backendRequest to at most request (each retry of the backend fits in the request's time)",
                    findings);
        }
    }

    private static boolean replacesPrefix(JsonNode filter, String modifier) {
        JsonNode path = filter.path(modifier).path("path");
        return path.path("type").asString("").equals("ReplacePrefixMatch") && path.has("replacePrefixMatch");
    }

    private static boolean has(JsonNode list, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode n : list) {
            if (test.test(n)) {
                return true;
            }
        }
        return false;
    }

    /** CEL's {@code exists_one}. */
    private static boolean exactlyOne(JsonNode list, java.util.function.Predicate<JsonNode> test) {
        int n = 0;
        for (JsonNode x : list) {
            n += test.test(x) ? 1 : 0;
        }
        return n == 1;
    }

    /** Go's (and CEL's) duration, {@code 1h30m}, {@code 500ms}, {@code 1.5s}, in nanoseconds; empty if it is none. */
    static Optional<BigDecimal> duration(JsonNode value) {
        if (!value.isString()) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = DURATION_PART.matcher(value.stringValue());
        BigDecimal total = BigDecimal.ZERO;
        int end = 0;
        while (m.find() && m.start() == end) {
            BigDecimal unit = switch (m.group(2)) {
                case "h" -> BigDecimal.valueOf(3_600_000_000_000L);
                case "m" -> BigDecimal.valueOf(60_000_000_000L);
                case "s" -> BigDecimal.valueOf(1_000_000_000L);
                case "ms" -> BigDecimal.valueOf(1_000_000L);
                case "us", "µs" -> BigDecimal.valueOf(1_000L);
                default -> BigDecimal.ONE;
            };
            total = total.add(new BigDecimal(m.group(1)).multiply(unit));
            end = m.end();
        }
        return end > 0 && end == value.stringValue().length() ? Optional.of(total) : Optional.empty();
    }

    private static final Pattern DURATION_PART = Pattern.compile("([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|ms|s|m|h)");

    private static void filters(Item route, Raw raw, JsonNode filters, String at, boolean http, Findings findings) {
        if (http && has(filters, f -> f.path("type").asString("").equals("RequestRedirect"))
                && has(filters, f -> f.path("type").asString("").equals("URLRewrite"))) {
            report(route, raw, filters, at, "May specify either httpRouteFilterRequestRedirect or"
                    + " httpRouteFilterRequestRewrite, but not both", "redirect or rewrite: a redirect answers the"
                    + " client, a rewrite changes what the backend gets", findings);
        }
        for (String once : http ? ONCE_HTTP : ONCE_GRPC) {
            int count = 0;
            for (JsonNode f : filters) {
                count += f.path("type").asString("").equals(once) ? 1 : 0;
            }
            if (count > 1) {
                report(route, raw, filters, at, once + " filter cannot be repeated", "merge the " + once
                        + " filters into one", findings);
            }
        }
        for (int f = 0; f < filters.size(); f++) {
            JsonNode filter = filters.get(f);
            String type = filter.path("type").asString("");
            String here = at + "[" + f + "]";
            for (Map.Entry<String, String> e : FILTER_FIELDS.entrySet()) {
                if (!http && !GRPC_FILTERS.contains(e.getKey())) {
                    continue;
                }
                boolean has = filter.has(e.getValue());
                String fix = "give each filter the one field of its type: {type: " + e.getKey() + ", " + e.getValue()
                        + ": …}";
                if (has && !type.equals(e.getKey())) {
                    report(route, raw, filter, here, "filter." + e.getValue() + " must be nil if the filter.type is not "
                            + e.getKey(), fix, findings);
                } else if (!has && type.equals(e.getKey())) {
                    report(route, raw, filter, here, "filter." + e.getValue() + " must be specified for " + e.getKey()
                            + " filter.type", fix, findings);
                }
            }
            for (String modifier : new String[] {"requestRedirect", "urlRewrite"}) {
                JsonNode path = filter.path(modifier).path("path");
                if (path.isObject()) {
                    pathModifier(route, raw, path, here + "." + modifier + ".path", findings);
                }
            }
            JsonNode mirror = filter.path("requestMirror").path("backendRef");
            if (mirror.isObject()) {
                backend(route, raw, mirror, here + ".requestMirror.backendRef", findings);
            }
            mirrorShare(route, raw, filter.path("requestMirror"), here + ".requestMirror", findings);
            JsonNode cors = filter.path("cors");
            for (String[] list : new String[][] {{"allowOrigins", "AllowOrigins", "origins"},
                    {"allowMethods", "AllowMethods", "methods"}, {"allowHeaders", "AllowHeaders", "methods"}}) {
                JsonNode values = cors.path(list[0]);
                if (values.size() > 1 && has(values, v -> v.asString("").equals("*"))) {
                    // "alongside other methods" for headers too: the CRD's own words
                    report(route, raw, values, here + ".cors." + list[0], list[1] + " cannot contain '*' alongside other "
                            + list[2], "allow '*' alone (everything), or list the values without '*'", findings);
                }
            }
        }
    }

    /** A mirror's share: a percent or a fraction, not both, and a fraction of at most one (denominator 100 unless set). */
    private static void mirrorShare(Item route, Raw raw, JsonNode mirror, String at, Findings findings) {
        if (mirror.has("percent") && mirror.has("fraction")) {
            report(route, raw, mirror, at, "Only one of percent or fraction may be specified in HTTPRequestMirrorFilter",
                    "give the share as percent or as fraction, not both", findings);
        }
        JsonNode fraction = mirror.path("fraction");
        if (fraction.path("numerator").isIntegralNumber()
                && fraction.path("numerator").asLong() > fraction.path("denominator").asLong(100)) {
            report(route, raw, fraction, at + ".fraction", "numerator must be less than or equal to denominator",
                    "mirror at most every request: numerator ≤ denominator (100 unless set)", findings);
        }
    }

    private static void report(Item route, Raw raw, JsonNode node, String at, String rule, String fix,
            Findings findings) {
        findings.report(route.place().child(at), (raw == null ? "" : "line " + raw.line(node) + ": ") + rule
                + "; the API server refuses the "
                + route.kind() + " (a CEL rule of the Gateway API's CRD).", fix);
    }
}
