package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import org.junit.jupiter.api.Test;

/** The tests of {@link NetworkReferenceBlocked}: where it fires, where it does not, and what it says. */
class NetworkReferenceBlockedTest {

    @Test
    void a_policy_a_customization_narrows_blocks_a_reference() {
        Fixture f = new Fixture();
        f.store.customize(NetworkPolicy.class, p -> p.getSpec().getIngress().get(0).getFrom().get(0).getPodSelector()
                .getMatchLabels().put("app.kubernetes.io/name", "someone-else"));
        Violation v = f.only("network.reference-blocked");
        assertThat(v.path()).isEqualTo("shop/webService:web/store:db");
        assertThat(v.message()).contains("web reads the host of db, but the NetworkPolicies block it on port 5432 (ingress of db)");
        Fixture dns = new Fixture();
        dns.app.customize(NetworkPolicy.class, p -> {
            if (p.getMetadata().getName().equals("allow-dns")) {
                p.getSpec().getEgress().get(0).getPorts().forEach(port -> port.setPort(new io.fabric8.kubernetes.api.model.IntOrString(5353)));
            }
        });
        assertThat(dns.violations()).extracting(Violation::rule, Violation::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("network.reference-blocked", "shop/statefulStore:db"),
                org.assertj.core.groups.Tuple.tuple("network.reference-blocked", "shop/webService:web"));
        Fixture moved = new Fixture();
        moved.web.customize(NetworkPolicy.class, p -> p.getSpec().getIngress().get(0).getFrom().get(0).getNamespaceSelector()
                .getMatchLabels().put("kubernetes.io/metadata.name", "traefik"));
        Violation c = moved.only("network.reference-blocked");
        assertThat(c.message()).contains("keep the ingress controller (namespace ingress-nginx) from web on port 8080");
        assertThat(c.fix()).contains("app.ingressControllerNamespace(");
    }

    private static void dropAddressRules(NetworkPolicy p) {
        p.getSpec().getEgress().removeIf(rule -> rule.getTo() != null && rule.getTo().stream().anyMatch(peer -> peer.getIpBlock() != null));
    }

    @Test
    void declared_egress_passes_and_blocking_it_is_reported_with_the_address_and_port_tried() {
        Fixture f = new Fixture();
        f.web.egressTo("10.20.0.0/16", 5432, 5433);
        assertThat(f.violations()).isEmpty();
        f.web.customize(NetworkPolicy.class, NetworkReferenceBlockedTest::dropAddressRules);
        Violation v = f.only("network.reference-blocked");
        assertThat(v.path()).isEqualTo("shop/webService:web/egress:10.20.0.0/16");
        assertThat(v.message()).isEqualTo("web declares egress to 10.20.0.0/16, but the NetworkPolicies block it (tried"
                + " 10.20.0.0 port 5432).");
        assertThat(v.fix()).isEqualTo("keep the workload's NetworkPolicy as Shipshape renders it (a customization removed or"
                + " narrowed it).");
        Fixture any = new Fixture();
        any.web.egressTo("0.0.0.0/0");
        assertThat(any.violations()).isEmpty();
        any.web.customize(NetworkPolicy.class, NetworkReferenceBlockedTest::dropAddressRules);
        assertThat(any.only("network.reference-blocked").message()).endsWith("(tried 0.0.0.0 port 443).");
    }

