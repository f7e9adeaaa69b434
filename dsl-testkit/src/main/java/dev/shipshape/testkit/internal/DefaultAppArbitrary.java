package dev.shipshape.testkit.internal;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.BatchJob;
import dev.shipshape.dsl.Config;
import dev.shipshape.dsl.Endpoint;
import dev.shipshape.dsl.GatewayRef;
import dev.shipshape.dsl.GrpcRoute;
import dev.shipshape.dsl.HttpRoute;
import dev.shipshape.dsl.Ingress;
import dev.shipshape.dsl.Match;
import dev.shipshape.dsl.PodComponent;
import dev.shipshape.dsl.Routable;
import dev.shipshape.dsl.ScheduledJob;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.ServiceWorkload;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.StatefulStore;
import dev.shipshape.dsl.StaticSite;
import dev.shipshape.dsl.Template;
import dev.shipshape.dsl.WebService;
import dev.shipshape.dsl.Worker;
import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.PathType;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.model.Toleration;
import dev.shipshape.testkit.AppArbitrary;
import dev.shipshape.testkit.Route;
import dev.shipshape.testkit.ShipshapeArbitraries;
import dev.shipshape.units.Image;
import dev.shipshape.units.Storage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The default {@link AppArbitrary}. Not API. */
public class DefaultAppArbitrary extends ArbitraryDecorator<App> implements AppArbitrary {

    private static final List<String> WORDS = List.of("web", "api", "shop", "cart", "auth", "feed", "search", "media");
    private static final List<String> SAFE_ENV = List.of("MODE", "LOG_LEVEL", "FEATURE_FLAGS", "GREETING");
    /**
     * Literal values a YAML writer or reader can get wrong: empty, words YAML reads as null, booleans or numbers, and
     * the characters YAML 1.1 (kubectl) reads as line breaks — NEL, LS, PS — alone, first, inside and across lines.
     */
    private static final List<String> AWKWARD_LITERALS = List.of("", "null", "~", "yes", "0x1F", "\u0085", "\u0085a", " \u0085",
            "a\u2028b", "c\u2029d", "a\nb\u0085c", "x: y", "- z", "#");

    private Ranges.Count webServices = new Ranges.Count(1, 4);
    private Ranges.Count stores = new Ranges.Count(0, 2);
    private Ranges.Count sites = new Ranges.Count(0, 2);
    private Ranges.Count workers = new Ranges.Count(0, 2);
    private Ranges.Count jobs = new Ranges.Count(0, 1);
    private Ranges.Count cronJobs = new Ranges.Count(0, 1);

    private static final List<String> ZONES = List.of("UTC", "Europe/Berlin", "Asia/Shanghai", "America/New_York");

    record WebPlan(String word, Resources resources, Image image, int port, Optional<Integer> hpaTarget, int replicas,
                   Map<String, String> config, String literal, PodExtras extras, Reach reach) {
        WebPlan with(PodExtras e) {
            return new WebPlan(word, resources, image, port, hpaTarget, replicas, config, literal, e, reach);
        }

        WebPlan with(Reach r) {
            return new WebPlan(word, resources, image, port, hpaTarget, replicas, config, literal, extras, r);
        }
    }

    /** How a web service is reached beyond its Service port {@code http}: a gRPC port, and from outside the graph. */
    record Reach(boolean grpc, Exposure exposure) {
        static final Reach NONE = new Reach(false, Exposure.NONE);
    }

    /** Who outside the app's graph may call a web service. */
    enum Exposure { NONE, LOAD_BALANCER, SOURCE_RANGES, NODE_PORT, FROM_NAMESPACE }

    /** What a call targets. */
    enum Callee { WEB_HTTP, WEB_GRPC, SITE, STORE_PRIMARY, STORE_READ, OTHER_NAMESPACE }

    /** Where a call's address is written. */
    enum Form { ENV, FQDN, TEMPLATE, ARGS, CONFIG_ENTRY, SIDECAR, INIT_CONTAINER }

    /**
     * A typed call between the app's components, drawn with it: the caller (a web service, else a worker, by index
     * modulo their number), the callee (by index modulo the number of its kind; a gRPC call to a service without gRPC
     * calls its {@code http} port), and how the address is written.
     */
    record CallPlan(int caller, Callee callee, int target, Form form) {
    }

