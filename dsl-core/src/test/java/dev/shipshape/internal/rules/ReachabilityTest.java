package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.objects.Origin;
import dev.shipshape.internal.validation.Index;
import dev.shipshape.internal.validation.PodNode;
import dev.shipshape.internal.validation.Pods;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPortBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The networking/v1 semantics of NetworkPolicy, case by case as the Kubernetes documentation states them: isolation per
 * direction, policy types (explicit and defaulted), peers by pod selector (same namespace), namespace selector
 * (with and without a Namespace object), both, and IP blocks with exceptions, and ports by number, range, name and
 * protocol.
 */
class ReachabilityTest {

    private static HasMetadata pod(String namespace, String name, Map<String, String> labels, String portName, int port) {
        return new DeploymentBuilder().withNewMetadata().withName(name).withNamespace(namespace).endMetadata().withNewSpec()
                .withNewSelector().addToMatchLabels(labels).endSelector().withNewTemplate().withNewMetadata().addToLabels(labels)
                .endMetadata().withNewSpec().addNewContainer().withName(name).withImage("my-repo/" + name + ":1")
                .addNewPort().withName(portName).withContainerPort(port).endPort().endContainer().endSpec().endTemplate()
                .endSpec().build();
    }

    private static final HasMetadata WEB = pod("shop", "web", Map.of("app", "web", "tier", "front"), "http", 8080);
    private static final HasMetadata DB = pod("shop", "db", Map.of("app", "db", "tier", "data"), "pg", 5432);
    private static final HasMetadata CACHE = pod("shop", "cache", Map.of("app", "cache", "tier", "data"), "redis", 6379);
    private static final HasMetadata OTHER = pod("team", "other", Map.of("app", "x"), "http", 8080);
    private static final HasMetadata LONE = pod("lone", "lone", Map.of("app", "x"), "http", 8080);
    private static final HasMetadata TWIN = pod("team", "twin", Map.of("app", "web", "tier", "front"), "http", 8080);
    private static final HasMetadata SHOP = new NamespaceBuilder().withNewMetadata().withName("shop").addToLabels("team", "a")
            .endMetadata().build();
    private static final HasMetadata TEAM = new NamespaceBuilder().withNewMetadata().withName("team").addToLabels("team", "b")
            .endMetadata().build();

    /** The network of the six pods, two Namespace objects ("lone" has none) and {@code policies}. */
    private static final class Net {
        final Index index;
        final Reachability r;

        Net(NetworkPolicy... policies) {
            List<Item> items = new ArrayList<>();
            for (HasMetadata o : List.of(WEB, DB, CACHE, OTHER, LONE, TWIN, SHOP, TEAM)) {
                items.add(Item.of(o, new Origin.File("test.yaml", 1)));
            }
            for (NetworkPolicy p : policies) {
                items.add(Item.of(p, new Origin.File("test.yaml", 1)));
            }
            index = new Index(items, List.of());
            r = new Reachability(index);
        }

        PodNode node(HasMetadata o) {
            return index.items().stream().filter(i -> i.object() == o).findFirst().flatMap(Pods::of).orElseThrow();
        }

        boolean in(HasMetadata to, HasMetadata from, int port) {
            return r.ingressAllowed(node(to), Reachability.Peer.of(node(from)), port, "TCP");
        }

        boolean out(HasMetadata from, HasMetadata to, int port) {
            return r.egressAllowed(node(from), Reachability.Peer.of(node(to)), port, "TCP");
        }
    }

