package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.Shipshape;
import dev.shipshape.validation.Violation;
import dev.shipshape.validation.YamlCheck;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CEL rules of {@link GatewayApiCel} (part of {@code api.invalid}) against upstream's CEL test tables: the cases of
 * {@code TestHTTPPathMatch}, {@code TestBackendObjectReference} and {@code TestHTTPRouteFilter} in
 * {@code tests/cel/httproute_test.go} (and {@code TestHTTPRouteParentRefStandard} of {@code httproute_standard_test.go},
 * whose rule the GRPCRoute CRD has too, so its cases run for both kinds) of kubernetes-sigs/gateway-api v1.6.1 (commit 8bb74df, Apache License 2.0,
 * Copyright The Kubernetes Authors), transcribed from Go structs to YAML: each case's name, the part of the route it
 * sets, and the messages upstream expects the API server to answer with (none for a valid case), compared as upstream
 * compares them: an error exactly when one is wanted, every wanted message among the answers. Where upstream's Go
 * zero values serialize an empty nested object ({@code RequestMirror: &HTTPRequestMirrorFilter{}}), the YAML writes the
 * field as {@code {}}: present, as the rules see it.
 */
class GatewayApiCelTest extends YamlCheck {

    /** One upstream case: name, YAML of the route's first rule (indented under {@code rules:}), expected messages. */
    record Case(String name, String rule, List<String> wantErrors) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case path(String name, String type, String value, String... wantErrors) {
        return new Case(name, "- matches: [{path: {type: " + type + ", value: \"" + value.replace("\"", "\\\"") + "\"}}]\n"
                + "  backendRefs: [{name: test, port: 8080}]\n", List.of(wantErrors));
    }

    private static Case backend(String name, String ref, String... wantErrors) {
        return new Case(name, "- backendRefs: [{" + ref + "}]\n", List.of(wantErrors));
    }

    /** A filter alone in the route's one rule, as upstream's {@code TestHTTPRouteFilter} builds the route. */
    private static Case filter(String name, String filter, String... wantErrors) {
        return new Case(name, "- filters: [{" + filter + "}]\n", List.of(wantErrors));
    }

    private static final String TYPES = " when type one of ['Exact', 'PathPrefix']";
    private static final String CHARACTERS = "must only contain valid characters (matching "
            + "^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$) for types ['Exact', 'PathPrefix']";