    /** What a web service may have beyond its container; each part is optional. */
    record PodExtras(Optional<Resources> sidecar, Optional<Resources> init, boolean labelled, Optional<String> nodeSelector,
                     boolean tolerates, Optional<Integer> preStopSeconds) {
        static final PodExtras NONE = new PodExtras(Optional.empty(), Optional.empty(), false, Optional.empty(), false,
                Optional.empty());
    }

    record WorkerPlan(Resources resources, Image image, int replicas, boolean autoscaled) {
    }

    record JobPlan(Resources resources, Image image, int backoffLimit, Optional<Integer> ttlMinutes) {
    }

    record CronPlan(Resources resources, Image image, String schedule, Optional<String> timeZone) {
    }

    record Batch(List<WorkerPlan> workers, List<JobPlan> jobs, List<CronPlan> crons) {
    }

    record StorePlan(Resources resources, Image image, int port, int replicas, Optional<Storage> volume) {
    }

    record SitePlan(Resources resources, Image image, boolean explicitPort) {
    }

    /**
     * How requests from outside reach the routed components: an Ingress, HTTPRoutes (and GRPCRoutes to the gRPC ports)
     * on a Gateway of the platform, or both, as during a migration.
     */
    public enum Routing {
        /** An Ingress, {@code edge}. */
        INGRESS,
        /** HTTPRoutes {@code edge}, {@code edge-2}, … and GRPCRoutes {@code rpc}, … on the plan's Gateway. */
        GATEWAY,
        /** Both, as during a migration. */
        BOTH
    }

    /**
     * The Gateway a gateway-routed app attaches to, where its pods run, and whether the app names their label.
     *
     * @param namespace the Gateway's namespace
     * @param podsIn    where its pods run, when not there (Envoy Gateway)
     * @param labelled  whether {@code gatewayPods} narrows them to a label
     */
    record GatewayPlan(String namespace, Optional<String> podsIn, boolean labelled) {
    }

    /** What an app is built from, drawn before it is built (so the mistakes can be drawn with it). */
    public record Plan(String name, Optional<String> namespace, List<WebPlan> webs, List<StorePlan> stores, List<SitePlan> sites,
                List<Route> routes, String host, Batch batch, List<CallPlan> calls, Routing routing, GatewayPlan gateway) {
    }

    @Override
    protected Arbitrary<App> arbitrary() {
        return plans().map(DefaultAppArbitrary::build);
    }

    /**
     * Whether a literal names none of the app's Services ({@code web0}, {@code store1-read}, {@code site0-external}):
     * an app that wrote one as text would rightly break {@code reference.untyped}.
     */
    static boolean namesNoComponent(String literal) {
        return !COMPONENT_NAME.matcher(literal).find();
    }

    private static final java.util.regex.Pattern COMPONENT_NAME = java.util.regex.Pattern.compile(
            "(" + String.join("|", WORDS) + "|store|site|worker|job|cron)[0-9]");

