package dev.shipshape.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GatewayApiSchemasTest {

    @Test
    void the_release_has_the_standard_kinds_with_their_served_versions() {
        GatewayApiSchemas.Definition route = GatewayApiSchemas.find("gateway.networking.k8s.io", "HTTPRoute").orElseThrow();
        assertThat(route.versions()).containsExactly("v1", "v1beta1");
        assertThat(route.served()).containsExactly("v1", "v1beta1");
        assertThat(route.schema("v1")).get().satisfies(s -> assertThat(s.path("properties").has("spec")).isTrue());
        // a version the CRD lists but does not serve has no schema to check against
        GatewayApiSchemas.Definition tls = GatewayApiSchemas.find("gateway.networking.k8s.io", "TLSRoute").orElseThrow();
        assertThat(tls.versions()).contains("v1alpha2");
        assertThat(tls.served()).doesNotContain("v1alpha2");
        assertThat(tls.schema("v1alpha2")).isEmpty();
        assertThat(route.schema("v2")).isEmpty();
        assertThat(GatewayApiSchemas.find("gateway.networking.k8s.io", "GRPCRoute")).isPresent();
        assertThat(GatewayApiSchemas.find("gateway.networking.k8s.io", "Ingress")).isEmpty();
        assertThat(GatewayApiSchemas.find("networking.k8s.io", "HTTPRoute")).isEmpty();
    }

    @Test
    void descriptions_are_trimmed_and_the_cel_rules_kept() {
        String schema = GatewayApiSchemas.find("gateway.networking.k8s.io", "Gateway").orElseThrow().schema("v1")
                .orElseThrow().toString();
        assertThat(schema).doesNotContain("\"description\":\"");
        assertThat(schema).contains("x-kubernetes-validations");
    }
}
