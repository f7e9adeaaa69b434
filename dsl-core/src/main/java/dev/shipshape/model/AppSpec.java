package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The frozen, immutable application: what {@code validate()} checks and {@code render()} renders.
 * Obtained from {@code App.model()}; nothing done to the builders afterwards changes it.
 *
 * <pre>{@code
 * AppSpec spec = app.model();
 * spec.workloads().size();
 * spec.workload(frontend.id());   // Optional<WorkloadSpec>
 * }</pre>
 */
public final class AppSpec {

    private final AppId id;
    private final Optional<String> namespace;
    private final SortedMap<String, String> labels;
    private final List<WorkloadSpec> workloads;
    private final List<ConfigSpec> configs;
    private final List<SecretSpec> secrets;
    private final List<IngressSpec> ingresses;
    private final Map<ComponentId, WorkloadSpec> workloadIndex;
    private final Map<ComponentId, SortedMap<String, String>> waivers;
    private final List<IncludedObject> included;
    private final List<Customization> customizations;
    private final String ingressControllerNamespace;
    private final SortedMap<String, String> ingressControllerPods;
    private final Optional<String> networkPoliciesOff;
    private final List<HttpRouteSpec> httpRoutes;
    private final List<GrpcRouteSpec> grpcRoutes;
    private final SortedMap<String, String> gatewayPods;

    /**
     * Creates the frozen application without Gateway API routes (as before they existed); lists are copied.
     *
     * @param id        identity
     * @param namespace the namespace, rendered as a Namespace object, if set
     * @param labels    extra labels on every object
     * @param workloads workloads in definition order
     * @param configs   configs in definition order
     * @param secrets   secrets in definition order
     * @param ingresses ingresses in definition order
     * @param waivers   rules waived on single components, with their reasons
     * @param included  objects included with {@code app.include(…)}, already copied
     * @param customizations edits of the rendered objects, in the order they run
     * @param ingressControllerNamespace the namespace the ingress controller runs in, which the NetworkPolicies let
     *                                   reach routed workloads
     * @param ingressControllerPods      the labels of the controller's pods in that namespace; empty: every pod there
     * @param networkPoliciesOff         why the app renders no NetworkPolicies ({@code withoutNetworkPolicies}); empty:
     *                                   it renders them
     */
    public AppSpec(AppId id, Optional<String> namespace, Map<String, String> labels, List<WorkloadSpec> workloads,
                   List<ConfigSpec> configs, List<SecretSpec> secrets, List<IngressSpec> ingresses,
                   Map<ComponentId, ? extends Map<String, String>> waivers, List<IncludedObject> included,
                   List<Customization> customizations, String ingressControllerNamespace,
                   Map<String, String> ingressControllerPods, Optional<String> networkPoliciesOff) {
        this(id, namespace, labels, workloads, configs, secrets, ingresses, List.of(), List.of(), waivers, included,
                customizations, ingressControllerNamespace, ingressControllerPods, Map.of(), networkPoliciesOff);
    }

