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
}
