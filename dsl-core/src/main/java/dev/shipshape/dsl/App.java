package dev.shipshape.dsl;

import dev.shipshape.internal.Bridge;
import dev.shipshape.internal.check.Checked;
import dev.shipshape.internal.io.ManifestReader;
import dev.shipshape.internal.lang.Args;
import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.objects.Origin;
import dev.shipshape.model.AppId;
import dev.shipshape.model.AppSpec;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.ComponentKind;
import dev.shipshape.model.ConfigSpec;
import dev.shipshape.model.Customization;
import dev.shipshape.model.GrpcRouteSpec;
import dev.shipshape.model.HttpRouteSpec;
import dev.shipshape.model.IncludedObject;
import dev.shipshape.model.IngressSpec;
import dev.shipshape.model.SecretData;
import dev.shipshape.model.SecretSpec;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.render.Manifests;
import dev.shipshape.units.Image;
import dev.shipshape.units.Names;
import dev.shipshape.validation.InvalidAppException;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Rules;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * An application being defined: the builder every component hangs off. Create one with
 * {@link Shipshape#app(String)}; add components with the intent verbs, each returning what it creates.
 *
 * <pre>{@code
 * App app = Shipshape.app("journal").namespace("journal");
 * SecretRef auth = app.externalSecret("redis-passwd", "passwd");
 * Config cfg = app.config("frontend-config").entry("journalEntries", "10");
 * StatefulStore redis = app.statefulStore("redis", "redis:7.2.4-alpine").port("redis", 6379)
 *         .volume("data", "/data", Storage.gibibytes(10));
 * WebService frontend = app.webService("frontend", "my-repo/journal-server:v1.0.1").port("http", 8080)
 *         .env("REDIS_HOST", redis.primaryHost());
 * app.ingress("frontend-ingress").host("journal.example.com").route("/api", frontend);
 *
 * List<Violation> problems = app.validate();   // never throws for graph-level problems
 * Manifests manifests = app.render();          // throws InvalidAppException listing every error
 * }</pre>
 *
 * <p><b>Not thread-safe</b>, like every builder of the DSL (and like jOOQ's): define an app on one thread. Once it is
 * defined, {@link #validate()}, {@link #render()} and {@link #model()} only read it, so any number of threads may call
 * them at once (a property test rendering one app in parallel, say); each works on a frozen snapshot of what the
 * builders hold at that moment, and the {@code Manifests} returned never change afterwards. Changing an app on one
 * thread while another renders it is not supported. Defaults: no namespace (objects carry none),
 * {@link Policy#defaults()}.
 */
public final class App {

    private final AppId id;
    private Optional<String> namespace = Optional.empty();
    private final Map<String, String> labels = new TreeMap<>();
    private Policy policy = Policy.defaults();
    private final List<PodComponent<?>> workloads = new ArrayList<>();
    private final List<Config> configs = new ArrayList<>();
    private final List<SecretRef> secrets = new ArrayList<>();
    private final List<Ingress> ingresses = new ArrayList<>();
    private final List<HttpRoute> httpRoutes = new ArrayList<>();
    private final List<GrpcRoute> grpcRoutes = new ArrayList<>();
    private final Map<String, String> gatewayPods = new TreeMap<>();
    private final List<IncludedObject> included = new ArrayList<>();
    private final Adjustments adjustments = new Adjustments(Optional.empty());
    private String ingressControllerNamespace = DEFAULT_INGRESS_CONTROLLER_NAMESPACE;
    private final Map<String, String> ingressControllerPods = new TreeMap<>();
    private Optional<String> networkPoliciesOff = Optional.empty();

    /** The namespace the NetworkPolicies let reach routed workloads unless told otherwise. */
    public static final String DEFAULT_INGRESS_CONTROLLER_NAMESPACE = "ingress-nginx";

    App(String name) {
        this.id = Bridge.newAppId(Names.requireDns1123Label("app name", name));
    }

    /** {@return the application's name} */
    public String name() {
        return id.name();
    }

    /**
     * Puts every object in {@code namespace}, rendered as a Namespace object first.
     *
     * @param namespace a DNS-1123 label, e.g. {@code journal}
     * @return this app, for chaining
     * @throws IllegalArgumentException if the name is not a DNS-1123 label
     */
    public App namespace(String namespace) {
        this.namespace = Optional.of(Names.requireDns1123Label("namespace", namespace));
        return this;
    }

    /**
     * Adds a label to every rendered object (not to selectors, which use only labels that never change):
     * {@code .label("example.com/region", "eu")}.
     *
     * @param key an optional DNS subdomain prefix and {@code /}, then a name; not in {@code app.kubernetes.io/}
     * @param value at most 63 letters, digits, {@code -}, {@code _} and {@code .}
     * @return this app, for chaining
     * @throws IllegalArgumentException if the key or value is not a valid label key or value
     */
    public App label(String key, String value) {
        Names.requireLabel(key, value);
        if (key.startsWith("app.kubernetes.io/")) {
            throw new IllegalArgumentException("label key '" + key + "' is Shipshape's own (app.kubernetes.io/*);"
                    + " use your own prefix, e.g. 'example.com/region'");
        }
        labels.put(key, value);
        return this;
    }

    /**
     * Sets the validation policy: {@code .policy(Policy.strict().allowRegistries("my-repo"))}.
     *
     * @param policy severities, waivers and allowed registries; {@link Policy#defaults()} unless set
     * @return this app, for chaining
     */
    public App policy(Policy policy) {
        this.policy = Args.notNull(policy, "policy");
        return this;
    }

    /** {@return the policy in force} */
    public Policy policy() {
        return policy;
    }

    /**
     * References a Secret created out of band; Shipshape renders references to it, never the Secret. Keys
     * given here are checked when referenced ({@code secret.missing-key}).
     *
     * @param name the Secret's name, a DNS-1123 subdomain
     * @param keys the keys the Secret is known to have; none means keys are not checked
     * @return the secret ref
     * @throws IllegalArgumentException if the name or a key is invalid
     */
    public SecretRef externalSecret(String name, String... keys) {
        Args.strings(keys, "secret keys");
        LinkedHashSet<String> declared = new LinkedHashSet<>();
        for (String k : keys) {
            declared.add(Names.requireConfigKey("secret key", k));
        }
        SecretRef s = new SecretRef(id(ComponentKind.SECRET, "secret", name), declared, Optional.empty());
        secrets.add(s);
        return s;
    }

    /**
     * {@return a Secret with literal values, rendered into the manifests: for local development and tests only} It is reported as {@code secret.development-data} (a warning; {@link Policy#strict()} refuses it). Values never appear in {@code toString()}, violations or exceptions.
     *
     * <pre>{@code
     * SecretRef auth = app.developmentSecret("redis-passwd", Map.of("passwd", "dev-only"));
     * }</pre>
     *
     * @param name the Secret's name, a DNS-1123 subdomain
     * @param values key → value, at least one; the values are never shown in any message
     * @throws IllegalArgumentException if the name or a key is invalid, a value is null, or there are no values
     */
    public SecretRef developmentSecret(String name, Map<String, String> values) {
        Args.notNull(values, "secret values");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("development secret '" + Names.printable(name) + "' needs at least one value");
        }
        values.forEach((k, v) -> {
            Names.requireConfigKey("secret key", k);
            Args.notNull(v, "value of secret key " + k);
        });
        SecretRef s = new SecretRef(id(ComponentKind.SECRET, "secret", name), values.keySet(),
                Optional.of(SecretData.of(values)));
        secrets.add(s);
        return s;
    }

    /**
     * Adds a versioned ConfigMap: {@code app.config("frontend-config").entry("journalEntries", "10")}.
     *
     * @param name the ConfigMap's name before its version suffix, a DNS-1123 subdomain
     * @return the config
     */
    public Config config(String name) {
        Config c = new Config(id(ComponentKind.CONFIG, "config", name));
        configs.add(c);
        return c;
    }

    /**
     * Adds a stateless web service (Deployment + Service): {@code app.webService("frontend", "my-repo/server:v1")}.
     *
     * @param name a DNS-1035 label (a letter first, at most 63): it also names the Service and the container
     * @param image the container image reference, e.g. {@code redis:7.2.4-alpine}
     * @return the web service
     */
    public WebService webService(String name, String image) {
        return added(new WebService(serviceId(ComponentKind.WEB_SERVICE, name), parse(image)));
    }

    /**
     * Adds a stateful store (StatefulSet + headless Service + read Service): {@code app.statefulStore("redis", "redis:7.2.4")}.
     *
     * @param name a DNS-1035 label: it also names the governing Service, the container and the pods ({@code <name>-0})
     * @param image the container image reference, e.g. {@code redis:7.2.4-alpine}
     * @return the stateful store
     */
    public StatefulStore statefulStore(String name, String image) {
        return added(new StatefulStore(serviceId(ComponentKind.STATEFUL_STORE, name), parse(image)));
    }

    /**
     * Adds a static file server (Deployment + Service): {@code app.staticSite("fileserver", "nginx:1.27.0")}.
     *
     * @param name a DNS-1035 label: it also names the Service and the container
     * @param image the container image reference, e.g. {@code redis:7.2.4-alpine}
     * @return the static site
     */
    public StaticSite staticSite(String name, String image) {
        return added(new StaticSite(serviceId(ComponentKind.STATIC_SITE, name), parse(image)));
    }

    /**
     * Adds a background worker (a Deployment without a Service): {@code app.worker("indexer", "my-repo/indexer:2.4.1")}.
     *
     * @param name the name (a DNS-1123 label: it also names the container)
     * @param image the container image reference
     * @return the worker
     */
    public Worker worker(String name, String image) {
        return added(new Worker(podId(ComponentKind.WORKER, name), parse(image)));
    }

    /**
     * Adds a run-to-completion task (a {@code batch/v1} Job): {@code app.job("migrate", "my-repo/migrate:1.4.0")}.
     *
     * @param name the name (a DNS-1123 label: it also names the container)
     * @param image the container image reference
     * @return the job
     */
    public BatchJob job(String name, String image) {
        return added(new BatchJob(podId(ComponentKind.JOB, name), parse(image)));
    }

    /**
     * Adds a scheduled task (a {@code batch/v1} CronJob):
     * {@code app.cronJob("backup", "my-repo/backup:1.2.0").schedule("0 3 * * *")}.
     *
     * @param name the name (a DNS-1123 label: it also names the container)
     * @param image the container image reference
     * @return the cron job
     */
    public ScheduledJob cronJob(String name, String image) {
        return added(new ScheduledJob(podId(ComponentKind.CRON_JOB, name), parse(image)));
    }

    /** Registers a new workload and returns it. */
    private <W extends PodComponent<?>> W added(W workload) {
        workloads.add(workload);
        return workload;
    }

    /**
     * Adds an Ingress: {@code app.ingress("web").host("journal.example.com").route("/", files)}.
     *
     * @param name the Ingress's name, a DNS-1123 subdomain
     * @return the ingress
     */
    public Ingress ingress(String name) {
        Ingress i = new Ingress(id(ComponentKind.INGRESS, "ingress", name));
        ingresses.add(i);
        return i;
    }

    /**
     * {@return a reference to a Gateway the platform owns}, for the app's routes to attach to. Shipshape renders no
     * Gateway: the platform team runs it (and its listeners, certificates and controller).
     *
     * <pre>{@code
     * GatewayRef gw = app.gateway("infra", "public");
     * app.httpRoute("shop").parent(gw.listener("https")).host("shop.example.com").route("/", web);
     * }</pre>
     *
     * @param namespace the Gateway's namespace, a DNS-1123 label
     * @param name the Gateway's name, a DNS-1123 subdomain
     * @throws IllegalArgumentException if the namespace or name is invalid
     */
    public GatewayRef gateway(String namespace, String name) {
        return GatewayRef.of(namespace, name);
    }

    /**
     * Narrows the Gateways' pods, which the NetworkPolicies admit on routed ports, to those carrying this label in the
     * namespace they run in ({@link GatewayRef#podsIn(String)}, else the Gateway's). Without it, every pod of that
     * namespace is admitted. Called again, every label given must match.
     *
     * <pre>{@code
     * app.gatewayPods("gateway.networking.k8s.io/gateway-name", "public");   // Istio, Envoy Gateway, kgateway
     * }</pre>
     *
     * @param key the label key
     * @param value the label value
     * @return this app
     * @throws IllegalArgumentException if the key or value is not a valid label key or value
     */
    public App gatewayPods(String key, String value) {
        Names.requireLabel(key, value);
        gatewayPods.put(key, value);
        return this;
    }

    /**
     * Adds an HTTPRoute (Gateway API): {@code app.httpRoute("shop").parent(gw).host("shop.example.com").route("/", web)}.
     *
     * @param name the route's name, a DNS-1123 subdomain
     * @return the route
     */
    public HttpRoute httpRoute(String name) {
        HttpRoute r = new HttpRoute(id(ComponentKind.HTTP_ROUTE, "HTTPRoute", name));
        httpRoutes.add(r);
        return r;
    }

    /**
     * Adds a GRPCRoute (Gateway API): {@code app.grpcRoute("cart").parent(gw).service("hipstershop.CartService", cart)}.
     *
     * @param name the route's name, a DNS-1123 subdomain
     * @return the route
     */
    public GrpcRoute grpcRoute(String name) {
        GrpcRoute r = new GrpcRoute(id(ComponentKind.GRPC_ROUTE, "GRPCRoute", name));
        grpcRoutes.add(r);
        return r;
    }

    /**
     * Adds objects Shipshape does not model (a cert-manager Certificate, a ServiceMonitor, a PriorityClass, …) to the
     * app: they are rendered with it, written to {@code writeTo}'s directory and its {@code kustomization.yaml}, and
     * checked with it by the same rules, so a reference from one of them (a Deployment reading a ConfigMap) resolves
     * against the app's objects and the other way round. Each object is copied: changing it afterwards changes
     * nothing here. One without a namespace gets the app's, unless its kind is cluster-scoped. Custom resources are
     * {@code GenericKubernetesResource}s.
     *
     * <pre>{@code
     * PriorityClass high = new PriorityClassBuilder().withNewMetadata().withName("high").endMetadata().withValue(1000).build();
     * app.include(high);
     * }</pre>
     *
     * @param objects fabric8 objects, each with an apiVersion, a kind and a name
     * @return this app
     * @throws IllegalArgumentException if an object has no apiVersion, kind or metadata.name
     */
    public App include(HasMetadata... objects) {
        Args.notNull(objects, "objects");
        for (HasMetadata o : objects) {
            included.add(new IncludedObject(Included.copy(o), Optional.empty(), 0));
        }
        return this;
    }

    /**
     * Adds the objects of existing manifests: a YAML (or JSON) file, or every {@code .yaml}, {@code .yml} and
     * {@code .json} file below a directory, in path order ({@code kustomization.yaml} skipped; {@code kind: List}
     * expanded). They take part in everything, as {@link #include(HasMetadata...)}'s do, and their violations name the
     * file and line: {@code shop/k8s/monitoring.yaml#L12/ServiceMonitor:api}. Custom resources are read as
     * {@code GenericKubernetesResource}s.
     *
     * <pre>{@code
     * app.include(Path.of("k8s/legacy"));   // what the team had before, checked with the rest
     * }</pre>
     *
     * @param fileOrDirectory a manifest file or a directory of them
     * @return this app
     * <p>What the API server would refuse in them (the {@code api.*} rules of {@link Shipshape#check(Path...)}:
     * unknown fields, wrong types, missing required fields, unsupported values, versions not served, against the
     * Kubernetes version of the {@link #policy(Policy) policy} set so far) refuses the include, naming every such field
     * with its file, line and path.
     *
     * @throws IllegalArgumentException naming the file and line, if a file cannot be read, is not valid YAML, holds
     *         a document that is not an object with an apiVersion, a kind and a name, or holds what the API server would
     *         refuse; then nothing is included
     */
    public App include(Path fileOrDirectory) {
        Args.notNull(fileOrDirectory, "file or directory");
        List<ManifestReader.Read> reads = ManifestReader.read(List.of(fileOrDirectory));
        List<String> refused = Checked.apiRefusals(reads.stream()
                .map(r -> Item.read(r.object(), new Origin.File(r.file(), r.line()), r.raw())).toList(), policy);
        if (!refused.isEmpty()) {
            throw new IllegalArgumentException("cannot include " + fileOrDirectory + ": the API server would refuse "
                    + (refused.size() == 1 ? "this" : "these " + refused.size()) + ":\n  " + String.join("\n  ", refused));
        }
        List<IncludedObject> read = new ArrayList<>();
        for (ManifestReader.Read r : reads) {
            read.add(new IncludedObject(Included.copy(r.object()), Optional.of(r.file()), r.line()));
        }
        included.addAll(read);
        return this;
    }

    /**
     * Names the namespace the cluster's ingress controller runs in (default {@value #DEFAULT_INGRESS_CONTROLLER_NAMESPACE}):
     * the NetworkPolicies let pods of that namespace, and no others, reach routed workloads on their routed ports.
     *
     * @param namespace the namespace, e.g. {@code traefik} or {@code kube-system}
     * @return this app
     * @throws IllegalArgumentException if it is not a DNS-1123 label
     */
    public App ingressControllerNamespace(String namespace) {
        this.ingressControllerNamespace = Names.requireDns1123Label("ingress controller namespace", namespace);
        return this;
    }

    /**
     * Narrows the ingress controller to the pods of its namespace that carry this label, for a controller that shares
     * its namespace with other pods: {@code .ingressControllerNamespace("kube-system").ingressControllerPods(
     * "app.kubernetes.io/name", "traefik")}. Called again, every label given must match.
     *
     * @param key the label key
     * @param value the label value
     * @return this app
     * @throws IllegalArgumentException if the key or value is not a valid label key or value
     */
    public App ingressControllerPods(String key, String value) {
        Names.requireLabel(key, value);
        ingressControllerPods.put(key, value);
        return this;
    }

    /**
     * Renders no NetworkPolicies for this app, for a cluster where they are managed elsewhere (a platform team's policy
     * engine, a service mesh's authorization): no {@code default-deny}, no {@code allow-dns}, no policy per workload. The
     * {@code network.*} rules are waived with the reason given, which every object carries as the annotation
     * {@code shipshape.dev/waived.<rule>: <reason>}, so a reviewer sees why.
     *
     * <pre>{@code
     * app.withoutNetworkPolicies("Cilium cluster-wide policies of the platform team allow the app's traffic");
     * }</pre>
     *
     * @param reason why the app's traffic needs no policies of its own here
     * @return this app
     * @throws IllegalArgumentException if the reason is blank
     */
    public App withoutNetworkPolicies(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("withoutNetworkPolicies needs a reason, e.g. (\"the platform team's"
                    + " cluster-wide policies allow the app's traffic\")");
        }
        this.networkPoliciesOff = Optional.of(reason);
        return this;
    }

    /**
     * Edits every rendered object of {@code type}, whatever its component (typed, with fabric8's own classes); the
     * final objects are then checked by the same rules, and a violation the edit introduces says so. App edits run
     * after the components' own, in the order given.
     *
     * <pre>{@code
     * app.customize(Service.class, s -> s.getMetadata().getAnnotations().put("example.com/scrape", "true"));
     * }</pre>
     *
     * @param type the fabric8 class of the objects to edit, e.g. {@code Service.class}
     * @param edit changes the object in place; runs on a copy, after rendering
     * @param <T> the type
     * @return this app
     */
    public <T extends HasMetadata> App customize(Class<T> type, Consumer<? super T> edit) {
        adjustments.customize(type, edit);
        return this;
    }

    /** {@return a frozen snapshot of everything defined so far} */
    public AppSpec model() {
        Freezer freezer = new Freezer(namespace);
        Map<ComponentId, Map<String, String>> waivers = new HashMap<>();
        List<WorkloadSpec> w = new ArrayList<>(workloads.size());
        for (PodComponent<?> workload : workloads) {
            w.add(workload.freeze(freezer));
            waivers.put(workload.id(), workload.adjustments().waivers());
        }
        List<ConfigSpec> c = new ArrayList<>(configs.size());
        for (Config config : configs) {
            c.add(freezer.config(config));
            waivers.put(config.id(), config.adjustments().waivers());
        }
        List<SecretSpec> s = new ArrayList<>(secrets.size());
        for (SecretRef secret : secrets) {
            s.add(freezer.secret(secret));
            waivers.put(secret.id(), secret.adjustments().waivers());
        }
        List<IngressSpec> i = new ArrayList<>(ingresses.size());
        for (Ingress ingress : ingresses) {
            i.add(ingress.freeze(freezer));
            waivers.put(ingress.id(), ingress.adjustments().waivers());
        }
        List<HttpRouteSpec> http = new ArrayList<>(httpRoutes.size());
        for (HttpRoute r : httpRoutes) {
            http.add(r.freeze());
            waivers.put(r.id(), r.adjustments().waivers());
        }
        List<GrpcRouteSpec> grpc = new ArrayList<>(grpcRoutes.size());
        for (GrpcRoute r : grpcRoutes) {
            grpc.add(r.freeze());
            waivers.put(r.id(), r.adjustments().waivers());
        }
        List<IncludedObject> extra = new ArrayList<>(included.size());
        for (IncludedObject o : included) {
            extra.add(new IncludedObject(Included.copy(o.object()), o.file(), o.line()));
        }
        List<Customization> edits = new ArrayList<>();
        workloads.forEach(x -> edits.addAll(x.adjustments().customizations()));
        configs.forEach(x -> edits.addAll(x.adjustments().customizations()));
        secrets.forEach(x -> edits.addAll(x.adjustments().customizations()));
        ingresses.forEach(x -> edits.addAll(x.adjustments().customizations()));
        httpRoutes.forEach(x -> edits.addAll(x.adjustments().customizations()));
        grpcRoutes.forEach(x -> edits.addAll(x.adjustments().customizations()));
        edits.addAll(adjustments.customizations());
        return new AppSpec(id, namespace, labels, w, c, s, i, http, grpc, waivers, extra, edits, ingressControllerNamespace,
                ingressControllerPods, gatewayPods, networkPoliciesOff);
    }

    /**
     * {@return every violation of the rule catalog under the policy, errors and warnings, sorted by path then rule id}
     */
    public List<Violation> validate() {
        return snapshot().violations();
    }

    /**
     * Validates and renders. Warnings come back in {@link Manifests#warnings()}.
     *
     * @return the manifests
     * @throws InvalidAppException listing every violation if any is an error
     */
    public Manifests render() {
        Checked checked = snapshot();
        if (checked.violations().stream().anyMatch(Violation::isError)) {
            throw new InvalidAppException(checked.app().name(), checked.violations());
        }
        return Bridge.newManifests(checked);
    }

    /** The model, rendered and checked under the policy. */
    private Checked snapshot() {
        Policy p = policy;
        if (networkPoliciesOff.isPresent()) {
            for (String rule : Rules.ids()) {
                if (rule.startsWith("network.")) {
                    p = p.off(rule, networkPoliciesOff.get());
                }
            }
        }
        return Checked.of(model(), p);
    }

    /** The id of a workload whose name also names its Service, so must be a DNS-1035 label. */
    private ComponentId serviceId(ComponentKind kind, String name) {
        return new ComponentId(id, kind, Names.requireDns1035Label(kind.pathSegment() + " name", name));
    }

    /** The id of a component whose name also names its container, so must be a DNS-1123 label. */
    private ComponentId podId(ComponentKind kind, String name) {
        return new ComponentId(id, kind, Names.requireDns1123Label(kind.pathSegment() + " name", name));
    }

    private ComponentId id(ComponentKind kind, String what, String name) {
        return new ComponentId(id, kind, Names.requireDns1123Subdomain(what + " name", name));
    }

    private static Image parse(String image) {
        return Image.parse(image);
    }

    @Override
    public String toString() {
        return "App[" + id.name() + "]";
    }
}
