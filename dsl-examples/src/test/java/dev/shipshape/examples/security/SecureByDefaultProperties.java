package dev.shipshape.examples.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Worker;
import dev.shipshape.examples.Journal;
import dev.shipshape.examples.JournalParameters;
import dev.shipshape.examples.RenderJournal;
import dev.shipshape.examples.security.NetworkModel.Endpoint;
import dev.shipshape.examples.security.PodSecurityStandards.Level;
import dev.shipshape.internal.yaml.Serialization;
import dev.shipshape.model.Address;
import dev.shipshape.model.AddressUse;
import dev.shipshape.model.AppSpec;
import dev.shipshape.model.BackendSpec;
import dev.shipshape.model.ConfigSpec;
import dev.shipshape.model.ContainerSpec;
import dev.shipshape.model.EgressRule;
import dev.shipshape.model.EnvSource;
import dev.shipshape.model.EnvVarSpec;
import dev.shipshape.model.GatewayRouteSpec;
import dev.shipshape.model.IngressSpec;
import dev.shipshape.model.MountSpec;
import dev.shipshape.model.NamespaceIngress;
import dev.shipshape.model.ParentSpec;
import dev.shipshape.model.PortSpec;
import dev.shipshape.model.Resources;
import dev.shipshape.model.RouteSpec;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.render.Manifests;
import dev.shipshape.testkit.ShipshapeArbitraries;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1CronJob;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * "Secure by default", checked by two oracles nobody on the team wrote the product side of: the Pod Security
 * Standards written from the Kubernetes page ({@link PodSecurityStandards}) and a NetworkPolicy evaluator written
 * from the networking/v1 semantics ({@link NetworkModel}), both over the official Kubernetes client models read from
 * the rendered JSON. Every pod meets "restricted" unless it opted out, and then the Namespace enforces exactly the
 * strictest level all its pods meet; who can reach whom on which port is exactly the edges of the typed graph —
 * the ingress controller to routed ports, clients to the stores whose hosts they read, callers to the endpoints they
 * name (on the container port, not the Service port) and to other namespaces, outside addresses to what a load
 * balancer or node port exposes, granted namespaces to their ports, every pod to kube-dns, and the declared egress —
 * none more, none fewer.
 */
class SecureByDefaultProperties {

    private static final String PINNED = "my-repo/x-egress:1.0@sha256:" + "c".repeat(64);

    private static <T> T read(String json, Class<T> type) {
        return JSON.deserialize(json, type);
    }

    /** A pod template of the output, read into the client models, with its workload's name and namespace. */
    record Pod(String workload, String namespace, V1PodTemplateSpec template) {
        Map<String, String> labels() {
            return template.getMetadata() == null || template.getMetadata().getLabels() == null ? Map.of()
                    : template.getMetadata().getLabels();
        }

        /** Container port name → {@code number/protocol}, every container. */
        Map<String, String> ports() {
            Map<String, String> out = new HashMap<>();
            for (var c : template.getSpec().getContainers()) {
                for (V1ContainerPort p : c.getPorts() == null ? List.<V1ContainerPort>of() : c.getPorts()) {
                    if (p.getName() != null) {
                        out.put(p.getName(), p.getContainerPort() + "/" + (p.getProtocol() == null ? "TCP" : p.getProtocol()));
                    }
                }
            }
            return out;
        }
    }

    /** The output as the client models read it. */
    record Output(List<Pod> pods, List<V1NetworkPolicy> policies, Map<String, Map<String, String>> namespaces) {
        static Output of(Manifests m) {
            List<Pod> pods = new ArrayList<>();
            List<V1NetworkPolicy> policies = new ArrayList<>();
            Map<String, Map<String, String>> namespaces = new HashMap<>();
            for (HasMetadata o : m.objects()) {
                String json = Serialization.json().writeValueAsString(o);
                String ns = o.getMetadata().getNamespace() == null ? "" : o.getMetadata().getNamespace();
                String name = o.getMetadata().getName();
                switch (o.getKind()) {
                    case "Deployment" -> pods.add(new Pod(name, ns, read(json, V1Deployment.class).getSpec().getTemplate()));
                    case "StatefulSet" -> pods.add(new Pod(name, ns, read(json, V1StatefulSet.class).getSpec().getTemplate()));
                    case "Job" -> pods.add(new Pod(name, ns, read(json, V1Job.class).getSpec().getTemplate()));
                    case "CronJob" -> pods.add(new Pod(name, ns, read(json, V1CronJob.class).getSpec().getJobTemplate()
                            .getSpec().getTemplate()));
                    case "NetworkPolicy" -> policies.add(read(json, V1NetworkPolicy.class));
                    case "Namespace" -> {
                        V1Namespace n = read(json, V1Namespace.class);
                        namespaces.put(name, n.getMetadata().getLabels() == null ? Map.of() : n.getMetadata().getLabels());
                    }
                    default -> { }
                }
            }
            return new Output(pods, policies, namespaces);
        }
    }

