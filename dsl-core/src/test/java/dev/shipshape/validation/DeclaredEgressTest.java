package dev.shipshape.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import org.junit.jupiter.api.Test;

/** Declared egress ({@code egressTo}) is let through by the rendered policy, and a customization that blocks it is named. */
class DeclaredEgressTest {

    private static void dropAddressRules(NetworkPolicy p) {
        p.getSpec().getEgress().removeIf(rule -> rule.getTo() != null && rule.getTo().stream().anyMatch(peer -> peer.getIpBlock() != null));
    }

    @Test
    void declared_egress_passes_and_blocking_it_is_reported_with_the_address_and_port_tried() {
        Fixture f = new Fixture();
        f.web.egressTo("10.20.0.0/16", 5432, 5433);
        assertThat(f.violations()).isEmpty();
        f.web.customize(NetworkPolicy.class, DeclaredEgressTest::dropAddressRules);
        Violation v = f.only("network.reference-blocked");
        assertThat(v.path()).isEqualTo("shop/webService:web/egress:10.20.0.0/16");
        assertThat(v.message()).isEqualTo("web declares egress to 10.20.0.0/16, but the NetworkPolicies block it (tried"
                + " 10.20.0.0 port 5432).");
        assertThat(v.fix()).isEqualTo("keep the workload's NetworkPolicy as Shipshape renders it (a customization removed or"
                + " narrowed it).");
        Fixture any = new Fixture();
        any.web.egressTo("0.0.0.0/0");
        assertThat(any.violations()).isEmpty();
        any.web.customize(NetworkPolicy.class, DeclaredEgressTest::dropAddressRules);
        assertThat(any.only("network.reference-blocked").message()).endsWith("(tried 0.0.0.0 port 443).");
    }
}
