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
 * {@code tests/cel/httproute_test.go} of kubernetes-sigs/gateway-api v1.6.1 (commit 8bb74df, Apache License 2.0,
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

    private static Case filter(String name, String filter, String... wantErrors) {
        return new Case(name, "- filters: [{" + filter + "}]\n  backendRefs: [{name: test, port: 8080}]\n",
                List.of(wantErrors));
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

    private static Case grpcFilter(String name, String filter, String... wantErrors) {
        return new Case(name, "- filters: [{" + filter + "}]\n  backendRefs: [{name: test, port: 8080}]\n",
                List.of(wantErrors));
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

    private void agrees(String kind, Case c) throws IOException {
        String yaml = """
                apiVersion: gateway.networking.k8s.io/v1
                kind: %s
                metadata: {name: foo, namespace: default}
                spec:
                  rules:
                """.formatted(kind) + c.rule().indent(2);
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