    private static LabelSelector labels(String... kv) {
        LabelSelectorBuilder b = new LabelSelectorBuilder();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            b.addToMatchLabels(kv[i], kv[i + 1]);
        }
        return b.build();
    }

    private static NetworkPolicyPeer podPeer(String... kv) {
        return new NetworkPolicyPeerBuilder().withPodSelector(labels(kv)).build();
    }

    private static NetworkPolicyPort port(Object port) {
        return new NetworkPolicyPortBuilder().withPort(port instanceof Integer n ? new IntOrString(n) : new IntOrString((String) port)).build();
    }

    private static NetworkPolicy ingress(String name, LabelSelector selects, List<NetworkPolicyPeer> from, List<NetworkPolicyPort> ports) {
        return new NetworkPolicyBuilder().withNewMetadata().withName(name).withNamespace("shop").endMetadata().withNewSpec()
                .withPodSelector(selects).withPolicyTypes("Ingress").addNewIngress().withFrom(from).withPorts(ports).endIngress()
                .endSpec().build();
    }

    private static NetworkPolicy denyAll(String namespace, String... types) {
        return new NetworkPolicyBuilder().withNewMetadata().withName("deny").withNamespace(namespace).endMetadata().withNewSpec()
                .withNewPodSelector().endPodSelector().withPolicyTypes(types).endSpec().build();
    }

    @Test
    void without_policies_everything_is_open_and_a_default_deny_isolates_its_direction_only() {
        Net open = new Net();
        assertThat(open.in(DB, WEB, 5432)).isTrue();
        assertThat(open.r.isolated(open.node(DB), "Ingress")).isFalse();
        Net deny = new Net(denyAll("shop", "Ingress"));
        assertThat(deny.r.isolated(deny.node(DB), "Ingress")).isTrue();
        assertThat(deny.r.isolated(deny.node(DB), "Egress")).isFalse();
        assertThat(deny.in(DB, WEB, 5432)).isFalse();
        assertThat(deny.out(WEB, DB, 5432)).isTrue();
        // another namespace's policy isolates nothing here
        assertThat(deny.in(OTHER, WEB, 8080)).isTrue();
        Net both = new Net(denyAll("shop", "Ingress", "Egress"));
        assertThat(both.out(WEB, DB, 5432)).isFalse();
    }

    @Test
    void a_policy_without_types_governs_ingress_and_egress_only_when_it_has_egress_rules() {
        NetworkPolicy ingressOnly = new NetworkPolicyBuilder().withNewMetadata().withName("p").withNamespace("shop").endMetadata()
                .withNewSpec().withPodSelector(labels("app", "db")).addNewIngress().endIngress().endSpec().build();
        assertThat(Reachability.types(ingressOnly.getSpec())).containsExactly("Ingress");
        NetworkPolicy withEgress = new NetworkPolicyBuilder().withNewMetadata().withName("p").withNamespace("shop").endMetadata()
                .withNewSpec().withPodSelector(labels("app", "db")).addNewEgress().withTo(podPeer("app", "cache")).endEgress()
                .endSpec().build();
        assertThat(Reachability.types(withEgress.getSpec())).containsExactly("Ingress", "Egress");
        Net net = new Net(withEgress);
        assertThat(net.r.isolated(net.node(DB), "Ingress")).isTrue();
        assertThat(net.r.isolated(net.node(DB), "Egress")).isTrue();
        assertThat(net.out(DB, CACHE, 6379)).isTrue();
        assertThat(net.out(DB, WEB, 8080)).isFalse();
        // an empty ingress rule allows everything in
        Net all = new Net(ingressOnly);
        assertThat(all.in(DB, OTHER, 1)).isTrue();
    }

    @Test
    void a_pod_selector_peer_means_pods_of_the_policys_namespace() {
        Net net = new Net(ingress("db-in", labels("app", "db"), List.of(podPeer("app", "web")), List.of(port(5432))));
        assertThat(net.in(DB, WEB, 5432)).isTrue();
        assertThat(net.in(DB, CACHE, 5432)).isFalse();
        assertThat(net.in(DB, OTHER, 5432)).isFalse();
        assertThat(net.in(DB, TWIN, 5432)).as("web's labels, but in another namespace").isFalse();
        assertThat(net.in(DB, WEB, 5433)).isFalse();
        assertThat(net.r.ingressAllowed(net.node(DB), Reachability.Peer.of(net.node(WEB)), 5432, "UDP")).isFalse();
        assertThat(net.r.ingressAllowed(net.node(DB), Reachability.Peer.address("10.0.0.1"), 5432, "TCP")).isFalse();
        // a policy selecting db does not isolate web or cache
        assertThat(net.in(CACHE, OTHER, 6379)).isTrue();
    }

    @Test
    void namespace_selectors_match_namespace_labels_or_the_name_label_kubernetes_sets() {
        NetworkPolicyPeer teamB = new NetworkPolicyPeerBuilder().withNamespaceSelector(labels("team", "b")).build();
        Net net = new Net(ingress("db-in", labels("app", "db"), List.of(teamB), List.of()));
        assertThat(net.in(DB, OTHER, 5432)).isTrue();
        assertThat(net.in(DB, WEB, 5432)).isFalse();
        assertThat(net.in(DB, LONE, 5432)).isFalse();
        NetworkPolicyPeer lone = new NetworkPolicyPeerBuilder().withNamespaceSelector(labels("kubernetes.io/metadata.name", "lone"))
                .build();
        Net byName = new Net(ingress("db-in", labels("app", "db"), List.of(lone), List.of()));
        assertThat(byName.in(DB, LONE, 5432)).as("no Namespace object: the name label still holds").isTrue();
        assertThat(byName.in(DB, OTHER, 5432)).isFalse();
        NetworkPolicyPeer teamName = new NetworkPolicyPeerBuilder().withNamespaceSelector(labels("kubernetes.io/metadata.name", "team"))
                .build();
        assertThat(new Net(ingress("db-in", labels("app", "db"), List.of(teamName), List.of())).in(DB, OTHER, 5432))
                .as("a Namespace object also carries its name label").isTrue();
        // both selectors in one peer: pods with those labels in those namespaces
        NetworkPolicyPeer both = new NetworkPolicyPeerBuilder().withNamespaceSelector(labels("team", "b"))
                .withPodSelector(labels("app", "y")).build();
        assertThat(new Net(ingress("db-in", labels("app", "db"), List.of(both), List.of())).in(DB, OTHER, 5432)).isFalse();
        NetworkPolicyPeer bothX = new NetworkPolicyPeerBuilder().withNamespaceSelector(labels("team", "b"))
                .withPodSelector(labels("app", "x")).build();
        assertThat(new Net(ingress("db-in", labels("app", "db"), List.of(bothX), List.of())).in(DB, OTHER, 5432)).isTrue();
        // an empty peer (neither selector nor block) matches nothing
        assertThat(new Net(ingress("db-in", labels("app", "db"), List.of(new NetworkPolicyPeer()), List.of())).in(DB, WEB, 5432))
                .isFalse();
        // any pod of a namespace (a peer without labels) passes a pod selector
        assertThat(net.r.ingressAllowed(net.node(DB), Reachability.Peer.anyPodIn("team"), 5432, "TCP")).isTrue();
        assertThat(net.r.ingressAllowed(net.node(DB), Reachability.Peer.pod("team", Map.of("app", "z")), 5432, "TCP")).isTrue();
        assertThat(net.r.ingressAllowed(net.node(DB), Reachability.Peer.pod("shop", Map.of("app", "web")), 5432, "TCP")).isFalse();
    }

    @Test
    void ports_match_by_number_range_name_and_protocol() {
        NetworkPolicyPort range = new NetworkPolicyPortBuilder().withPort(new IntOrString(5000)).withEndPort(6000).build();
        Net ranged = new Net(ingress("db-in", labels("app", "db"), List.of(), List.of(range)));
        assertThat(ranged.in(DB, WEB, 4999)).isFalse();
        assertThat(ranged.in(DB, WEB, 5000)).isTrue();
        assertThat(ranged.in(DB, WEB, 6000)).isTrue();
        assertThat(ranged.in(DB, WEB, 6001)).isFalse();
        Net named = new Net(ingress("db-in", labels("app", "db"), List.of(), List.of(port("pg"))));
        assertThat(named.in(DB, WEB, 5432)).isTrue();
        assertThat(named.in(DB, WEB, 5433)).isFalse();
        assertThat(named.r.ingressAllowed(named.node(DB), Reachability.Peer.of(named.node(WEB)), 5432, "UDP")).isFalse();
        Net wrongName = new Net(ingress("db-in", labels("app", "db"), List.of(), List.of(port("http"))));
        assertThat(wrongName.in(DB, WEB, 5432)).isFalse();
        NetworkPolicyPort anyUdp = new NetworkPolicyPortBuilder().withProtocol("UDP").build();
        Net udp = new Net(ingress("db-in", labels("app", "db"), List.of(), List.of(anyUdp)));
        assertThat(udp.in(DB, WEB, 5432)).isFalse();
        assertThat(udp.r.ingressAllowed(udp.node(DB), Reachability.Peer.of(udp.node(WEB)), 53, "UDP")).isTrue();
        NetworkPolicyPort anyTcp = new NetworkPolicyPortBuilder().build();
        assertThat(new Net(ingress("db-in", labels("app", "db"), List.of(), List.of(anyTcp))).in(DB, WEB, 1)).isTrue();
    }

    @Test
    void egress_to_addresses_follows_ip_blocks_and_their_exceptions() {
        NetworkPolicy egress = new NetworkPolicyBuilder().withNewMetadata().withName("web-out").withNamespace("shop").endMetadata()
                .withNewSpec().withPodSelector(labels("app", "web")).withPolicyTypes("Egress").addNewEgress()
                .addNewTo().withNewIpBlock().withCidr("10.0.0.0/8").withExcept("10.0.0.0/24", "10.9.0.0/16").endIpBlock().endTo()
                .endEgress().endSpec().build();
        Net net = new Net(egress);
        java.util.function.Predicate<String> to = ip -> net.r.egressAllowed(net.node(WEB), Reachability.Peer.address(ip), 443, "TCP");
        assertThat(to.test("10.1.0.5")).isTrue();
        assertThat(to.test("10.0.0.5")).isFalse();
        assertThat(to.test("10.9.1.1")).isFalse();
        assertThat(to.test("10.0.1.0")).isTrue();
        assertThat(to.test("192.168.0.1")).isFalse();
        assertThat(net.out(WEB, DB, 5432)).as("a pod is not an address").isFalse();
        NetworkPolicy noCidr = new NetworkPolicyBuilder().withNewMetadata().withName("web-out").withNamespace("shop").endMetadata()
                .withNewSpec().withPodSelector(labels("app", "web")).withPolicyTypes("Egress").addNewEgress()
                .addNewTo().withNewIpBlock().endIpBlock().endTo().endEgress().endSpec().build();
        Net broken = new Net(noCidr);
        assertThat(broken.r.egressAllowed(broken.node(WEB), Reachability.Peer.address("10.1.0.5"), 443, "TCP")).isFalse();
    }

    @Test
    void policies_are_found_for_every_pod_they_select_however_they_are_filed() {
        // filed under the rarest label: app=db once, tier=data three times; the expression selector under the namespace
        NetworkPolicy dbOnly = ingress("a", labels("app", "db", "tier", "data"), List.of(podPeer("app", "web")), List.of());
        NetworkPolicy data1 = ingress("b", labels("tier", "data"), List.of(podPeer("app", "web")), List.of());
        NetworkPolicy data2 = ingress("c", labels("tier", "data"), List.of(podPeer("app", "web")), List.of());
        NetworkPolicy expr = ingress("d", new LabelSelectorBuilder().addNewMatchExpression().withKey("app").withOperator("In")
                .withValues("web").endMatchExpression().build(), List.of(podPeer("app", "cache")), List.of());
        Net net = new Net(dbOnly, data1, data2, expr);
        assertThat(net.r.isolated(net.node(DB), "Ingress")).isTrue();
        assertThat(net.r.isolated(net.node(CACHE), "Ingress")).isTrue();
        assertThat(net.r.isolated(net.node(WEB), "Ingress")).isTrue();
        assertThat(net.in(DB, WEB, 5432)).isTrue();
        assertThat(net.in(DB, CACHE, 5432)).isFalse();
        assertThat(net.in(WEB, CACHE, 8080)).isTrue();
        assertThat(net.in(WEB, DB, 8080)).isFalse();
        // a policy selecting app=db and tier=data does not select cache (tier=data only)
        Net one = new Net(dbOnly);
        assertThat(one.r.isolated(one.node(CACHE), "Ingress")).isFalse();
        assertThat(one.r.isolated(one.node(DB), "Ingress")).isTrue();
    }
    @Test
    void a_policy_isolates_pods_of_its_own_namespace_only_and_one_without_selector_selects_all_of_them() {
        Net net = new Net(ingress("web-in", labels("app", "web"), List.of(), List.of()));
        assertThat(net.r.isolated(net.node(WEB), "Ingress")).isTrue();
        assertThat(net.r.isolated(net.node(TWIN), "Ingress")).as("web's labels, but in another namespace").isFalse();
        NetworkPolicy noSelector = new NetworkPolicyBuilder().withNewMetadata().withName("p").withNamespace("team").endMetadata()
                .withNewSpec().withPolicyTypes("Egress").endSpec().build();
        Net all = new Net(noSelector);
        assertThat(all.r.isolated(all.node(OTHER), "Egress")).isTrue();
        assertThat(all.r.isolated(all.node(TWIN), "Egress")).isTrue();
        assertThat(all.r.isolated(all.node(WEB), "Egress")).isFalse();
        assertThat(all.r.isolated(all.node(OTHER), "Ingress")).isFalse();
    }

    @Test
    void selectors_and_blocks_built_with_null_lists_mean_empty_ones() {
        // the fabric8 all-arguments constructors leave what is not given null, as hand-written code may
        LabelSelector byLabels = new LabelSelector(null, Map.of("app", "db"));
        LabelSelector byNothing = new LabelSelector(List.of(), null);
        assertThat(Reachability.selects(byLabels, Map.of("app", "db"))).isTrue();
        assertThat(Reachability.selects(byLabels, Map.of("app", "web"))).isFalse();
        assertThat(Reachability.selects(byNothing, Map.of("app", "web"))).isTrue();
        NetworkPolicyPeer block = new NetworkPolicyPeerBuilder().withIpBlock(new IPBlock("10.0.0.0/8", null)).build();
        Net net = new Net(ingress("db-in", labels("app", "db"), List.of(block), List.of()));
        assertThat(net.r.ingressAllowed(net.node(DB), Reachability.Peer.address("10.1.2.3"), 5432, "TCP")).isTrue();
        assertThat(net.r.ingressAllowed(net.node(DB), Reachability.Peer.address("11.1.2.3"), 5432, "TCP")).isFalse();
    }
}
