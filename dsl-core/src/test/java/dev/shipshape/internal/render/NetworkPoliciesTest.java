package dev.shipshape.internal.render;

import static dev.shipshape.internal.render.Rendering.IMAGE;
import static dev.shipshape.internal.render.Rendering.SMALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.StatefulStore;
import dev.shipshape.dsl.WebService;
import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.objects.Origin;
import dev.shipshape.units.Storage;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@link NetworkPolicies} renders: default deny, DNS, and the allow rules of each workload's typed edges. */
class NetworkPoliciesTest {

    private final App app = Shipshape.app("shop").namespace("shop");

    private List<Item> render() {
        Rendering r = Rendering.of(app);
        NetworkPolicies.render(r.context());
        return r.context().items();
    }

    private static NetworkPolicy policy(List<Item> items, String name) {
        return items.stream().map(Item::object).filter(o -> o.getMetadata().getName().equals(name))
                .map(NetworkPolicy.class::cast).findFirst().orElseThrow();
    }

    /** The port numbers; none when the list was left out (rendered objects drop their empty lists). */
    private static List<Integer> ports(List<NetworkPolicyPort> ports) {
        return ports == null ? List.of() : ports.stream().map(p -> p.getPort().getIntVal()).toList();
    }

    @Test
    void an_app_without_workloads_has_no_policies() {
        app.config("c").entry("a", "1");
        assertThat(render()).isEmpty();
    }

    @Test
    void every_app_with_workloads_denies_by_default_and_allows_dns_to_kube_dns() {
        app.worker("w", IMAGE).resources(SMALL);
        List<Item> items = render();
        assertThat(items).extracting(Item::name).containsExactly("default-deny", "allow-dns");
        assertThat(items).extracting(Item::origin).allSatisfy(o -> assertThat(((Origin.Rendered) o).component()).isEmpty());
        NetworkPolicy deny = policy(items, "default-deny");
        assertThat(deny.getSpec().getPodSelector().getMatchLabels()).containsExactlyEntriesOf(Map.of("app.kubernetes.io/part-of", "shop"));
        assertThat(deny.getSpec().getPolicyTypes()).containsExactly("Ingress", "Egress");
        assertThat(deny.getSpec().getIngress()).isNullOrEmpty();
        assertThat(deny.getSpec().getEgress()).isNullOrEmpty();
        NetworkPolicy dns = policy(items, "allow-dns");
        assertThat(dns.getSpec().getPolicyTypes()).containsExactly("Egress");
        var rule = dns.getSpec().getEgress().get(0);
        assertThat(rule.getPorts()).extracting(NetworkPolicyPort::getProtocol, p -> p.getPort().getIntVal())
                .containsExactly(tuple("UDP", 53), tuple("TCP", 53));
        assertThat(rule.getTo().get(0).getNamespaceSelector().getMatchLabels())
                .containsExactlyEntriesOf(Map.of("kubernetes.io/metadata.name", "kube-system"));
        assertThat(rule.getTo().get(0).getPodSelector().getMatchLabels()).containsExactlyEntriesOf(Map.of("k8s-app", "kube-dns"));
    }

    @Test
    void routed_ports_admit_the_ingress_controller_and_a_store_admits_the_clients_that_read_its_host() {
        StatefulStore db = app.statefulStore("db", IMAGE).port("pg", 5432).port("metrics", 9187).resources(SMALL)
                .volume("data", "/data", Storage.gibibytes(1));
        WebService web = app.webService("web", IMAGE).port("http", 8080, 80).port("admin", 9000).resources(SMALL)
                .env("DB", db.primaryHost());
        app.ingress("web").route("/", web);
        app.ingressControllerNamespace("traefik").ingressControllerPods("app.kubernetes.io/name", "traefik");
        List<Item> items = render();
        assertThat(items).extracting(Item::name).containsExactly("default-deny", "allow-dns", "db", "web");
        NetworkPolicy webPolicy = policy(items, "web");
        assertThat(webPolicy.getSpec().getPolicyTypes()).containsExactly("Ingress", "Egress");
        var fromController = webPolicy.getSpec().getIngress().get(0);
        assertThat(ports(fromController.getPorts())).containsExactly(8080);
        assertThat(fromController.getFrom().get(0).getNamespaceSelector().getMatchLabels())
                .containsExactlyEntriesOf(Map.of("kubernetes.io/metadata.name", "traefik"));
        assertThat(fromController.getFrom().get(0).getPodSelector().getMatchLabels())
                .containsExactlyEntriesOf(Map.of("app.kubernetes.io/name", "traefik"));
        var toDb = webPolicy.getSpec().getEgress().get(0);
        assertThat(ports(toDb.getPorts())).containsExactly(5432, 9187);
        assertThat(toDb.getTo().get(0).getPodSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", "db");
        NetworkPolicy dbPolicy = policy(items, "db");
        assertThat(dbPolicy.getSpec().getPolicyTypes()).containsExactly("Ingress");
        assertThat(ports(dbPolicy.getSpec().getIngress().get(0).getPorts())).containsExactly(5432, 9187);
        assertThat(dbPolicy.getSpec().getIngress().get(0).getFrom().get(0).getPodSelector().getMatchLabels())
                .containsEntry("app.kubernetes.io/name", "web");
        assertThat(((Origin.Rendered) items.get(3).origin()).component()).contains(web.id());
    }

    @Test
    void declared_egress_is_tcp_to_its_ports_or_everything_without_ports_and_the_controller_namespace_alone_by_default() {
        WebService web = app.webService("web", IMAGE).port("http", 8080).resources(SMALL)
                .egressTo("10.0.0.0/8", 5432, 5433).egressTo("0.0.0.0/0");
        app.ingress("web").route("/", web);
        NetworkPolicy p = policy(render(), "web");
        assertThat(p.getSpec().getIngress().get(0).getFrom().get(0).getNamespaceSelector().getMatchLabels())
                .containsExactlyEntriesOf(Map.of("kubernetes.io/metadata.name", "ingress-nginx"));
        assertThat(p.getSpec().getIngress().get(0).getFrom().get(0).getPodSelector()).isNull();
        assertThat(p.getSpec().getEgress()).extracting(e -> e.getTo().get(0).getIpBlock().getCidr(), e -> ports(e.getPorts()))
                .containsExactly(tuple("10.0.0.0/8", List.of(5432, 5433)), tuple("0.0.0.0/0", List.of()));
        assertThat(p.getSpec().getEgress().get(0).getPorts()).extracting(NetworkPolicyPort::getProtocol).containsOnly("TCP");
    }

    @Test
    void a_workload_without_edges_gets_no_policy_of_its_own() {
        app.worker("lonely", IMAGE).resources(SMALL);
        assertThat(render()).extracting(Item::name).doesNotContain("lonely");
    }
}
