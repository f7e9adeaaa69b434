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

    /** The {@code app.kubernetes.io/name} of each pod peer of {@code peers}. */
    private static List<String> names(List<io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer> peers) {
        return peers.stream().map(p -> p.getPodSelector().getMatchLabels().get("app.kubernetes.io/name")).toList();
    }

    @Test
    void an_endpoint_opens_the_targets_container_port_not_its_service_port_from_every_container_of_the_caller() {
        WebService email = app.webService("email", IMAGE).port("grpc", 8080, 5000).resources(SMALL);
        StatefulStore redis = app.statefulStore("redis", IMAGE).port("redis", 6379).port("metrics", 9121).resources(SMALL)
                .volume("data", "/data", Storage.gibibytes(1));
        app.worker("checkout", IMAGE).resources(SMALL).env("EMAIL", email.endpoint("grpc"))
                .initContainer("wait", IMAGE, c -> c.args("--for", redis.primaryEndpoint("redis")));
        app.worker("cart", IMAGE).resources(SMALL)
                .sidecar("proxy", IMAGE, c -> c.env("UPSTREAM", dev.shipshape.dsl.Template.of("redis://", redis.readEndpoint("redis"))));
        var urls = app.config("urls").entry("email", email.endpoint("grpc"));
        app.worker("reporter", IMAGE).resources(SMALL).mount(urls, "/etc/urls");
        List<Item> items = render();
        NetworkPolicy checkout = policy(items, "checkout");
        assertThat(checkout.getSpec().getPolicyTypes()).containsExactly("Egress");
        assertThat(checkout.getSpec().getEgress()).extracting(e -> names(e.getTo()), e -> ports(e.getPorts()))
                .containsExactly(tuple(List.of("email"), List.of(8080)), tuple(List.of("redis"), List.of(6379)));
        assertThat(policy(items, "cart").getSpec().getEgress()).extracting(e -> names(e.getTo()), e -> ports(e.getPorts()))
                .containsExactly(tuple(List.of("redis"), List.of(6379)));
        NetworkPolicy emailPolicy = policy(items, "email");
        assertThat(emailPolicy.getSpec().getPolicyTypes()).containsExactly("Ingress");
        assertThat(emailPolicy.getSpec().getIngress()).extracting(i -> names(i.getFrom()), i -> ports(i.getPorts()))
                .containsExactly(tuple(List.of("checkout"), List.of(8080)), tuple(List.of("reporter"), List.of(8080)));
        assertThat(policy(items, "redis").getSpec().getIngress()).extracting(i -> names(i.getFrom()), i -> ports(i.getPorts()))
                .containsExactly(tuple(List.of("cart"), List.of(6379)), tuple(List.of("checkout"), List.of(6379)));
        assertThat(policy(items, "reporter").getSpec().getEgress()).extracting(e -> names(e.getTo()), e -> ports(e.getPorts()))
                .containsExactly(tuple(List.of("email"), List.of(8080)));
    }

    @Test
    void another_namespaces_service_gets_egress_to_that_namespace_on_its_target_port() {
        app.worker("w", IMAGE).resources(SMALL).env("PAY", Shipshape.serviceIn("payments", "api", 443, 8443))
                .env("AUTH", Shipshape.serviceIn("auth", "oidc", 8080));
        NetworkPolicy p = policy(render(), "w");
        assertThat(p.getSpec().getEgress()).extracting(
                        e -> e.getTo().get(0).getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"),
                        e -> e.getTo().get(0).getPodSelector(), e -> ports(e.getPorts()))
                .containsExactly(tuple("auth", null, List.of(8080)), tuple("payments", null, List.of(8443)));
    }

    @Test
    void exposure_admits_its_source_ranges_or_anywhere_and_namespace_grants_admit_their_namespace() {
        app.webService("public", IMAGE).port("http", 8080, 80).port("admin", 9000).resources(SMALL).loadBalancer();
        app.webService("partner", IMAGE).port("http", 8080).resources(SMALL).loadBalancer("203.0.113.0/24", "2001:db8::/32");
        app.staticSite("site", IMAGE).resources(SMALL).nodePort("http", 30080);
        app.webService("metered", IMAGE).port("http", 8080).port("metrics", 9090).resources(SMALL)
                .allowFromNamespace("monitoring", "metrics").allowFromNamespace("ops");
        List<Item> items = render();
        assertThat(policy(items, "public").getSpec().getIngress()).extracting(
                        i -> i.getFrom().stream().map(f -> f.getIpBlock().getCidr()).toList(), i -> ports(i.getPorts()))
                .containsExactly(tuple(List.of("0.0.0.0/0", "::/0"), List.of(8080, 9000)));
        assertThat(policy(items, "partner").getSpec().getIngress()).extracting(
                        i -> i.getFrom().stream().map(f -> f.getIpBlock().getCidr()).toList(), i -> ports(i.getPorts()))
                .containsExactly(tuple(List.of("203.0.113.0/24", "2001:db8::/32"), List.of(8080)));
        assertThat(policy(items, "site").getSpec().getIngress()).extracting(
                        i -> i.getFrom().stream().map(f -> f.getIpBlock().getCidr()).toList(), i -> ports(i.getPorts()))
                .containsExactly(tuple(List.of("0.0.0.0/0", "::/0"), List.of(8080)));
        assertThat(policy(items, "metered").getSpec().getIngress()).extracting(
                        i -> i.getFrom().get(0).getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"),
                        i -> i.getFrom().get(0).getPodSelector(), i -> ports(i.getPorts()))
                .containsExactly(tuple("monitoring", null, List.of(9090)), tuple("ops", null, List.of(8080, 9090)));
    }

    @Test
    void without_network_policies_the_app_renders_none_and_says_why_on_every_object() {
        WebService email = app.webService("email", IMAGE).port("grpc", 8080).resources(SMALL).loadBalancer();
        app.worker("w", IMAGE).resources(SMALL).env("EMAIL", email.endpoint("grpc"));
        app.withoutNetworkPolicies("Cilium cluster policies of the platform team");
        assertThat(render()).isEmpty();
        var objects = app.render().objects();
        assertThat(objects).noneMatch(o -> o instanceof NetworkPolicy);
        assertThat(objects).allSatisfy(o -> assertThat(o.getMetadata().getAnnotations())
                .containsEntry("shipshape.dev/waived.network.default-deny-missing", "Cilium cluster policies of the platform team"));
        assertThat(app.validate()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> app.withoutNetworkPolicies(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a reason");
    }

    @Test
    void a_config_entry_is_a_call_of_the_workloads_that_read_that_entry_or_mount_the_config() {
        WebService email = app.webService("email", IMAGE).port("grpc", 8080, 5000).resources(SMALL);
        var urls = app.config("urls").entry("email", email.endpoint("grpc")).entry("level", "debug");
        app.worker("reads-level", IMAGE).resources(SMALL).env("LEVEL", urls.key("level"));
        app.worker("reads-email", IMAGE).resources(SMALL).env("EMAIL", urls.key("email"));
        app.worker("mounts", IMAGE).resources(SMALL).mount(urls, "/etc/urls");
        List<Item> items = render();
        assertThat(items).extracting(Item::name).doesNotContain("reads-level");
        assertThat(policy(items, "email").getSpec().getIngress()).extracting(i -> names(i.getFrom()))
                .containsExactly(List.of("mounts"), List.of("reads-email"));
    }
}
