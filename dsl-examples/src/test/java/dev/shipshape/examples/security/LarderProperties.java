package dev.shipshape.examples.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.examples.Larder;
import dev.shipshape.examples.LarderParameters;
import dev.shipshape.examples.apiserver.ApiServer;
import dev.shipshape.examples.security.SecureByDefaultProperties.Edge;
import dev.shipshape.internal.yaml.Serialization;
import dev.shipshape.render.Manifests;
import dev.shipshape.testkit.ShipshapeArbitraries;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The {@link Larder} shop against its call list, written here by hand as its team would keep it: the NetworkPolicies
 * Shipshape derives let exactly these calls through ({@link NetworkModel}, nobody's product code), for any namespace,
 * replica count, gRPC Service port and load-balancer source ranges; the app needs no escape hatch; the API server
 * port accepts every object.
 */
class LarderProperties {

    /** Caller → callee on the callee's container port, as the team's design document lists them. */
    private static final List<String> CALLS = List.of(
            "storefront -> catalog:50051", "storefront -> basket:50051", "storefront -> checkout:50051",
            "storefront -> search:9200", "storefront -> recommend:8000",
            "search -> catalog:50051", "pricing -> catalog:50051",
            "catalog -> pantry-db:5432", "basket -> basket-cache:6379", "delivery -> pantry-db:5432",
            "recommend -> pantry-db:5432",
            "checkout -> basket:50051", "checkout -> pricing:50051", "checkout -> delivery:50051", "checkout -> notify:8080",
            "checkout -> ns:payments:8443", "notify -> ns:mail:587", "order-events -> notify:8080",
            "ns:monitoring -> recommend:9100");

    private static final List<String> WORKLOADS = List.of("pantry-db", "basket-cache", "catalog", "pricing", "basket", "delivery",
            "notify", "checkout", "search", "recommend", "storefront", "order-events");

    /** The expected network: the calls, every pod to kube-dns, and the outside addresses the load balancer admits. */
    private static Set<Edge> expected(LarderParameters p) {
        Set<Edge> out = new LinkedHashSet<>();
        for (String call : CALLS) {
            String[] parts = call.split(" -> ");
            int colon = parts[1].lastIndexOf(':');
            out.add(new Edge(parts[0], parts[1].substring(0, colon), Integer.parseInt(parts[1].substring(colon + 1)), "TCP"));
        }
        // the GRPCRoute mobile-api: the Gateway's proxies (labelled as gatewayPods says) to the three services it routes
        for (String routed : List.of("catalog", "basket", "checkout")) {
            out.add(new Edge("gateway:infra", routed, 50051, "TCP"));
        }
        for (String w : WORKLOADS) {
            out.add(new Edge(w, "kube-dns", 53, "UDP"));
            out.add(new Edge(w, "kube-dns", 53, "TCP"));
        }
        List<String> admitted = p.sourceRanges().isEmpty() ? List.of("0.0.0.0/0", "::/0") : p.sourceRanges();
        Set<String> outside = new LinkedHashSet<>(List.of("203.0.113.7", "198.51.100.9"));
        p.sourceRanges().forEach(r -> outside.add(r.substring(0, r.indexOf('/'))));
        for (String ip : outside) {
            if (admitted.stream().anyMatch(cidr -> NetworkModel.inCidr(ip, cidr))) {
                out.add(new Edge(ip, "storefront", 8080, "TCP"));
            }
        }
        return out;
    }

    private static void checkShop(LarderParameters p) {
        App app = Larder.define(p);
        assertThat(app.validate()).as("violations").isEmpty();
        assertThat(app.model().included()).as("included objects").isEmpty();
        assertThat(app.model().customizations()).as("customizations").isEmpty();
        Manifests m = app.render();
        Set<Edge> reachable = SecureByDefaultProperties.reachable(app.model(), m);
        assertThat(reachable).containsExactlyInAnyOrderElementsOf(expected(p));
        assertThat(reachable).containsExactlyInAnyOrderElementsOf(SecureByDefaultProperties.typedGraph(app.model(),
                SecureByDefaultProperties.ports(app.model())));
        for (HasMetadata o : m.objects()) {
            assertThat(ApiServer.validate(Serialization.json().writeValueAsString(o))).as(o.getKind() + " " + o.getMetadata().getName())
                    .isEmpty();
        }
        Map<String, String> storefront = env(m, "storefront");
        assertThat(storefront).containsEntry("CATALOG_ADDR", "catalog:" + p.grpcServicePort())
                .containsEntry("SEARCH_URL", "http://search:80").containsEntry("RECOMMEND_URL", "http://recommend:80/v2");
        assertThat(env(m, "checkout")).containsEntry("PAYMENTS_ADDR", "gateway.payments.svc:443")
                .containsEntry("NOTIFY_URL", "http://notify:8080/v1/messages");
        assertThat(env(m, "recommend")).containsEntry("READ_REPLICA", "pantry-db-read." + p.namespace() + ".svc.cluster.local:5432");
    }

    private static Map<String, String> env(Manifests m, String deployment) {
        return m.objects().stream().filter(o -> o.getKind().equals("Deployment") && o.getMetadata().getName().equals(deployment))
                .map(o -> ((io.fabric8.kubernetes.api.model.apps.Deployment) o).getSpec().getTemplate().getSpec().getContainers().get(0))
                .flatMap(c -> c.getEnv().stream()).filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
    }

    @Test
    void the_shop_as_designed_is_exactly_its_call_list() {
        checkShop(LarderParameters.defaults());
        checkShop(LarderParameters.defaults().withSourceRanges(List.of("203.0.113.0/24", "2001:db8::/32")));
    }

    @Test
    void the_shop_renders_a_policy_per_called_service_and_no_escape_hatch() {
        Manifests m = Larder.define(LarderParameters.defaults()).render();
        List<String> policies = new ArrayList<>();
        m.objects().stream().filter(NetworkPolicy.class::isInstance).forEach(o -> policies.add(o.getMetadata().getName()));
        assertThat(policies).containsExactlyInAnyOrder("default-deny", "allow-dns", "pantry-db", "basket-cache", "catalog", "pricing",
                "basket", "delivery", "notify", "checkout", "search", "recommend", "storefront", "order-events");
        assertThat(Larder.define(LarderParameters.defaults()).model().workloads().stream()
                .filter(w -> w.kind().name().equals("WEB_SERVICE")).count()).isGreaterThanOrEqualTo(8);
    }

    @Provide
    Arbitrary<LarderParameters> parameters() {
        return Combinators.combine(ShipshapeArbitraries.dnsLabels().ofMaxLength(30)
                                .filter(ns -> !List.of("payments", "mail", "monitoring", "kube-system").contains(ns)),
                        Arbitraries.integers().between(2, 6),
                        Arbitraries.integers().between(1, 65535).filter(port -> port != 50051 && port != 8080 && port != 9100),
                        Arbitraries.of("203.0.113.0/24", "198.51.100.0/28", "2001:db8::/32", "0.0.0.0/0").list().uniqueElements().ofMaxSize(3))
                .as(LarderParameters::new);
    }

    /** Whatever the installation's parameters, the network is the call list: none more, none fewer. */
    @Property(tries = 60)
    void every_installation_is_exactly_its_call_list(@ForAll("parameters") LarderParameters p) {
        checkShop(p);
    }
}