    /**
     * Creates the frozen application with Gateway API routes; lists are copied.
     *
     * <pre>{@code
     * AppSpec spec = app.model();   // how users get one
     * }</pre>
     *
     * @param id        identity
     * @param namespace the namespace, rendered as a Namespace object, if set
     * @param labels    extra labels on every object
     * @param workloads workloads in definition order
     * @param configs   configs in definition order
     * @param secrets   secrets in definition order
     * @param ingresses ingresses in definition order
     * @param httpRoutes HTTPRoutes in definition order
     * @param grpcRoutes GRPCRoutes in definition order
     * @param waivers   rules waived on single components, with their reasons
     * @param included  objects included with {@code app.include(…)}, already copied
     * @param customizations edits of the rendered objects, in the order they run
     * @param ingressControllerNamespace the namespace the ingress controller runs in
     * @param ingressControllerPods      the labels of the controller's pods in that namespace; empty: every pod there
     * @param gatewayPods                the labels of the Gateways' pods in their namespaces; empty: every pod there
     * @param networkPoliciesOff         why the app renders no NetworkPolicies; empty: it renders them
     */
    public AppSpec(AppId id, Optional<String> namespace, Map<String, String> labels, List<WorkloadSpec> workloads,
                   List<ConfigSpec> configs, List<SecretSpec> secrets, List<IngressSpec> ingresses,
                   List<HttpRouteSpec> httpRoutes, List<GrpcRouteSpec> grpcRoutes,
                   Map<ComponentId, ? extends Map<String, String>> waivers, List<IncludedObject> included,
                   List<Customization> customizations, String ingressControllerNamespace,
                   Map<String, String> ingressControllerPods, Map<String, String> gatewayPods,
                   Optional<String> networkPoliciesOff) {
        this.httpRoutes = Args.list(httpRoutes, "httpRoutes");
        this.grpcRoutes = Args.list(grpcRoutes, "grpcRoutes");
        this.gatewayPods = Args.sortedCopy(gatewayPods, "gatewayPods");
        this.id = Args.notNull(id, "id");
        this.namespace = Args.notNull(namespace, "namespace");
        this.labels = Args.sortedCopy(labels, "labels");
        this.workloads = Args.list(workloads, "workloads");
        this.configs = Args.list(configs, "configs");
        this.secrets = Args.list(secrets, "secrets");
        this.ingresses = Args.list(ingresses, "ingresses");
        Map<ComponentId, WorkloadSpec> index = new HashMap<>();
        for (WorkloadSpec w : this.workloads) {
            index.putIfAbsent(w.id(), w);
        }
        this.workloadIndex = Collections.unmodifiableMap(index);
        Map<ComponentId, SortedMap<String, String>> w = new HashMap<>();
        Args.notNull(waivers, "waivers").forEach((c, m) -> {
            if (!m.isEmpty()) {
                w.put(c, Collections.unmodifiableSortedMap(new TreeMap<>(m)));
            }
        });
        this.waivers = Collections.unmodifiableMap(w);
        this.included = Args.list(included, "included");
        this.customizations = Args.list(customizations, "customizations");
        this.ingressControllerNamespace = Args.notNull(ingressControllerNamespace, "ingressControllerNamespace");
        this.ingressControllerPods = Args.sortedCopy(ingressControllerPods, "ingressControllerPods");
        this.networkPoliciesOff = Args.notNull(networkPoliciesOff, "networkPoliciesOff");
    }

    /** {@return the application's identity} */
    public AppId id() {
        return id;
    }

    /** {@return the application's name} */
    public String name() {
        return id.name();
    }

    /** {@return the namespace, if set} */
    public Optional<String> namespace() {
        return namespace;
    }

    /**
     * Extra labels on every rendered object, sorted by key.
     *
     * @return the labels, sorted by key
     */
    public SortedMap<String, String> labels() {
        return labels;
    }

    /**
     * Workloads in definition order.
     *
     * @return the list
     */
    public List<WorkloadSpec> workloads() {
        return workloads;
    }

    /**
     * Configs in definition order.
     *
     * @return the list
     */
    public List<ConfigSpec> configs() {
        return configs;
    }

    /**
     * Secrets in definition order.
     *
     * @return the list
     */
    public List<SecretSpec> secrets() {
        return secrets;
    }

    /**
     * Ingresses in definition order.
     *
     * @return the list
     */
    public List<IngressSpec> ingresses() {
        return ingresses;
    }

    /**
     * HTTPRoutes in definition order.
     *
     * @return the list
     */
    public List<HttpRouteSpec> httpRoutes() {
        return httpRoutes;
    }

    /**
     * GRPCRoutes in definition order.
     *
     * @return the list
     */
    public List<GrpcRouteSpec> grpcRoutes() {
        return grpcRoutes;
    }