    static List<Case> cases() {
        return List.of(
                // TestHTTPPathMatch (the case of an unknown type is the schema's enum: api.value-unsupported)
                path("invalid because path does not start with '/'", "PathPrefix", "foo",
                        "value must be an absolute path and start with '/'" + TYPES),
                path("invalid httpRoute prefix (/.)", "PathPrefix", "/.", "must not end with '/.'" + TYPES),
                path("invalid exact (/./)", "Exact", "/foo/./bar", "must not contain '/./'" + TYPES),
                path("valid because type is RegularExpression but would not be valid for Exact", "RegularExpression",
                        "/foo/./bar"),
                path("valid httpRoute prefix", "PathPrefix", "/path"),
                path("valid path with some special characters", "Exact", "/abc/123'/a-b-c/d@gmail/%0A"),
                path("invalid prefix path (/[])", "PathPrefix", "/[]", CHARACTERS),
                path("invalid exact path (/^)", "Exact", "/^", CHARACTERS),
                // TestBackendObjectReference
                backend("default groupkind with port", "name: backend, port: 99"),
                backend("default groupkind with no port", "name: backend", "Must have port for Service reference"),
                backend("explicit service with port", "group: \"\", kind: Service, name: backend, port: 99"),
                backend("explicit service with no port", "group: \"\", kind: Service, name: backend",
                        "Must have port for Service reference"),
                backend("explicit ref with no port", "group: foo.example.com, kind: Foo, name: backend"),
                // TestHTTPRouteFilter
                filter("valid HTTPRouteFilterRequestHeaderModifier route filter",
                        "type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: name, value: foo}]}"),
                filter("invalid HTTPRouteFilterRequestHeaderModifier type filter with non-matching field",
                        "type: RequestHeaderModifier, requestMirror: {}",
                        "filter.requestHeaderModifier must be specified for RequestHeaderModifier filter.type",
                        "filter.requestMirror must be nil if the filter.type is not RequestMirror"),
                filter("invalid HTTPRouteFilterRequestHeaderModifier type filter with empty value field",
                        "type: RequestHeaderModifier",
                        "filter.requestHeaderModifier must be specified for RequestHeaderModifier filter.type"),
                filter("valid HTTPRouteFilterRequestMirror route filter",
                        "type: RequestMirror, requestMirror: {backendRef: {name: foo, port: 8080}}"),
                filter("invalid HTTPRouteFilterRequestMirror type filter with non-matching field",
                        "type: RequestMirror, requestHeaderModifier: {}",
                        "filter.requestHeaderModifier must be nil if the filter.type is not RequestHeaderModifier",
                        "filter.requestMirror must be specified for RequestMirror filter.type"),
                filter("invalid HTTPRouteFilterRequestMirror type filter with empty value field", "type: RequestMirror",
                        "filter.requestMirror must be specified for RequestMirror filter.type"),
                filter("valid HTTPRouteFilterRequestRedirect route filter",
                        "type: RequestRedirect, requestRedirect: {hostname: hostname, path: {type: ReplaceFullPath,"
                                + " replaceFullPath: full-path}, port: 8080, statusCode: 302}"),
                filter("invalid HTTPRouteFilterRequestRedirect type filter with non-matching field",
                        "type: RequestRedirect, requestMirror: {}",
                        "filter.requestMirror must be nil if the filter.type is not RequestMirror",
                        "filter.requestRedirect must be specified for RequestRedirect filter.type"),
                filter("invalid HTTPRouteFilterRequestRedirect type filter with empty value field", "type: RequestRedirect",
                        "filter.requestRedirect must be specified for RequestRedirect filter.type"),
                filter("valid HTTPRouteFilterExtensionRef filter",
                        "type: ExtensionRef, extensionRef: {group: group, kind: kind, name: name}"),
                filter("invalid HTTPRouteFilterExtensionRef type filter with non-matching field",
                        "type: ExtensionRef, requestMirror: {}",
                        "filter.requestMirror must be nil if the filter.type is not RequestMirror",
                        "filter.extensionRef must be specified for ExtensionRef filter.type"),
                filter("invalid HTTPRouteFilterExtensionRef type filter with empty value field", "type: ExtensionRef",
                        "filter.extensionRef must be specified for ExtensionRef filter.type"),
                filter("valid HTTPRouteFilterURLRewrite route filter",
                        "type: URLRewrite, urlRewrite: {hostname: hostname, path: {type: ReplaceFullPath,"
                                + " replaceFullPath: full-path}}"),
                filter("invalid HTTPCORSFilter type filter with non-matching field", "type: CORS, requestMirror: {}",
                        "filter.cors must be specified for CORS filter.type",
                        "filter.requestMirror must be nil if the filter.type is not RequestMirror"),
                filter("invalid HTTPCORSFilter type filter with empty value field", "type: CORS",
                        "filter.cors must be specified for CORS filter.type"),
                filter("valid HTTPCORSFilter test", "type: CORS, cors: {allowOrigins: ['https://xpto.com'],"
                        + " allowCredentials: true}"),
                filter("invalid HTTPRouteFilterURLRewrite type filter with non-matching field",
                        "type: URLRewrite, requestMirror: {}",
                        "filter.requestMirror must be nil if the filter.type is not RequestMirror",
                        "filter.urlRewrite must be specified for URLRewrite filter.type"),
                filter("invalid HTTPRouteFilterURLRewrite type filter with empty value field", "type: URLRewrite",
                        "filter.urlRewrite must be specified for URLRewrite filter.type"),
                // TestHTTPPathModifier (in a RequestRedirect filter)
                modifier("valid ReplaceFullPath", "type: ReplaceFullPath, replaceFullPath: foo"),
                modifier("replaceFullPath must be specified when type is set to 'ReplaceFullPath'", "type: ReplaceFullPath",
                        "replaceFullPath must be specified when type is set to 'ReplaceFullPath'"),
                modifier("type must be 'ReplaceFullPath' when replaceFullPath is set",
                        "type: ReplacePrefixMatch, replaceFullPath: foo",
                        "type must be 'ReplaceFullPath' when replaceFullPath is set"),
                modifier("valid ReplacePrefixMatch", "type: ReplacePrefixMatch, replacePrefixMatch: /foo"),
                modifier("replacePrefixMatch must be specified when type is set to 'ReplacePrefixMatch'",
                        "type: ReplacePrefixMatch",
                        "replacePrefixMatch must be specified when type is set to 'ReplacePrefixMatch'"),
                modifier("type must be 'ReplacePrefixMatch' when replacePrefixMatch is set",
                        "type: ReplaceFullPath, replacePrefixMatch: /foo",
                        "type must be 'ReplacePrefixMatch' when replacePrefixMatch is set"));
    }

    private static Case modifier(String name, String path, String... wantErrors) {
        return new Case(name, "- filters: [{type: RequestRedirect, requestRedirect: {path: {" + path + "}}}]\n",
                List.of(wantErrors));
    }

    private static final String SERVICE = "service must only contain valid characters (matching "
            + "^(?i)\\.?[a-z_][a-z_0-9]*(\\.[a-z_][a-z_0-9]*)*$)";
    private static final String METHOD = "method must only contain valid characters (matching ^[A-Za-z_][A-Za-z_0-9]*$)";

    private static Case method(String name, String method, String... wantErrors) {
        return new Case(name, "- matches: [{method: {" + method + "}}]\n  backendRefs: [{name: test, port: 8080}]\n",
                List.of(wantErrors));
    }

    /** A filter alone in the route's one rule, as upstream's {@code TestGRPCRouteFilter} builds the route. */
    private static Case grpcFilter(String name, String filter, String... wantErrors) {
        return new Case(name, "- filters: [{" + filter + "}]\n", List.of(wantErrors));
    }

