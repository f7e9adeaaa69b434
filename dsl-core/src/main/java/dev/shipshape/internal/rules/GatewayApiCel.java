package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.objects.Raw;
import dev.shipshape.internal.validation.Findings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Part of {@code api.invalid}: the CEL rules ({@code x-kubernetes-validations}) of the Gateway API's standard-channel
 * HTTPRoute and GRPCRoute CRDs (v1.6.1) that a schema walk cannot evaluate, ported by hand with upstream's messages:
 * <ul>
 *   <li>an {@code Exact} or {@code PathPrefix} path value: absolute, without {@code //}, {@code /./}, {@code /../},
 *       {@code %2f}, {@code %2F} or {@code #}, not ending in {@code /..} or {@code /.}, and only of the characters
 *       {@code ^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$};</li>
 *   <li>a backend or mirror reference to a core Service names a port;</li>
 *   <li>a filter has the field of its type and no field of another type; a redirect's or rewrite's path the same;</li>
 *   <li>a GRPCRoute method match has a service or a method (its type defaults to {@code Exact}), and with type
 *       {@code Exact} they are gRPC names.</li>
 * </ul>
 * Upstream's CEL test tables ({@code tests/cel/httproute_test.go}: {@code TestHTTPPathMatch},
 * {@code TestBackendObjectReference}, {@code TestHTTPRouteFilter}, {@code TestHTTPPathModifier}; and
 * {@code grpcroute_test.go}: {@code TestGRPCRouteFilter}, {@code TestGRPCMethodMatch}) are the oracle. The other CEL
 * rules (parentRef section names, repeated header filters, CORS wildcards, a prefix rewrite's match, mirror fractions,
 * timeouts, rule names) are not ported yet. Not API.
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

    private GatewayApiCel() {
    }

    /** Checks an HTTPRoute or GRPCRoute read from a file. */
    static void route(Item route, Findings findings) {
        if (route.raw().isEmpty()) {
            return;
        }
        Raw raw = route.raw().get();
        JsonNode rules = raw.tree().path("spec").path("rules");
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
                backend(route, raw, refs.get(b), at + ".backendRefs[" + b + "]", findings);
                filters(route, raw, refs.get(b).path("filters"), at + ".backendRefs[" + b + "].filters", http, findings);
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

    private static void filters(Item route, Raw raw, JsonNode filters, String at, boolean http, Findings findings) {
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
        }
    }

    private static void report(Item route, Raw raw, JsonNode node, String at, String rule, String fix,
            Findings findings) {
        findings.report(route.place().child(at), "line " + raw.line(node) + ": " + rule + "; the API server refuses the "
                + route.kind() + " (a CEL rule of the Gateway API's CRD).", fix);
    }
}