    @Test
    void endpoint_calls_pass_as_rendered_and_a_customization_that_narrows_them_is_reported_at_the_use() {
        Fixture f = new Fixture();
        var api = f.app.webService("api", "my-repo/api:1" + Fixture.DIGEST).replicas(2).port("grpc", 9000, 50051)
                .resources(Fixture.resources()).readinessProbe(dev.shipshape.model.Probe.grpc("grpc"));
        f.web.env("API", api.endpoint("grpc")).env("PAYMENTS", dev.shipshape.dsl.Shipshape.serviceIn("payments", "api", 443));
        assertThat(f.violations()).isEmpty();
        api.customize(NetworkPolicy.class, p -> p.getSpec().getIngress().forEach(rule -> rule.getPorts()
                .forEach(port -> port.setPort(new io.fabric8.kubernetes.api.model.IntOrString(9001)))));
        f.web.customize(NetworkPolicy.class, p -> p.getSpec().getEgress().removeIf(rule -> rule.getTo() != null
                && rule.getTo().stream().anyMatch(peer -> peer.getNamespaceSelector() != null && "payments".equals(
                peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name")))));
        assertThat(f.violations()).extracting(Violation::rule, Violation::path, Violation::message).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("network.reference-blocked", "shop/webService:web/container:web/env:API",
                        "web calls api (container:web/env:API), but the NetworkPolicies block it on port 9000 (ingress of api)."),
                org.assertj.core.groups.Tuple.tuple("network.reference-blocked", "shop/webService:web/container:web/env:PAYMENTS",
                        "web calls api.payments.svc:443 in namespace payments (container:web/env:PAYMENTS), but the NetworkPolicies block"
                                + " its egress there on port 443."));
    }

    private static final String CALLER_AND_CATALOG = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: checkout, namespace: shop}
            spec:
              selector: {matchLabels: {app: checkout}}
              template:
                metadata: {labels: {app: checkout}}
                spec:
                  containers:
                  - name: checkout
                    image: my-repo/checkout:1
                    env:
                    - {name: CATALOG_ADDR, value: "catalog:3550"}
                    - {name: DOCS, value: "see the catalog page"}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: catalog, namespace: shop}
            spec:
              selector: {matchLabels: {app: catalog}}
              template:
                metadata: {labels: {app: catalog}}
                spec:
                  containers:
                  - name: catalog
                    image: my-repo/catalog:1
                    ports: [{name: grpc, containerPort: 8080}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: catalog, namespace: shop}
            spec:
              selector: {app: catalog}
              ports: [{name: grpc, port: 3550, targetPort: grpc}]
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: default-deny, namespace: shop}
            spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: checkout-out, namespace: shop}
            spec:
              podSelector: {matchLabels: {app: checkout}}
              policyTypes: [Egress]
              egress: [{to: [{podSelector: {matchLabels: {app: catalog}}}], ports: [{port: 8080}]}]
            """;

    @Test
    void in_yaml_a_literal_address_is_reported_only_where_the_policies_block_the_call(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws java.io.IOException {
        java.nio.file.Path blocked = java.nio.file.Files.writeString(tmp.resolve("blocked.yaml"), CALLER_AND_CATALOG);
        java.util.List<Violation> v = dev.shipshape.dsl.Shipshape.check(blocked).stream()
                .filter(x -> x.rule().equals("network.reference-blocked")).toList();
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo(blocked + "#L1/Deployment:checkout/container:checkout/env:CATALOG_ADDR");
            assertThat(x.message()).isEqualTo("container checkout of Deployment/checkout calls Service catalog"
                    + " ('catalog:3550' in env var CATALOG_ADDR), but the NetworkPolicies block it on port 8080 (ingress of"
                    + " Deployment/catalog, decided by default-deny).");
            assertThat(x.fix()).isEqualTo("allow the call in a NetworkPolicy (an ingress rule on catalog from checkout on port"
                    + " 8080), or stop calling the Service.");
        });
        java.nio.file.Path allowed = java.nio.file.Files.writeString(tmp.resolve("allowed.yaml"), CALLER_AND_CATALOG + """
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: catalog-in, namespace: shop}
                spec:
                  podSelector: {matchLabels: {app: catalog}}
                  policyTypes: [Ingress]
                  ingress: [{from: [{podSelector: {matchLabels: {app: checkout}}}], ports: [{port: grpc}]}]
                """);
        assertThat(dev.shipshape.dsl.Shipshape.check(allowed)).extracting(Violation::rule).doesNotContain("network.reference-blocked");
        java.nio.file.Path open = java.nio.file.Files.writeString(tmp.resolve("open.yaml"),
                CALLER_AND_CATALOG.substring(0, CALLER_AND_CATALOG.indexOf("---\napiVersion: networking.k8s.io/v1")));
        assertThat(dev.shipshape.dsl.Shipshape.check(open)).extracting(Violation::rule).doesNotContain("network.reference-blocked");
    }
}