    /** {@code grpcroute_test.go}: {@code TestGRPCMethodMatch} and {@code TestGRPCRouteFilter}. */
    static List<Case> grpcCases() {
        return List.of(
                method("valid GRPCRoute with 1 service in GRPCMethodMatch field", "service: foo.Test.Example"),
                method("valid GRPCRoute with 1 method in GRPCMethodMatch field", "method: Login"),
                method("invalid GRPCRoute missing service or method in GRPCMethodMatch field", "",
                        "One or both of 'service' or 'method"),
                method("GRPCRoute uses regex in service and method with undefined match type",
                        "service: '.*', method: '.*'", SERVICE, METHOD),
                method("GRPCRoute uses regex in service and method with match type Exact",
                        "type: Exact, service: '.*', method: '.*'", SERVICE, METHOD),
                method("GRPCRoute uses regex in method with undefined match type", "method: '.*'", METHOD),
                method("GRPCRoute uses regex in service with match type Exact", "type: Exact, service: '.*'", SERVICE),
                method("GRPCRoute uses regex in service and method with match type RegularExpression",
                        "type: RegularExpression, service: '.*', method: '.*'"),
                method("GRPCRoute uses valid service and method with undefined match type",
                        "service: foo.Test.Example, method: Login"),
                method("GRPCRoute uses valid service and method with match type Exact",
                        "type: Exact, service: foo.Test.Example, method: Login"),
                method("GRPCRoute uses a valid service with a leading dot when match type is Exact",
                        "type: Exact, service: .foo.Test.Example"),
                grpcFilter("valid GRPCRouteFilterRequestHeaderModifier route filter",
                        "type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: name, value: foo}]}"),
                grpcFilter("invalid GRPCRouteFilterRequestHeaderModifier type filter with non-matching field",
                        "type: RequestHeaderModifier, requestMirror: {}",
                        "filter.requestHeaderModifier must be specified for RequestHeaderModifier filter.type",
                        "filter.requestMirror must be nil if the filter.type is not RequestMirror"),
                grpcFilter("invalid GRPCRouteFilterRequestHeaderModifier type filter with empty value field",
                        "type: RequestHeaderModifier",
                        "filter.requestHeaderModifier must be specified for RequestHeaderModifier filter.type"),
                grpcFilter("valid GRPCRouteFilterResponseHeaderModifier route filter",
                        "type: ResponseHeaderModifier, responseHeaderModifier: {set: [{name: name, value: foo}]}"),
                grpcFilter("invalid GRPCRouteFilterResponseHeaderModifier type filter with non-matching field",
                        "type: ResponseHeaderModifier, requestMirror: {}",
                        "filter.responseHeaderModifier must be specified for ResponseHeaderModifier filter.type",
                        "filter.requestMirror must be nil if the filter.type is not RequestMirror"),
                grpcFilter("invalid GRPCRouteFilterResponseHeaderModifier type filter with empty value field",
                        "type: ResponseHeaderModifier",
                        "filter.responseHeaderModifier must be specified for ResponseHeaderModifier filter.type"),
                grpcFilter("valid GRPCRouteFilterRequestMirror route filter",
                        "type: RequestMirror, requestMirror: {backendRef: {name: foo, port: 8080}}"),
                grpcFilter("invalid GRPCRouteFilterRequestMirror type filter with non-matching field",
                        "type: RequestMirror, requestHeaderModifier: {}",
                        "filter.requestHeaderModifier must be nil if the filter.type is not RequestHeaderModifier",
                        "filter.requestMirror must be specified for RequestMirror filter.type"),
                grpcFilter("invalid GRPCRouteFilterRequestMirror type filter with empty value field", "type: RequestMirror",
                        "filter.requestMirror must be specified for RequestMirror filter.type"),
                grpcFilter("valid GRPCRouteFilterExtensionRef filter",
                        "type: ExtensionRef, extensionRef: {group: group, kind: kind, name: name}"),
                grpcFilter("invalid GRPCRouteFilterExtensionRef type filter with non-matching field",
                        "type: ExtensionRef, requestMirror: {}",
                        "filter.requestMirror must be nil if the filter.type is not RequestMirror",
                        "filter.extensionRef must be specified for ExtensionRef filter.type"),
                grpcFilter("invalid GRPCRouteFilterExtensionRef type filter with empty value field", "type: ExtensionRef",
                        "filter.extensionRef must be specified for ExtensionRef filter.type"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grpcCases")
    void agrees_with_upstreams_grpc_cel_test_tables(Case c) throws IOException {
        agrees("GRPCRoute", c);
    }


    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agrees_with_upstreams_cel_test_table(Case c) throws IOException {
        agrees("HTTPRoute", c);
    }

    /** One case of {@code TestHTTPRouteParentRefStandard} ({@code tests/cel/httproute_standard_test.go}): the refs. */
    private static Case parents(String name, String refs, String... wantErrors) {
        return new Case(name, refs, List.of(wantErrors));
    }

    private static final String GW = "kind: Gateway, group: gateway.networking.k8s.io, ";
    private static final String SPECIFIED = "sectionName must be specified when parentRefs includes 2 or more references"
            + " to the same parent";
    private static final String UNIQUE = "sectionName must be unique when parentRefs includes 2 or more references to the"
            + " same parent";

    static List<Case> parentRefCases() {
        return List.of(
                parents("invalid because duplicate parent refs without section name",
                        "[{" + GW + "name: example}, {" + GW + "name: example}]", UNIQUE),
                parents("invalid because duplicate parent refs with only one section name",
                        "[{" + GW + "name: example}, {" + GW + "name: example, sectionName: foo}]", SPECIFIED),
                parents("invalid because duplicate parent refs with duplicate section names",
                        "[{" + GW + "name: example, sectionName: foo}, {" + GW + "name: example, sectionName: foo}]", UNIQUE),
                parents("valid single parentRef without sectionName", "[{" + GW + "name: example}]"),
                parents("valid single parentRef with sectionName", "[{" + GW + "name: example, sectionName: foo}]"),
                parents("valid because duplicate parent refs with different section names",
                        "[{" + GW + "name: example, sectionName: foo}, {" + GW + "name: example, sectionName: bar}]"),
                parents("valid because duplicate parent refs with different names",
                        "[{" + GW + "name: example, sectionName: foo}, {" + GW + "name: example2, sectionName: foo}]"),
                parents("valid because first parentRef has namespace while second doesn't",
                        "[{" + GW + "name: example, namespace: test}, {" + GW + "name: example}]"),
                parents("valid because second parentRef has namespace while first doesn't",
                        "[{" + GW + "name: example}, {" + GW + "name: example, namespace: test}]"));
    }

    private static final String TEST_SERVICE = "{name: test-service, port: 80}";
    private static final String PREFIX_FOO = "path: {type: ReplacePrefixMatch, replacePrefixMatch: foo}";
    private static final String TWO_MATCHES = "matches: [{path: {type: PathPrefix, value: /foo}}, {path: {type: PathPrefix, value: /bar}}]";
    private static final String REGEX_MATCH = "matches: [{path: {type: RegularExpression, value: /foo}}]";
    private static final String FOO_MATCH = "matches: [{path: {type: PathPrefix, value: /foo}}]";
    private static final String ONE_PREFIX = "exactly one PathPrefix match must be specified";

    /** One case of {@code TestHTTPRouteRule} or {@code TestGRPCRouteRule}: the whole {@code rules} list. */
    private static Case rules(String name, String rules, String... wantErrors) {
        return new Case(name, rules, List.of(wantErrors));
    }

    /** {@code n} rules of {@code m} copies of {@code match} each, as upstream's "too many matches" cases build them. */
    private static String many(int n, int m, String match) {
        String rule = "- matches: [" + String.join(", ", java.util.Collections.nCopies(m, match)) + "]\n";
        return rule.repeat(n);
    }

    static List<Case> httpRuleCases() {
        String mirror = "{type: RequestMirror, requestMirror: {backendRef: {name: test-service, port: 8081}}}";
        String ext = "{type: ExtensionRef, extensionRef: {kind: Service, name: test}}";
        return List.of(
                rules("valid httpRoute with no filters", "- matches: [{path: {type: PathPrefix, value: /}}]\n"
                        + "  backendRefs: [{name: test-service, port: 8080, weight: 100}]\n"),
                rules("valid httpRoute with 1 filter", "- matches: [{path: {type: PathPrefix, value: /}}]\n"
                        + "  filters: [" + mirror + "]\n"),
                rules("valid httpRoute with duplicate ExtensionRef filters", "- matches: [{path: {type: PathPrefix, value: /}}]\n"
                        + "  filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: special-header,"
                        + " value: foo}]}}, " + mirror.replace("8081", "8080") + ", " + ext + ", " + ext + ", " + ext + "]\n"),
                rules("valid redirect path modifier", "- filters: [{type: RequestRedirect, requestRedirect: {path: {type:"
                        + " ReplaceFullPath, replaceFullPath: foo}}}]\n"),
                rules("valid rewrite path modifier", "- matches: [{path: {type: PathPrefix, value: /bar}}]\n"
                        + "  filters: [{type: URLRewrite, urlRewrite: {" + PREFIX_FOO + "}}]\n"),
                rules("multiple actions for different request headers", "- filters: [{type: RequestHeaderModifier,"
                        + " requestHeaderModifier: {add: [{name: x-vegetable, value: carrot}, {name: x-grain, value: rye}],"
                        + " set: [{name: x-fruit, value: watermelon}, {name: x-spice, value: coriander}]}}]\n"),
                rules("multiple actions for different response headers", "- filters: [{type: ResponseHeaderModifier,"
                        + " responseHeaderModifier: {add: [{name: x-example, value: blueberry}], set: [{name: x-different,"
                        + " value: turnip}]}}]\n"),
                rules("backendref with request redirect httpRoute filter", "- filters: [{type: RequestRedirect,"
                        + " requestRedirect: {scheme: https, statusCode: 301}}]\n  backendRefs: [" + TEST_SERVICE + "]\n",
                        "RequestRedirect filter must not be used together with backendRefs"),
                rules("request redirect without backendref in httpRoute filter", "- filters: [{type: RequestRedirect,"
                        + " requestRedirect: {scheme: https, statusCode: 301}}]\n"),
                rules("backendref without request redirect filter", "- filters: [{type: RequestHeaderModifier,"
                        + " requestHeaderModifier: {set: [{name: name, value: foo}]}}]\n  backendRefs: [" + TEST_SERVICE + "]\n"),
                rules("backendref without any filter", "- backendRefs: [" + TEST_SERVICE + "]\n"),
                rules("valid use of URLRewrite filter", "- " + FOO_MATCH + "\n  filters: [{type: URLRewrite, urlRewrite: {"
                        + PREFIX_FOO + "}}]\n"),
                rules("invalid URLRewrite filter because too many path matches", "- " + TWO_MATCHES
                        + "\n  filters: [{type: URLRewrite, urlRewrite: {" + PREFIX_FOO + "}}]\n",
                        "When using URLRewrite filter with path.replacePrefixMatch, " + ONE_PREFIX),
                rules("invalid URLRewrite filter because wrong path match type", "- " + REGEX_MATCH
                        + "\n  filters: [{type: URLRewrite, urlRewrite: {" + PREFIX_FOO + "}}]\n",
                        "When using URLRewrite filter with path.replacePrefixMatch, " + ONE_PREFIX),
                rules("valid use of RequestRedirect filter", "- " + FOO_MATCH + "\n  filters: [{type: RequestRedirect,"
                        + " requestRedirect: {" + PREFIX_FOO + "}}]\n"),
                rules("invalid RequestRedirect filter because too many path matches", "- " + TWO_MATCHES
                        + "\n  filters: [{type: RequestRedirect, requestRedirect: {" + PREFIX_FOO + "}}]\n",
                        "When using RequestRedirect filter with path.replacePrefixMatch, " + ONE_PREFIX),
                rules("invalid RequestRedirect filter because path match has type RegularExpression", "- " + REGEX_MATCH
                        + "\n  filters: [{type: RequestRedirect, requestRedirect: {" + PREFIX_FOO + "}}]\n",
                        "When using RequestRedirect filter with path.replacePrefixMatch, " + ONE_PREFIX),
                rules("valid use of URLRewrite filter (within backendRefs)", "- " + FOO_MATCH + "\n  backendRefs:"
                        + " [{name: test-service, port: 80, filters: [{type: URLRewrite, urlRewrite: {" + PREFIX_FOO + "}}]}]\n"),
                rules("invalid URLRewrite filter (within backendRefs) because too many path matches", "- " + TWO_MATCHES
                        + "\n  backendRefs: [{name: test-service, port: 80, filters: [{type: URLRewrite, urlRewrite: {"
                        + PREFIX_FOO + "}}]}]\n",
                        "Within backendRefs, When using URLRewrite filter with path.replacePrefixMatch, " + ONE_PREFIX),
                rules("invalid URLRewrite filter (within backendRefs) because path match has type RegularExpression", "- "
                        + REGEX_MATCH + "\n  backendRefs: [{name: test-service, port: 80, filters: [{type: URLRewrite,"
                        + " urlRewrite: {" + PREFIX_FOO + "}}]}]\n",
                        "Within backendRefs, When using URLRewrite filter with path.replacePrefixMatch, " + ONE_PREFIX),
                rules("valid use of RequestRedirect filter (within backendRefs)", "- " + FOO_MATCH + "\n  backendRefs:"
                        + " [{name: test-service, port: 80, filters: [{type: RequestRedirect, requestRedirect: {"
                        + PREFIX_FOO + "}}]}]\n"),
                rules("invalid RequestRedirect filter (within backendRefs) because too many path matches", "- " + TWO_MATCHES
                        + "\n  backendRefs: [{name: test-service, port: 80, filters: [{type: RequestRedirect,"
                        + " requestRedirect: {" + PREFIX_FOO + "}}]}]\n",
                        "Within backendRefs, when using RequestRedirect filter with path.replacePrefixMatch, " + ONE_PREFIX),
                rules("invalid RequestRedirect filter (within backendRefs) because path match has type RegularExpression",
                        "- " + REGEX_MATCH + "\n  backendRefs: [{name: test-service, port: 80, filters: [{type:"
                        + " RequestRedirect, requestRedirect: {" + PREFIX_FOO + "}}]}]\n",
                        "Within backendRefs, when using RequestRedirect filter with path.replacePrefixMatch, " + ONE_PREFIX),
                rules("rewrite and redirect filters combined (invalid)", "- filters: [{type: URLRewrite, urlRewrite: {"
                        + PREFIX_FOO + "}}, {type: RequestRedirect, requestRedirect: {" + PREFIX_FOO + "}}]\n",
                        "May specify either httpRouteFilterRequestRedirect or httpRouteFilterRequestRewrite, but not both"),
                rules("invalid because repeated URLRewrite filter", "- matches: [{path: {type: PathPrefix, value: /}}]\n"
                        + "  filters: [{type: URLRewrite, urlRewrite: {" + PREFIX_FOO + "}}, {type: URLRewrite, urlRewrite:"
                        + " {path: {type: ReplacePrefixMatch, replacePrefixMatch: bar}}}]\n",
                        "URLRewrite filter cannot be repeated"),
                rules("invalid because repeated RequestHeaderModifier filter among mix of filters",
                        "- matches: [{path: {type: PathPrefix, value: /}}]\n  filters: [{type: RequestHeaderModifier,"
                        + " requestHeaderModifier: {set: [{name: special-header, value: foo}]}}, "
                        + mirror.replace("8081", "8080") + ", {type: RequestHeaderModifier, requestHeaderModifier: {add:"
                        + " [{name: my-header, value: bar}]}}]\n",
                        "RequestHeaderModifier filter cannot be repeated"),
                rules("invalid because multiple filters are repeated", "- matches: [{path: {type: PathPrefix, value: /}}]\n"
                        + "  filters: [{type: ResponseHeaderModifier, responseHeaderModifier: {set: [{name: special-header,"
                        + " value: foo}]}}, {type: ResponseHeaderModifier, responseHeaderModifier: {add: [{name: my-header,"
                        + " value: bar}]}}, {type: RequestRedirect, requestRedirect: {path: {type: ReplaceFullPath,"
                        + " replaceFullPath: foo}}}, {type: RequestRedirect, requestRedirect: {path: {type: ReplaceFullPath,"
                        + " replaceFullPath: bar}}}, {type: CORS, cors: {allowOrigins: ['http://foo.example.com']}},"
                        + " {type: CORS, cors: {allowOrigins: ['http://bar.example.com']}}]\n",
                        "CORS filter cannot be repeated", "ResponseHeaderModifier filter cannot be repeated",
                        "RequestRedirect filter cannot be repeated"),
                rules("too many matches and rules", many(7, 20, "{path: {type: PathPrefix, value: /}}"),
                        "total number of matches across all rules in a route must be less than 128"),
                rules("many matches and few rules", many(2, 48, "{path: {type: PathPrefix, value: /}}")));
    }

    static List<Case> grpcRuleCases() {
        String match = "{headers: [{type: Exact, name: version, value: v1}], method: {type: Exact, service: foo, method: bar}}";
        return List.of(
                rules("valid GRPCRoute with no filters", "- matches: [{method: {type: Exact, service: helloworld.Greeter}}]\n"
                        + "  backendRefs: [{name: test-service, port: 8080, weight: 100}]\n"),
                rules("valid GRPCRoute with only Method specified", "- matches: [{method: {type: Exact, method: SayHello}}]\n"
                        + "  backendRefs: [{name: test-service, port: 8080, weight: 100}]\n"),
                rules("invalid because multiple filters are repeated", "- matches: [{method: {type: Exact, service:"
                        + " helloworld.Greeter}}]\n  filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set:"
                        + " [{name: special-header, value: foo}]}}, {type: RequestHeaderModifier, requestHeaderModifier:"
                        + " {add: [{name: my-header, value: bar}]}}, {type: ResponseHeaderModifier, responseHeaderModifier:"
                        + " {set: [{name: special-header, value: foo}]}}, {type: ResponseHeaderModifier,"
                        + " responseHeaderModifier: {add: [{name: my-header, value: bar}]}}]\n",
                        "RequestHeaderModifier filter cannot be repeated", "ResponseHeaderModifier filter cannot be repeated"),
                rules("too many matches and rules", many(7, 20, match),
                        "total number of matches across all rules in a route must be less than 128"),
                rules("many matches and few rules", many(2, 48, match)));
    }

    private static final String TIMEOUT_PATTERN = "spec.rules[0].timeouts.request in body should match"
            + " '^([0-9]{1,5}(h|m|s|ms)){1,4}$'";

    /**
     * {@code TestHTTPRouteTimeouts} ({@code httproute_experimental_test.go}): the field and its rules are in the standard
     * channel of v1.6.1 too. The pattern cases are the schema's bounds, the last one the CEL rule.
     */
    static List<Case> timeoutCases() {
        return List.of(
                rules("invalid timeout unit us is not supported", "- timeouts: {request: 100us}\n",
                        "Invalid value: \"100us\": " + TIMEOUT_PATTERN),
                rules("invalid timeout unit ns is not supported", "- timeouts: {request: 500ns}\n",
                        "Invalid value: \"500ns\": " + TIMEOUT_PATTERN),
                rules("valid timeout request and backendRequest", "- timeouts: {request: 4s, backendRequest: 2s}\n"),
                rules("valid timeout request", "- timeouts: {request: 0s}\n"),
                rules("invalid timeout request day unit not supported", "- timeouts: {request: 1d}\n",
                        "Invalid value: \"1d\": " + TIMEOUT_PATTERN),
                rules("invalid timeout request decimal not supported ", "- timeouts: {request: 0.5s}\n",
                        "Invalid value: \"0.5s\": " + TIMEOUT_PATTERN),
                rules("valid timeout request infinite greater than backendRequest 1ms",
                        "- timeouts: {request: 0s, backendRequest: 1ms}\n"),
                rules("valid timeout request 1s greater than backendRequest 200ms",
                        "- timeouts: {request: 1s, backendRequest: 200ms}\n"),
                rules("valid timeout request 10s equal backendRequest 10s", "- timeouts: {request: 10s, backendRequest: 10s}\n"),
                rules("invalid timeout request 200ms less than backendRequest 1s",
                        "- timeouts: {request: 200ms, backendRequest: 1s}\n",
                        "backendRequest timeout cannot be longer than request timeout"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timeoutCases")
    void agrees_with_upstreams_timeout_table(Case c) throws IOException {
        agreesAsUpstream("HTTPRoute", c);
    }

    private static final String ORIGIN = "spec.rules[0].filters[0].cors.allowOrigins[0] in body should match";

    private static Case cors(String name, String cors, String... wantErrors) {
        return rules(name, "- filters: [{type: CORS, cors: {" + cors + "}}]\n", wantErrors);
    }

    private static Case badOrigin(String name, String origin) {
        return cors(name, "allowOrigins: ['" + origin + "']", "Invalid value: \"" + origin + "\": " + ORIGIN);
    }

    /** {@code TestHTTPRouteCORS} ({@code httproute_test.go}): the CEL rules, the origin pattern and the method enum. */
    static List<Case> corsCases() {
        return List.of(
                cors("Valid cors should be accepted", "allowOrigins: ['https://xpto.com', 'http://*.abcd.com',"
                        + " 'http://*.abcd.com:12345', 'https://*:443', 'https://*']"),
                cors("Using wildcard only is accepted", "allowOrigins: ['*']"),
                cors("Wildcard and other hosts on the same origin list should be denied",
                        "allowOrigins: ['*', 'https://xpto.com']", "AllowOrigins cannot contain '*' alongside other origins"),
                cors("An origin without the format scheme://host should be denied", "allowOrigins: ['https://xpto.com',"
                        + " 'xpto.com']", "Invalid value: \"xpto.com\": spec.rules[0].filters[0].cors.allowOrigins[1] in body"
                        + " should match"),
                cors("An origin as http://*.com should be accepted", "allowOrigins: ['https://*.com']"),
                badOrigin("An origin with an invalid port should be denied", "https://xpto.com:notaport"),
                cors("An origin with a value before the scheme definition should be denied",
                        "allowOrigins: ['xpto/https://xpto.com']", "Invalid value: \"xpto/https://xpto.com\""),
                badOrigin("invalid-origin-with-six-digit-port", "http://www.example.com:111111"),
                badOrigin("invalid-origin-with-empty-port", "http://www.example.com:"),
                badOrigin("invalid-origin-with-non-empty-path", "http://www.example.com/cart"),
                badOrigin("invalid-origin-with-non-http-https-scheme", "spiffe://www.example.com"),
                badOrigin("invalid-origin-with-wildcard-as-label-prefix", "http://*bar.com"),
                badOrigin("invalid-origin-with-wildcard-as-label-sufix", "http://bar*.com"),
                badOrigin("invalid-origin-with-wildcard-as-label", "http://bar.*.com"),
                badOrigin("invalid-origin-with-wildcard-as-hostname-prefix", "http://*bar"),
                badOrigin("invalid-origin-with-wildcard-as-hostname-sufix", "http://bar*"),
                badOrigin("invalid-origin-with-multiple-wildcards", "http://*.bar.*.dev"),
                cors("Using an invalid HTTP method should be denied", "allowMethods: [BAZINGA]",
                        "Unsupported value: \"BAZINGA\""),
                cors("Using wildcard and a valid method should be denied", "allowMethods: [GET, '*', POST]",
                        "AllowMethods cannot contain '*' alongside other methods"),
                cors("Using an array of valid methods should be accepted", "allowMethods: [GET, OPTIONS, POST]"),
                // TestHTTPBackendRef
                rules("invalid because repeated URLRewrite and CORS filters within backendRefs",
                        "- matches: [{path: {type: PathPrefix, value: /}}]\n  backendRefs: [{name: test-service, port: 80,"
                        + " filters: [{type: URLRewrite, urlRewrite: {" + PREFIX_FOO + "}}, {type: URLRewrite, urlRewrite:"
                        + " {path: {type: ReplacePrefixMatch, replacePrefixMatch: bar}}}, {type: CORS, cors: {allowOrigins:"
                        + " ['http://foo.example.com']}}, {type: CORS, cors: {allowOrigins: ['http://bar.example.com']}}]}]\n",
                        "CORS filter cannot be repeated", "URLRewrite filter cannot be repeated"));
    }

    private static Case mirror(String name, String share, String... wantErrors) {
        return rules(name, "- filters: [{type: RequestMirror, requestMirror: {backendRef: {name: test-service, port: 8081}"
                + share + "}}]\n", wantErrors);
    }

    /**
     * {@code TestHTTPRequestMirrorFilterExperimental} ({@code httproute_experimental_test.go}): the percent and the
     * fraction are in the standard channel of v1.6.1 too.
     */
    static List<Case> mirrorCases() {
        return List.of(
                mirror("HTTPRoute - Invalid because both percent and fraction are specified",
                        ", percent: 42, fraction: {numerator: 83, denominator: 1000}",
                        "Only one of percent or fraction may be specified in HTTPRequestMirrorFilter"),
                mirror("HTTPRoute - Invalid fraction - numerator greater than denominator",
                        ", fraction: {numerator: 1001, denominator: 1000}", "numerator must be less than or equal to denominator"),
                mirror("HTTPRoute - Invalid fraction - denominator is 0", ", fraction: {numerator: 0, denominator: 0}",
                        "spec.rules[0].filters[0].requestMirror.fraction.denominator in body should be greater than or equal to 1"),
                mirror("HTTPRoute - Invalid fraction - numerator is negative", ", fraction: {numerator: -1, denominator: 1000}",
                        "spec.rules[0].filters[0].requestMirror.fraction.numerator in body should be greater than or equal to 0"),
                mirror("HTTPRoute - Valid with percent", ", percent: 42"),
                mirror("HTTPRoute - Valid with fraction", ", fraction: {numerator: 83, denominator: 1000}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corsCases")
    void agrees_with_upstreams_cors_table(Case c) throws IOException {
        agreesAsUpstream("HTTPRoute", c, "api.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mirrorCases")
    void agrees_with_upstreams_mirror_table(Case c) throws IOException {
        agreesAsUpstream("HTTPRoute", c);
    }

    @org.junit.jupiter.api.Test
    void durations_are_read_as_go_and_cel_read_them() {
        tools.jackson.databind.ObjectMapper json = new tools.jackson.databind.ObjectMapper();
        assertThat(GatewayApiCel.duration(json.getNodeFactory().stringNode("1h30m"))).contains(new java.math.BigDecimal("5400000000000"));
        assertThat(GatewayApiCel.duration(json.getNodeFactory().stringNode("1.5s"))).contains(new java.math.BigDecimal("1500000000.0"));
        assertThat(GatewayApiCel.duration(json.getNodeFactory().stringNode("250ms"))).contains(new java.math.BigDecimal("250000000"));
        assertThat(GatewayApiCel.duration(json.getNodeFactory().stringNode("1d"))).isEmpty();
        assertThat(GatewayApiCel.duration(json.getNodeFactory().stringNode("10s x"))).isEmpty();
        assertThat(GatewayApiCel.duration(json.getNodeFactory().stringNode(""))).isEmpty();
        assertThat(GatewayApiCel.duration(json.getNodeFactory().numberNode(5))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("httpRuleCases")
    void agrees_with_upstreams_http_route_rule_table(Case c) throws IOException {
        agreesAsUpstream("HTTPRoute", c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grpcRuleCases")
    void agrees_with_upstreams_grpc_route_rule_table(Case c) throws IOException {
        agreesAsUpstream("GRPCRoute", c);
    }

    /**
     * Upstream's own comparison, {@code strings.Contains(err, want)}, applied to each finding's message after its
     * {@code line N: } prefix: some of the CRD's messages start with a clause upstream's tables leave out ("While 16
     * rules and 64 matches per rule are allowed, the total number …").
     */
    private void agreesAsUpstream(String kind, Case c) throws IOException {
        agreesAsUpstream(kind, c, "api.invalid");
    }

    /** As above, over the findings of the rules whose ids start with {@code rules} ({@code api.} for every refusal). */
    private void agreesAsUpstream(String kind, Case c, String rules) throws IOException {
        String yaml = route(kind, "  rules:\n" + c.rule().indent(2));
        List<String> found = Shipshape.check(write("route.yaml", yaml)).stream()
                .filter(v -> v.rule().startsWith(rules) && v.isError())
                .map(v -> v.message().substring(v.message().indexOf(": ") + 2))
                .toList();
        assertThat(found.isEmpty()).as("%s: %s%n%s", c.name(), found, yaml).isEqualTo(c.wantErrors().isEmpty());
        for (String want : c.wantErrors()) {
            assertThat(found).as(c.name()).anyMatch(m -> m.contains(want));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parentRefCases")
    void agrees_with_upstreams_parent_ref_table(Case c) throws IOException {
        agrees("HTTPRoute", c, "  parentRefs: " + c.rule() + "\n  rules: [{backendRefs: [{name: test, port: 8080}]}]\n");
        agrees("GRPCRoute", c, "  parentRefs: " + c.rule() + "\n  rules: [{backendRefs: [{name: test, port: 8080}]}]\n");
    }

    private void agrees(String kind, Case c) throws IOException {
        agrees(kind, c, "  rules:\n" + c.rule().indent(2));
    }

    /** A route of {@code kind} named foo in namespace default, as upstream's tables make them, with {@code spec}. */
    private static String route(String kind, String spec) {
        return """
                apiVersion: gateway.networking.k8s.io/v1
                kind: %s
                metadata: {name: foo, namespace: default}
                spec:
                """.formatted(kind) + spec;
    }

    private void agrees(String kind, Case c, String spec) throws IOException {
        String yaml = route(kind, spec);
        List<String> found = Shipshape.check(write("route.yaml", yaml)).stream()
                .filter(v -> v.rule().equals("api.invalid")).map(Violation::message).toList();
        // upstream's own check (validateHTTPRoute, validateGRPCRoute): an error exactly when some are wanted, and
        // each wanted message among them (the API server may say more, as for a path modifier with both fields wrong)
        assertThat(found.isEmpty()).as("%s: %s%n%s", c.name(), found, yaml).isEqualTo(c.wantErrors().isEmpty());
        for (String want : c.wantErrors()) {
            assertThat(found).as(c.name()).anyMatch(m -> m.contains(": " + want));
        }
    }

    /** Beyond the tables: the same rules in a mirror's backend and in a backend's own filters, at their paths. */
    @org.junit.jupiter.api.Test
    void mirror_backends_and_backend_filters_are_held_to_the_same_rules() throws IOException {
        List<Violation> found = Shipshape.check(write("route.yaml", """
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {name: foo}
                spec:
                  rules:
                  - filters:
                    - {type: RequestMirror, requestMirror: {backendRef: {name: shadow}}}
                    backendRefs:
                    - name: test
                      port: 8080
                      filters: [{type: RequestHeaderModifier}]
                """)).stream().filter(v -> v.rule().equals("api.invalid")).toList();
        assertThat(found).extracting(v -> v.path().substring(v.path().indexOf("spec.")) + " | " + v.message())
                .containsExactlyInAnyOrder(
                        "spec.rules[0].filters[0].requestMirror.backendRef | line 7: Must have port for Service reference;"
                                + " the API server refuses the HTTPRoute (a CEL rule of the Gateway API's CRD).",
                        "spec.rules[0].backendRefs[0].filters[0] | line 11: filter.requestHeaderModifier must be specified"
                                + " for RequestHeaderModifier filter.type; the API server refuses the HTTPRoute (a CEL rule"
                                + " of the Gateway API's CRD).");
    }

    @org.junit.jupiter.api.Test
    void a_grpc_route_has_the_filter_rules_of_its_four_filter_types() throws IOException {
        List<Violation> found = Shipshape.check(write("grpc.yaml", """
                apiVersion: gateway.networking.k8s.io/v1
                kind: GRPCRoute
                metadata: {name: cart}
                spec:
                  rules:
                  - filters:
                    - {type: RequestHeaderModifier, cors: {}}
                    backendRefs: [{name: cart}]
                """)).stream().filter(v -> v.rule().equals("api.invalid")).toList();
        // cors is no field of a GRPCRoute filter (api.field-unknown says so), so no "must be nil" for it
        assertThat(found).extracting(Violation::message).containsExactlyInAnyOrder(
                "line 7: filter.requestHeaderModifier must be specified for RequestHeaderModifier filter.type; the API"
                        + " server refuses the GRPCRoute (a CEL rule of the Gateway API's CRD).",
                "line 8: Must have port for Service reference; the API server refuses the GRPCRoute (a CEL rule of the"
                        + " Gateway API's CRD).");
    }
}
