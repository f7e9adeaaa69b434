package dev.shipshape.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    /**
     * Creates the frozen application; lists are copied.
     *
     * @param id        identity
     * @param namespace the namespace, rendered as a Namespace object, if set
     * @param labels    extra labels on every object
     * @param workloads workloads in definition order
     * @param configs   configs in definition order
     * @param secrets   secrets in definition order
     * @param ingresses ingresses in definition order
     */
    public AppSpec(AppId id, Optional<String> namespace, Map<String, String> labels, List<WorkloadSpec> workloads,
                   List<ConfigSpec> configs, List<SecretSpec> secrets, List<IngressSpec> ingresses) {
        this.id = Objects.requireNonNull(id, "id");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
        this.workloads = List.copyOf(workloads);
        this.configs = List.copyOf(configs);
        this.secrets = List.copyOf(secrets);
        this.ingresses = List.copyOf(ingresses);
        Map<ComponentId, WorkloadSpec> index = new HashMap<>();
        for (WorkloadSpec w : this.workloads) {
            index.putIfAbsent(w.id(), w);
        }
        this.workloadIndex = Collections.unmodifiableMap(index);
    }

    /** The application's identity. */
    public AppId id() {
        return id;
    }

    /** The application's name. */
    public String name() {
        return id.name();
    }

    /** The namespace, if set. */
    public Optional<String> namespace() {
        return namespace;
    }

    /** Extra labels on every rendered object, sorted by key. */
    public SortedMap<String, String> labels() {
        return labels;
    }

    /** Workloads in definition order. */
    public List<WorkloadSpec> workloads() {
        return workloads;
    }

    /** Configs in definition order. */
    public List<ConfigSpec> configs() {
        return configs;
    }

    /** Secrets in definition order. */
    public List<SecretSpec> secrets() {
        return secrets;
    }

    /** Ingresses in definition order. */
    public List<IngressSpec> ingresses() {
        return ingresses;
    }

    /** The workload {@code id} names, if it belongs to this application. */
    public Optional<WorkloadSpec> workload(ComponentId id) {
        return Optional.ofNullable(workloadIndex.get(id));
    }

    /** Whether {@code id} belongs to this application (and not to another {@code App}). */
    public boolean owns(ComponentId id) {
        return id.app() == this.id;
    }

    /** The violation path of the application: its name. */
    public String path() {
        return id.name();
    }
}