    /** Env values: any string of up to 30 characters, and one in ten an awkward one ({@link #AWKWARD_LITERALS}). */
    private static Arbitrary<String> literals() {
        return Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.strings().ofMaxLength(30)), Tuple.of(1, Arbitraries.of(AWKWARD_LITERALS)))
                .filter(DefaultAppArbitrary::namesNoComponent);
    }

    public Arbitrary<Plan> plans() {
        Arbitrary<Resources> resources = ShipshapeArbitraries.resources();
        Arbitrary<Image> images = ShipshapeArbitraries.images().pinned();
        Arbitrary<WebPlan> web = Combinators.combine(Arbitraries.of(WORDS), resources, images, Arbitraries.integers().between(1024, 65535),
                Arbitraries.integers().between(50, 90).optional(), Arbitraries.integers().between(2, 5),
                ShipshapeArbitraries.configData().filter(m -> m.values().stream().allMatch(DefaultAppArbitrary::namesNoComponent)),
                literals())
                .as((word, r, i, port, hpa, replicas, config, literal) -> new WebPlan(word, r, i, port, hpa, replicas, config,
                        literal, PodExtras.NONE, Reach.NONE));
        Arbitrary<PodExtras> extras = Combinators.combine(resources.optional(0.3), resources.optional(0.3), Arbitraries.of(true, false),
                Arbitraries.of("ssd", "hdd").optional(0.3), Arbitraries.of(true, false), Arbitraries.integers().between(1, 20).optional(0.3))
                .as(PodExtras::new);
        web = Combinators.combine(web, extras).as(WebPlan::with);
        Arbitrary<Reach> reach = Combinators.combine(Arbitraries.of(true, false), Arbitraries.frequency(
                Tuple.of(6, Exposure.NONE), Tuple.of(1, Exposure.LOAD_BALANCER), Tuple.of(1, Exposure.SOURCE_RANGES),
                Tuple.of(1, Exposure.NODE_PORT), Tuple.of(1, Exposure.FROM_NAMESPACE))).as(Reach::new);
        web = Combinators.combine(web, reach).as(WebPlan::with);
        Arbitrary<CallPlan> call = Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.of(Callee.class),
                Arbitraries.integers().between(0, 7), Arbitraries.of(Form.class)).as(CallPlan::new);
        Arbitrary<StorePlan> store = Combinators.combine(resources, images, Arbitraries.integers().between(1024, 65535),
                Arbitraries.integers().between(1, 3), ShipshapeArbitraries.storage()
                        .between(Storage.gibibytes(1), Storage.gibibytes(500)).optional(0.8))
                .as(StorePlan::new);
        Arbitrary<SitePlan> site = Combinators.combine(resources, images, Arbitraries.of(true, false)).as(SitePlan::new);
        Arbitrary<List<WebPlan>> webList = web.list().ofMinSize(webServices.min()).ofMaxSize(webServices.max());
        Arbitrary<List<StorePlan>> storeList = store.list().ofMinSize(stores.min()).ofMaxSize(stores.max());
        Arbitrary<List<SitePlan>> siteList = site.list().ofMinSize(sites.min()).ofMaxSize(sites.max());
        Arbitrary<String> name = ShipshapeArbitraries.dnsLabels().ofMaxLength(20).filter(n -> Character.isLetter(n.charAt(0)));
        Arbitrary<Optional<String>> namespace = ShipshapeArbitraries.dnsLabels().ofMaxLength(30).optional();
        Arbitrary<WorkerPlan> worker = Combinators.combine(resources, images, Arbitraries.integers().between(1, 3),
                Arbitraries.of(true, false)).as(WorkerPlan::new);
        Arbitrary<JobPlan> job = Combinators.combine(resources, images, Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(1, 1440).optional()).as(JobPlan::new);
        Arbitrary<String> schedule = Arbitraries.oneOf(
                Arbitraries.of("@hourly", "@daily", "@midnight", "@weekly", "@monthly", "@yearly", "*/15 * * * *", "0 9-17 * * MON-FRI"),
                Combinators.combine(Arbitraries.integers().between(0, 59), Arbitraries.integers().between(0, 23))
                        .as((m, h) -> m + " " + h + " * * *"));
        Arbitrary<CronPlan> cron = Combinators.combine(resources, images, schedule, Arbitraries.of(ZONES).optional())
                .as(CronPlan::new);
        Arbitrary<GatewayPlan> gateway = Combinators.combine(Arbitraries.of("infra", "gateways", "edge"),
                Arbitraries.of("envoy-gateway-system", "istio-ingress").optional(0.3), Arbitraries.of(true, false))
                .as(GatewayPlan::new);
        Arbitrary<Batch> batch = Combinators.combine(worker.list().ofMinSize(workers.min()).ofMaxSize(workers.max()),
                job.list().ofMinSize(jobs.min()).ofMaxSize(jobs.max()), cron.list().ofMinSize(cronJobs.min()).ofMaxSize(cronJobs.max()))
                .as(Batch::new);
        return Combinators.combine(name, namespace, webList, storeList, siteList, ShipshapeArbitraries.dnsSubdomains().ofMaxLength(60),
                        batch)
                .flatAs((n, ns, w, st, si, host, b) -> Combinators.combine(ShipshapeArbitraries.routes().ofSize(w.size() + si.size()),
                                call.list().ofMaxSize(6), Arbitraries.frequency(Tuple.of(2, Routing.INGRESS),
                                        Tuple.of(1, Routing.GATEWAY), Tuple.of(1, Routing.BOTH)), gateway)
                        .as((routes, calls, routing, g) -> new Plan(n, ns, w, st, si, routes, host, b, calls, routing, g)));
    }

    /** Builds the app a plan describes. */
    public static App build(Plan plan) {
        App app = Shipshape.app(plan.name());
        plan.namespace().ifPresent(app::namespace);
        SecretRef secret = app.externalSecret("creds", "username", "password");
        List<StatefulStore> stores = new ArrayList<>();
        for (int i = 0; i < plan.stores().size(); i++) {
            StorePlan s = plan.stores().get(i);
            StatefulStore store = app.statefulStore("store" + i, s.image().toString()).replicas(s.replicas()).port("db", s.port())
                    .resources(s.resources()).readinessProbe(Probe.tcp("db")).mount(secret, "/etc/creds");
            if (s.volume().isPresent()) {
                Storage size = s.volume().get();
                store.volume("data", "/data", size, v -> {
                    if (size.toBytes() % 2 == 0) {
                        v.storageClass("standard");
                    }
                });
            } else {
                store.ephemeral();
            }
            stores.add(store);
        }
        List<Routable> routable = new ArrayList<>();
        List<WebService> webs = new ArrayList<>();
        List<PodComponent<?>> callers = new ArrayList<>();
        for (int i = 0; i < plan.webs().size(); i++) {
            WebPlan w = plan.webs().get(i);
            String name = w.word() + i;
            Config config = app.config(name + "-config").entries(w.config());
            WebService web = app.webService(name, w.image().toString()).port("http", w.port()).resources(w.resources())
                    .env(SAFE_ENV.get(i % SAFE_ENV.size()), w.literal())
                    .env("DB_PASSWORD", secret.key("password"))
                    .mount(config, "/etc/" + name)
                    .readinessProbe(w.reach().grpc() ? Probe.http("/healthz", "http").header("X-Health-Check", name)
                            : Probe.http("/healthz", "http"));
            int k = 0;
            for (String key : w.config().keySet()) {
                web.env("CFG_" + k++, config.key(key));
            }
            if (!stores.isEmpty()) {
                StatefulStore store = stores.get(i % stores.size());
                web.env("DB_HOST", store.primaryHost()).env("DB_READ_HOST", store.readHost().fqdn());
            }
            if (w.hpaTarget().isPresent()) {
                web.autoscale(Autoscaling.between(2, 2 + w.replicas()).targetCpuUtilization(w.hpaTarget().get()));
            } else {
                web.replicas(w.replicas());
            }
            extras(web, w.extras(), name);
            reach(web, w, i);
            routable.add(web);
            webs.add(web);
        }
        Batch batch = plan.batch();
        for (int i = 0; i < batch.workers().size(); i++) {
            WorkerPlan wp = batch.workers().get(i);
            Worker worker = app.worker("worker" + i, wp.image().toString()).resources(wp.resources())
                    .env("DB_PASSWORD", secret.key("password"));
            if (!stores.isEmpty()) {
                worker.env("DB_HOST", stores.get(i % stores.size()).primaryHost());
            }
            if (wp.autoscaled() && wp.resources().cpuRequest().isPresent()) {
                worker.autoscale(Autoscaling.between(1, 1 + wp.replicas()));
            } else {
                worker.replicas(wp.replicas());
            }
            callers.add(worker);
        }
        for (int i = 0; i < batch.jobs().size(); i++) {
            JobPlan jp = batch.jobs().get(i);
            BatchJob job = app.job("job" + i, jp.image().toString()).resources(jp.resources()).backoffLimit(jp.backoffLimit())
                    .env("DB_PASSWORD", secret.key("password"));
            jp.ttlMinutes().ifPresent(m -> job.ttlAfterFinished(Duration.ofMinutes(m)));
        }
        for (int i = 0; i < batch.crons().size(); i++) {
            CronPlan cp = batch.crons().get(i);
            ScheduledJob cron = app.cronJob("cron" + i, cp.image().toString()).resources(cp.resources()).schedule(cp.schedule());
            cp.timeZone().ifPresent(cron::timeZone);
        }
        List<StaticSite> sites = new ArrayList<>();
        for (int i = 0; i < plan.sites().size(); i++) {
            SitePlan s = plan.sites().get(i);
            StaticSite site = app.staticSite("site" + i, s.image().toString()).replicas(2).resources(s.resources());
            if (s.explicitPort()) {
                site.port("web", 8080);
            }
            routable.add(site);
            sites.add(site);
        }
        callers.addAll(0, webs);
        for (int k = 0; k < plan.calls().size(); k++) {
            call(app, plan, plan.calls().get(k), k, callers, webs, stores, sites);
        }
        if (!routable.isEmpty() && plan.routing() != Routing.GATEWAY) {
            Ingress ingress = app.ingress("edge").host(plan.host());
            for (int i = 0; i < plan.routes().size(); i++) {
                Route r = plan.routes().get(i);
                ingress.route(r.path(), routable.get(i), r.type());
            }
        }
        if (!routable.isEmpty() && plan.routing() != Routing.INGRESS) {
            gatewayRoutes(app, plan, routable, webs);
        }
        return app;
    }

    /**
     * The routes of the plan as an HTTPRoute on the plan's Gateway (each route one rule, Exact or PathPrefix), and a
     * GRPCRoute to every web service with a gRPC port, one gRPC service each.
     */
    private static void gatewayRoutes(App app, Plan plan, List<Routable> routable, List<WebService> webs) {
        GatewayPlan g = plan.gateway();
        GatewayRef gateway = app.gateway(g.namespace(), "public");
        if (g.podsIn().isPresent()) {
            gateway = gateway.podsIn(g.podsIn().get());
        }
        if (g.labelled()) {
            app.gatewayPods("gateway.networking.k8s.io/gateway-name", "public");
        }
        HttpRoute http = null;
        for (int i = 0; i < plan.routes().size(); i++) {
            if (i % MAX_RULES == 0) {   // a route holds at most 16 rules: the next ones go to edge-2, edge-3, …
                http = app.httpRoute(i == 0 ? "edge" : "edge-" + (i / MAX_RULES + 1)).parent(gateway.listener("https"))
                        .host(plan.host());
            }
            Route r = plan.routes().get(i);
            http.route(r.type() == PathType.EXACT ? Match.exact(r.path()) : Match.prefix(r.path()), routable.get(i));
        }
        GrpcRoute grpc = null;
        int services = 0;
        for (int i = 0; i < webs.size(); i++) {
            if (plan.webs().get(i).reach().grpc()) {
                if (services % MAX_RULES == 0) {
                    grpc = app.grpcRoute(services == 0 ? "rpc" : "rpc-" + (services / MAX_RULES + 1)).parent(gateway)
                            .host("rpc." + plan.host());
                }
                grpc.service("svc.v1.Service" + i, webs.get(i), "grpc");
                services++;
            }
        }
    }

    /** The most rules a Gateway API route may have (its CRD's {@code maxItems}). */
    private static final int MAX_RULES = 16;

    /** A gRPC port on 1 above the http one (Service port 50051, 50052 if http has it) and how outsiders reach it. */
    private static void reach(WebService web, WebPlan w, int i) {
        if (w.reach().grpc()) {
            web.port("grpc", w.port() == 65535 ? 1024 : w.port() + 1, w.port() == 50051 ? 50052 : 50051)
                    .livenessProbe(Probe.grpc("grpc"));
        }
        switch (w.reach().exposure()) {
            case LOAD_BALANCER -> web.loadBalancer();
            case SOURCE_RANGES -> web.loadBalancer("203.0.113.0/24", "2001:db8::/32");
            case NODE_PORT -> web.nodePort("http", ServiceWorkload.NODE_PORT_MIN + i);
            case FROM_NAMESPACE -> web.allowFromNamespace("monitoring", "http");
            case NONE -> { }
        }
    }

    /** Adds a drawn call to the app; a call whose caller or callee the app lacks is left out. */
    private static void call(App app, Plan plan, CallPlan c, int k, List<PodComponent<?>> callers, List<WebService> webs,
                             List<StatefulStore> stores, List<StaticSite> sites) {
        Endpoint endpoint;
        switch (c.callee()) {
            case WEB_HTTP, WEB_GRPC -> {
                if (webs.isEmpty()) {
                    return;
                }
                WebService target = webs.get(c.target() % webs.size());
                boolean grpc = c.callee() == Callee.WEB_GRPC && plan.webs().get(c.target() % webs.size()).reach().grpc();
                endpoint = target.endpoint(grpc ? "grpc" : "http");
            }
            case SITE -> {
                if (sites.isEmpty()) {
                    return;
                }
                StaticSite target = sites.get(c.target() % sites.size());
                endpoint = target.endpoint(plan.sites().get(c.target() % sites.size()).explicitPort() ? "web" : "http");
            }
            case STORE_PRIMARY, STORE_READ -> {
                if (stores.isEmpty()) {
                    return;
                }
                StatefulStore target = stores.get(c.target() % stores.size());
                endpoint = c.callee() == Callee.STORE_PRIMARY ? target.primaryEndpoint("db") : target.readEndpoint("db");
            }
            case OTHER_NAMESPACE -> endpoint = c.target() % 2 == 0
                    ? Shipshape.serviceIn("x-partner" + c.target() % 3, "api", 443, 8443)
                    : Shipshape.serviceIn("x-partner" + c.target() % 3, "api", 9000 + c.target());
            default -> throw new IllegalStateException(c.callee().toString());
        }
        if (callers.isEmpty()) {
            return;
        }
        PodComponent<?> caller = callers.get(c.caller() % callers.size());
        String image = "my-repo/call-helper:2.0@sha256:" + "d".repeat(64);
        Resources small = Mistakes.resources();
        switch (c.form()) {
            case ENV -> caller.env("CALL_" + k, endpoint);
            case FQDN -> caller.env("CALL_" + k, endpoint.fqdn());
            case TEMPLATE -> caller.env("CALL_" + k, Template.of("http://", endpoint, "/v" + k));
            case ARGS -> caller.args("--upstream", endpoint, "--retries=" + k);
            case CONFIG_ENTRY -> {
                Config config = app.config("call" + k).entry("address", Template.of("grpc://", endpoint));
                if (k % 2 == 0) {
                    caller.mount(config, "/etc/call" + k);
                } else {
                    caller.env("CALL_" + k, config.key("address"));
                }
            }
            case SIDECAR -> caller.sidecar("call-proxy" + k, image, s -> s.resources(small).env("UPSTREAM", endpoint));
            case INIT_CONTAINER -> caller.initContainer("call-wait" + k, image, s -> s.resources(small).args(endpoint));
            default -> throw new IllegalStateException(c.form().toString());
        }
    }

    /** Adds what a plan's extras say to a web service, all of it valid. */
    private static void extras(WebService web, PodExtras e, String name) {
        String sidecarImage = "my-repo/log-shipper:3.1@sha256:" + "e".repeat(64);
        e.sidecar().ifPresent(r -> web.sidecar("log-shipper", sidecarImage, c -> c.resources(r)));
        e.init().ifPresent(r -> web.initContainer("prepare", sidecarImage, c -> c.resources(r).command("true")));
        if (e.labelled()) {
            web.label("example.com/team", name).annotation("example.com/owner", name + "-team");
        }
        e.nodeSelector().ifPresent(v -> web.nodeSelector("disktype", v));
        if (e.tolerates()) {
            web.toleration(Toleration.equal("dedicated", name, Toleration.NO_SCHEDULE));
        }
        e.preStopSeconds().ifPresent(s -> web.preStop(Duration.ofSeconds(s)).terminationGracePeriod(Duration.ofSeconds(s + 30)));
    }

    @Override
    public DefaultAppArbitrary workers(int min, int max) {
        return with(clone -> clone.workers = new Ranges.Count(min, max));
    }

    @Override
    public DefaultAppArbitrary jobs(int min, int max) {
        return with(clone -> clone.jobs = new Ranges.Count(min, max));
    }

    @Override
    public DefaultAppArbitrary cronJobs(int min, int max) {
        return with(clone -> clone.cronJobs = new Ranges.Count(min, max));
    }

    @Override
    public DefaultAppArbitrary webServices(int min, int max) {
        return with(clone -> clone.webServices = new Ranges.Count(min, max));
    }

    @Override
    public DefaultAppArbitrary stores(int min, int max) {
        return with(clone -> clone.stores = new Ranges.Count(min, max));
    }

    @Override
    public DefaultAppArbitrary staticSites(int min, int max) {
        return with(clone -> clone.sites = new Ranges.Count(min, max));
    }

    /** A copy with {@code change} applied: configuration methods return new arbitraries, as jqwik's do. */
    private DefaultAppArbitrary with(java.util.function.Consumer<DefaultAppArbitrary> change) {
        DefaultAppArbitrary clone = typedClone();
        change.accept(clone);
        return clone;
    }
}