    // ------------------------------------------------------------------ Pod Security Standards

    /** What keeps each pod of {@code m} from {@code level}, by workload. */
    private static Map<String, List<String>> podSecurity(Manifests m, Level level) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Pod p : Output.of(m).pods()) {
            List<String> failures = PodSecurityStandards.check(p.template().getMetadata(), p.template().getSpec(), level);
            if (!failures.isEmpty()) {
                out.put(p.workload(), failures);
            }
        }
        return out;
    }

    @Test
    void the_journals_four_variants_pass_restricted_with_no_finding() {
        for (JournalParameters p : RenderJournal.variants()) {
            Manifests m = Journal.define(p).render();
            assertThat(podSecurity(m, Level.RESTRICTED)).as(p.variant()).isEmpty();
            assertThat(Output.of(m).pods()).as(p.variant()).hasSize(5);
            assertThat(Output.of(m).namespaces().get("journal")).as(p.variant())
                    .containsEntry("pod-security.kubernetes.io/enforce", "restricted")
                    .containsEntry("pod-security.kubernetes.io/enforce-version", "v1.32");
            assertThat(Journal.define(p).validate()).as(p.variant())
                    .noneMatch(v -> v.rule().startsWith("security.") || v.rule().startsWith("network."));
        }
    }

    @Provide
    Arbitrary<App> generated() {
        return ShipshapeArbitraries.apps().stores(0, 3).staticSites(0, 2).workers(0, 2).jobs(0, 1).cronJobs(0, 1);
    }

    /** Every pod of every generated app meets "restricted"; a namespaced app's Namespace enforces it. */
    @Property(tries = 1000)
    void every_generated_pod_is_restricted(@ForAll("generated") App app) {
        Manifests m = app.render();
        assertThat(podSecurity(m, Level.RESTRICTED)).isEmpty();
        Output out = Output.of(m);
        assertThat(out.pods()).hasSize(app.model().workloads().size());
        app.model().namespace().ifPresent(ns -> assertThat(out.namespaces().get(ns))
                .containsEntry("pod-security.kubernetes.io/enforce", "restricted"));
        Statistics.label("pods").collect(out.pods().size() < 5 ? "1-4" : out.pods().size() < 10 ? "5-9" : "10+");
    }

    /** An opt-out, as a user writes it. */
    record OptOut(boolean root, boolean writableRoot, Optional<String> capability, boolean token) {
    }

    @Provide
    Arbitrary<OptOut> optOuts() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.of("NET_BIND_SERVICE", "CHOWN", "SETUID", "NET_ADMIN", "SYS_TIME").optional(0.5), Arbitraries.of(true, false))
                .as(OptOut::new);
    }

    /**
     * A worker that opts out leaves the other pods restricted, validates without error (each opt-out is a waiver with
     * its reason), and the Namespace enforces exactly the strictest level every pod meets by the oracle.
     */
    @Property(tries = 300)
    void opt_outs_are_waivers_and_the_namespace_enforces_the_level_every_pod_meets(@ForAll("generated") App app,
                                                                                    @ForAll("optOuts") OptOut o) {
        app.namespace("optouts");
        Worker w = app.worker("x-legacy", PINNED).replicas(2)
                .resources(Resources.of(Cpu.millis(100), Memory.mebibytes(64)).limits(Cpu.millis(200), Memory.mebibytes(64)));
        if (o.root()) {
            w.runAsRoot("the vendor image starts as root and drops privileges itself");
        }
        if (o.writableRoot()) {
            w.writableRootFilesystem("writes its cache next to its binaries");
        }
        o.capability().ifPresent(cap -> w.addCapability(cap, "the vendor's documentation asks for it"));
        if (o.token()) {
            w.serviceAccountToken();
        }
        assertThat(app.validate()).filteredOn(Violation::isError).isEmpty();
        Manifests m = app.render();
        Output out = Output.of(m);
        Level weakest = Level.RESTRICTED;
        for (Pod p : out.pods()) {
            Level level = PodSecurityStandards.levelOf(p.template().getMetadata(), p.template().getSpec());
            if (!p.workload().equals("x-legacy")) {
                assertThat(level).as(p.workload()).isEqualTo(Level.RESTRICTED);
            }
            weakest = level.ordinal() < weakest.ordinal() ? level : weakest;
        }
        assertThat(out.namespaces().get("optouts")).containsEntry("pod-security.kubernetes.io/enforce",
                weakest.name().toLowerCase(java.util.Locale.ROOT));
        boolean restrictedExpected = !o.root() && o.capability().map("NET_BIND_SERVICE"::equals).orElse(true);
        assertThat(weakest == Level.RESTRICTED).isEqualTo(restrictedExpected);
        Statistics.label("namespace level").collect(weakest);
    }

    // ------------------------------------------------------------------ NetworkPolicies

    /** A connection: from, to, port, protocol. */
    record Edge(String from, String to, int port, String protocol) {
        @Override
        public String toString() {
            return from + " -> " + to + ":" + port + "/" + protocol;
        }
    }

    /**
     * Every connection the oracle lets through among the app's pods (a workload's pods among themselves too), the
     * ingress controller, kube-dns, a stranger pod in the app's namespace, a pod of another namespace, a pod of each
     * namespace the app calls or lets call it, and addresses outside, on every port any of them serves or
     * the app declared (and one nobody uses), in TCP and UDP; connections between two endpoints outside the app are not
     * the app's business and are left out.
     */
    static Set<Edge> reachable(AppSpec app, Manifests m) {
        Output out = Output.of(m);
        NetworkModel net = new NetworkModel(out.policies(), out.namespaces());
        List<Endpoint> appPods = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        for (Pod p : out.pods()) {
            appPods.add(Endpoint.pod(p.workload(), p.namespace(), p.labels(), p.ports()));
            names.add(p.workload());
        }
        List<Endpoint> others = outsiders(app);
        Set<Integer> ports = ports(app);
        List<Endpoint> all = new ArrayList<>(appPods);
        all.addAll(others);
        Set<Edge> edges = new LinkedHashSet<>();
        for (Endpoint from : all) {
            for (Endpoint to : all) {
                // a workload to itself is one of its pods calling another (or itself) through the Service: policies apply
                if (!names.contains(from.name()) && !names.contains(to.name()) || !to.isPod() && !from.isPod()) {
                    continue;
                }
                for (int port : ports) {
                    for (String protocol : List.of("TCP", "UDP")) {
                        if (net.allows(from, to, port, protocol)) {
                            edges.add(new Edge(from.name(), to.name(), port, protocol));
                        }
                    }
                }
            }
        }
        return edges;
    }

    /**
     * Everything outside the app's pods that {@link #reachable} tries: the ingress controller, kube-dns, a stranger pod
     * in the app's namespace, a pod of another namespace, each Gateway's proxy and another pod of its namespace, a pod of
     * each namespace the app calls or lets call it, and addresses outside.
     */
    static List<Endpoint> outsiders(AppSpec app) {
        String ns = app.namespace().orElse("");
        List<Endpoint> others = new ArrayList<>(List.of(
                Endpoint.pod("controller", app.ingressControllerNamespace(), Map.of("app.kubernetes.io/name", "ingress-nginx"),
                        Map.of("http", "80/TCP")),
                Endpoint.pod("kube-dns", "kube-system", Map.of("k8s-app", "kube-dns"), Map.of("dns", "53/UDP", "dns-tcp", "53/TCP")),
                Endpoint.pod("stranger", ns, Map.of("app", "stranger"), Map.of("http", "8080/TCP")),
                Endpoint.pod("elsewhere", "elsewhere", Map.of("app", "elsewhere"), Map.of("http", "8080/TCP")),
                Endpoint.address("203.0.113.7")));
        for (String gatewayNs : gatewayNamespaces(app)) {
            // a Gateway's proxy with the labels the app names (and one more), and another pod of its namespace
            Map<String, String> proxy = new java.util.TreeMap<>(app.gatewayPods());
            proxy.put("app.kubernetes.io/component", "proxy");
            others.add(Endpoint.pod("gateway:" + gatewayNs, gatewayNs, proxy, Map.of("http", "8080/TCP")));
            others.add(Endpoint.pod("other-in:" + gatewayNs, gatewayNs, Map.of("app", "other"), Map.of("http", "8080/TCP")));
        }
        for (String outsider : outsideNamespaces(app)) {
            others.add(Endpoint.pod("ns:" + outsider, outsider, Map.of("app", "outsider"), Map.of("http", "8080/TCP")));
        }
        for (String ip : addresses(app)) {
            if (!ip.equals("203.0.113.7")) {
                others.add(Endpoint.address(ip));
            }
        }
        return others;
    }

    /** The pods among {@code outsiders} in {@code namespace} that carry every label of {@code labels}. */
    static List<String> podsIn(List<Endpoint> outsiders, String namespace, Map<String, String> labels) {
        return outsiders.stream().filter(e -> e.isPod() && namespace.equals(e.namespace())
                && e.labels().entrySet().containsAll(labels.entrySet())).map(Endpoint::name).toList();
    }

    /** The namespaces the Gateways of the app's routes run their pods in. */
    static Set<String> gatewayNamespaces(AppSpec app) {
        Set<String> out = new TreeSet<>();
        app.gatewayRoutes().forEach(r -> r.parents().forEach(p -> out.add(p.podsNamespace())));
        return out;
    }

    /**
     * The edges of the typed graph, from the application model: routes, store hosts read, DNS, declared egress (to
     * each outside address of the universe that lies in a declared block, on the same ports as above; a block declared
     * without ports takes every port and protocol, one with ports those TCP ports).
     */
    static Set<Edge> typedGraph(AppSpec app, Set<Integer> ports) {
        Set<Edge> edges = new LinkedHashSet<>();
        for (WorkloadSpec w : app.workloads()) {
            for (ContainerSpec c : w.containers()) {
                c.addresses().forEach(use -> edges.addAll(calls(app, w, use.address())));
            }
            for (ConfigSpec config : app.configs()) {
                for (AddressUse use : config.addresses()) {
                    boolean mounted = w.containers().stream().flatMap(c -> c.mounts().stream())
                            .anyMatch(m -> m instanceof MountSpec.OfConfig o && o.config().equals(config));
                    boolean read = w.containers().stream().flatMap(c -> c.env().stream())
                            .anyMatch(e -> e.source() instanceof EnvSource.ConfigKeyRef r && r.config().equals(config)
                                    && use.where().equals("entry:" + r.key()));
                    if (mounted || read) {
                        edges.addAll(calls(app, w, use.address()));
                    }
                }
            }
            w.pod().exposure().ifPresent(e -> {
                List<String> admitted = e.sourceRanges().isEmpty() ? List.of("0.0.0.0/0", "::/0") : e.sourceRanges();
                for (String ip : addresses(app)) {
                    if (admitted.stream().anyMatch(cidr -> NetworkModel.inCidr(ip, cidr))) {
                        w.ports().forEach(p -> edges.add(new Edge(ip, w.name(), p.number(), "TCP")));
                    }
                }
            });
            for (NamespaceIngress in : w.pod().ingressFrom()) {
                w.ports().stream().filter(p -> in.ports().isEmpty() || in.ports().contains(p.name()))
                        .forEach(p -> edges.add(new Edge("ns:" + in.namespace(), w.name(), p.number(), "TCP")));
            }
        }
        // routes: every pod outside the app in the controller's (the Gateway's) namespace with the labels named
        List<Endpoint> outsiders = outsiders(app);
        for (IngressSpec i : app.ingresses()) {
            for (RouteSpec r : i.routes()) {
                WorkloadSpec target = app.workload(r.target()).orElseThrow();
                PortSpec port = target.port(r.port().orElseThrow()).orElseThrow();
                for (String from : podsIn(outsiders, app.ingressControllerNamespace(), app.ingressControllerPods())) {
                    edges.add(new Edge(from, target.name(), port.number(), "TCP"));
                }
            }
        }
        for (GatewayRouteSpec r : app.gatewayRoutes()) {
            for (BackendSpec b : r.backends()) {
                WorkloadSpec target = app.workload(b.target()).orElseThrow();
                PortSpec port = target.port(b.port().orElseThrow()).orElseThrow();
                for (ParentSpec parent : r.parents()) {
                    for (String from : podsIn(outsiders, parent.podsNamespace(), app.gatewayPods())) {
                        edges.add(new Edge(from, target.name(), port.number(), "TCP"));
                    }
                }
            }
        }
        for (WorkloadSpec w : app.workloads()) {
            edges.add(new Edge(w.name(), "kube-dns", 53, "UDP"));
            edges.add(new Edge(w.name(), "kube-dns", 53, "TCP"));
            for (ContainerSpec c : w.containers()) {
                for (EnvVarSpec e : c.env()) {
                    if (e.source() instanceof EnvSource.HostRef h) {
                        WorkloadSpec store = app.workload(h.store()).orElseThrow();
                        store.ports().forEach(p -> edges.add(new Edge(w.name(), store.name(), p.number(), "TCP")));
                    }
                }
            }
            for (EgressRule e : w.pod().egress()) {
                for (String ip : addresses(app)) {
                    if (!NetworkModel.inCidr(ip, e.cidr())) {
                        continue;
                    }
                    if (e.ports().isEmpty()) {
                        for (int port : ports) {
                            edges.add(new Edge(w.name(), ip, port, "TCP"));
                            edges.add(new Edge(w.name(), ip, port, "UDP"));
                        }
                    } else {
                        e.ports().forEach(port -> edges.add(new Edge(w.name(), ip, port, "TCP")));
                    }
                }
            }
        }
        return edges;
    }

    /**
     * The connections one typed address stands for, read from the model as a user reads the API: an endpoint calls its
     * target's pods on the container port of the port it names; a store's host, every port of the store; a Service of
     * another namespace, that namespace's pods on the target port.
     */
    private static List<Edge> calls(AppSpec app, WorkloadSpec from, Address address) {
        if (address instanceof EnvSource.HostRef h) {
            WorkloadSpec store = app.workload(h.store()).orElseThrow();
            return store.ports().stream().map(p -> new Edge(from.name(), store.name(), p.number(), "TCP")).toList();
        }
        if (address instanceof Address.OtherNamespace o) {
            return List.of(new Edge(from.name(), "ns:" + o.namespace(), o.targetPort(), "TCP"));
        }
        Address.ServiceEndpoint e = (Address.ServiceEndpoint) address;
        WorkloadSpec target = app.workload(e.target()).orElseThrow();
        return List.of(new Edge(from.name(), target.name(), target.port(e.port()).orElseThrow().number(), "TCP"));
    }

    /** The namespaces the app calls or lets call it, besides its own. */
    private static Set<String> outsideNamespaces(AppSpec app) {
        Set<String> out = new TreeSet<>();
        List<AddressUse> uses = new ArrayList<>();
        app.workloads().forEach(w -> w.containers().forEach(c -> uses.addAll(c.addresses())));
        app.configs().forEach(c -> uses.addAll(c.addresses()));
        uses.forEach(u -> {
            if (u.address() instanceof Address.OtherNamespace o) {
                out.add(o.namespace());
            }
        });
        app.workloads().forEach(w -> w.pod().ingressFrom().forEach(in -> out.add(in.namespace())));
        return out;
    }

    /**
     * The outside addresses of the universe: two nobody declared, and the first address of each declared egress block
     * and of each load balancer's source range.
     */
    private static Set<String> addresses(AppSpec app) {
        Set<String> out = new TreeSet<>(List.of("203.0.113.7", "198.51.100.9"));
        app.workloads().forEach(w -> w.pod().egress().forEach(e -> out.add(e.cidr().substring(0, e.cidr().indexOf('/')))));
        app.workloads().forEach(w -> w.pod().exposure().ifPresent(e -> e.sourceRanges()
                .forEach(r -> out.add(r.substring(0, r.indexOf('/'))))));
        return out;
    }

    static Set<Integer> ports(AppSpec app) {
        Set<Integer> ports = new TreeSet<>(List.of(9, 53, 80, 443, 8080));
        for (WorkloadSpec w : app.workloads()) {
            w.ports().forEach(p -> ports.add(p.number()));
            w.ports().forEach(p -> ports.add(p.servicePort()));
            w.pod().egress().forEach(e -> ports.addAll(e.ports()));
            w.containers().forEach(c -> c.addresses().forEach(u -> {
                if (u.address() instanceof Address.OtherNamespace o) {
                    ports.add(o.port());
                    ports.add(o.targetPort());
                }
            }));
        }
        app.configs().forEach(c -> c.addresses().forEach(u -> {
            if (u.address() instanceof Address.OtherNamespace o) {
                ports.add(o.port());
                ports.add(o.targetPort());
            }
        }));
        return ports;
    }

    @Test
    void the_journals_network_is_exactly_its_typed_graph() {
        for (JournalParameters p : RenderJournal.variants()) {
            App app = Journal.define(p);
            Set<Edge> reachable = reachable(app.model(), app.render());
            assertThat(reachable).as(p.variant()).containsExactlyInAnyOrderElementsOf(typedGraph(app.model(), ports(app.model())));
            String router = p.gateway() ? "gateway:infra" : "controller";
            assertThat(reachable).as(p.variant()).contains(new Edge(router, "fileserver", 8080, "TCP"),
                    new Edge(router, "frontend", 8080, "TCP"), new Edge("frontend", "redis", 6379, "TCP"),
                    new Edge("migrate", "redis", 6379, "TCP"), new Edge("redis-backup", "redis", 6379, "TCP"))
                    .doesNotContain(new Edge("fileserver", "redis", 6379, "TCP"), new Edge("stranger", "redis", 6379, "TCP"),
                            new Edge("controller", "redis", 6379, "TCP"), new Edge("frontend", "203.0.113.7", 443, "TCP"),
                            new Edge(router, "redis", 6379, "TCP"), new Edge("other-in:infra", "frontend", 8080, "TCP"));
            if (p.gateway()) {
                assertThat(reachable).as(p.variant() + ": the ingress controller has no route any more")
                        .noneMatch(e -> e.from().equals("controller"));
            }
        }
    }

    /**
     * Outside traffic and an ingress controller somewhere, as users declare them; a controller in a namespace it shares
     * (kube-system, with kube-dns) is narrowed to its pods' label, as the README says to.
     */
    record Outside(String controllerNamespace, boolean controllerLabel, List<String> cidrs, List<Integer> ports) {
    }

    @Provide
    Arbitrary<Outside> outside() {
        return Combinators.combine(Arbitraries.of("ingress-nginx", "traefik", "kube-system", "edge"), Arbitraries.of(true, false),
                Arbitraries.of("0.0.0.0/0", "10.20.0.0/16", "192.0.2.0/24", "2001:db8::/32", "198.51.100.7/32").list().ofMaxSize(3).uniqueElements(),
                Arbitraries.of(443, 5432, 6379, 9093).list().ofMaxSize(2).uniqueElements())
                .as(Outside::new);
    }

    /** Who can reach whom is exactly the typed graph: none more, none fewer. */
    @Property(tries = 1000, shrinking = ShrinkingMode.OFF)
    void the_network_is_exactly_the_typed_graph(@ForAll("generated") App app, @ForAll("outside") Outside outside) {
        app.ingressControllerNamespace(outside.controllerNamespace());
        if (outside.controllerLabel() || outside.controllerNamespace().equals("kube-system")) {
            app.ingressControllerPods("app.kubernetes.io/name", "ingress-nginx");
        }
        if (!outside.cidrs().isEmpty()) {
            Worker w = app.worker("x-egress", PINNED).replicas(2)
                    .resources(Resources.of(Cpu.millis(100), Memory.mebibytes(64)).limits(Cpu.millis(200), Memory.mebibytes(64)));
            for (String cidr : outside.cidrs()) {
                w.egressTo(cidr, outside.ports().stream().mapToInt(Integer::intValue).toArray());
            }
        }
        AppSpec model = app.model();
        Set<Edge> reachable = reachable(model, app.render());
        Set<Edge> expected = typedGraph(model, ports(model));
        assertThat(reachable).containsExactlyInAnyOrderElementsOf(expected);
        Statistics.label("edges").collect(expected.size() < 20 ? "<20" : expected.size() < 50 ? "20-49" : "50+");
        Statistics.label("store clients").collect(expected.stream().anyMatch(e -> e.to().startsWith("store")));
        Statistics.label("calls between services").collect(expected.stream().filter(e -> e.to().matches("[a-z]+[0-9]+")
                && e.from().matches("[a-z]+[0-9]+") && !e.to().startsWith("store")).count() > 0);
        Statistics.label("calls to other namespaces").collect(expected.stream().anyMatch(e -> e.to().startsWith("ns:")));
        Statistics.label("exposed").collect(model.workloads().stream().anyMatch(w -> w.pod().exposure().isPresent()));
    }
}