    /**
     * The Gateway API routes: HTTPRoutes, then GRPCRoutes, each in definition order.
     *
     * @return the routes
     */
    public List<GatewayRouteSpec> gatewayRoutes() {
        List<GatewayRouteSpec> all = new ArrayList<>(httpRoutes.size() + grpcRoutes.size());
        all.addAll(httpRoutes);
        all.addAll(grpcRoutes);
        return all;
    }

    /**
     * The labels that pick the Gateways' pods in the namespaces they run in ({@code app.gatewayPods(…)}); empty: every
     * pod there.
     *
     * @return the labels
     */
    public SortedMap<String, String> gatewayPods() {
        return gatewayPods;
    }

    /**
     * Every component, kind by kind in the order they render — secrets, configs, workloads, ingresses, HTTPRoutes,
     * GRPCRoutes — each kind in definition order.
     *
     * @return the components
     */
    public List<ComponentSpec> components() {
        List<ComponentSpec> all = new ArrayList<>(secrets.size() + configs.size() + workloads.size() + ingresses.size()
                + httpRoutes.size() + grpcRoutes.size());
        all.addAll(secrets);
        all.addAll(configs);
        all.addAll(workloads);
        all.addAll(ingresses);
        all.addAll(httpRoutes);
        all.addAll(grpcRoutes);
        return all;
    }

    /**
     * {@return the workload {@code id} names, if it belongs to this application}
     *
     * @param id a component id, maybe of another app
     */
    public Optional<WorkloadSpec> workload(ComponentId id) {
        return Optional.ofNullable(workloadIndex.get(id));
    }

    /**
     * {@return whether {@code id} belongs to this application (and not to another {@code App})}
     *
     * @param id a component id
     */
    public boolean owns(ComponentId id) {
        return id.app() == this.id;
    }

    /**
     * The rules waived on {@code component} ({@code .waive(rule, reason)}), with their reasons, sorted by rule id.
     *
     * @param component a component of this app
     * @return rule id → reason; empty if none
     */
    public SortedMap<String, String> waivers(ComponentId component) {
        return waivers.getOrDefault(component, Collections.emptySortedMap());
    }

    /**
     * Whether {@code ruleId} is waived on {@code component}.
     *
     * @param component a component of this app
     * @param ruleId    a rule id
     * @return whether it is waived there
     */
    public boolean waived(ComponentId component, String ruleId) {
        return waivers(component).containsKey(ruleId);
    }

    /**
     * The objects included with {@code app.include(…)}, in the order included, with the file and line they were read
     * from. They are copies the app owns: the caller cannot change them after the fact.
     *
     * @return the included objects
     */
    public List<IncludedObject> included() {
        return included;
    }

    /**
     * The edits of the rendered objects ({@code customize(…)}), in the order they run: component edits in the order
     * the components were declared, then the app's.
     *
     * @return the customizations
     */
    public List<Customization> customizations() {
        return customizations;
    }

    /**
     * The namespace the ingress controller runs in ({@code ingress-nginx} unless set): the NetworkPolicies let its
     * pods, and only them, reach routed workloads on their routed ports.
     *
     * @return the namespace
     */
    public String ingressControllerNamespace() {
        return ingressControllerNamespace;
    }

    /**
     * The labels that pick the ingress controller's pods in its namespace; empty: every pod there.
     *
     * @return the labels
     */
    public SortedMap<String, String> ingressControllerPods() {
        return ingressControllerPods;
    }

    /**
     * Why the app renders no NetworkPolicies, when it does not ({@code app.withoutNetworkPolicies(reason)}: they are
     * managed elsewhere); the {@code network.*} rules are then waived with this reason.
     *
     * @return the reason; empty when Shipshape renders the app's NetworkPolicies
     */
    public Optional<String> networkPoliciesOff() {
        return networkPoliciesOff;
    }

    /** {@return the violation path of the application: its name} */
    public String path() {
        return id.name();
    }
}
