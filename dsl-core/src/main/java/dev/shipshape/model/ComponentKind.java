package dev.shipshape.model;

/**
 * The kinds of component an application is made of; {@link #pathSegment()} is how a violation path names them.
 *
 * <pre>{@code
 * ComponentKind.WEB_SERVICE.pathSegment();   // "webService"
 * }</pre>
 */
public enum ComponentKind {
    /** A stateless HTTP service: Deployment + Service (+ HPA). */
    WEB_SERVICE("webService", "web service", "web-service", "Deployment"),
    /** A stateful store: StatefulSet + headless Service + read Service. */
    STATEFUL_STORE("statefulStore", "stateful store", "stateful-store", "StatefulSet"),
    /** A static file server: Deployment + Service. */
    STATIC_SITE("staticSite", "static site", "static-site", "Deployment"),
    /** A versioned ConfigMap. */
    CONFIG("config", "config", "config", null),
    /** A Secret, created out of band. */
    SECRET("secret", "secret", "secret", null),
    /** An Ingress. */
    INGRESS("ingress", "ingress", "ingress", null);

    private final String pathSegment;
    private final String displayName;
    private final String label;
    private final String workloadKind;

    ComponentKind(String pathSegment, String displayName, String label, String workloadKind) {
        this.pathSegment = pathSegment;
        this.displayName = displayName;
        this.label = label;
        this.workloadKind = workloadKind;
    }

    /**
     * The name used in violation paths.
     *
     * @return e.g. {@code webService}
     */
    public String pathSegment() {
        return pathSegment;
    }

    /**
     * The name used in messages.
     *
     * @return e.g. {@code web service}
     */
    public String displayName() {
        return displayName;
    }

    /**
     * The value of the {@code app.kubernetes.io/component} label of the component's objects.
     *
     * @return e.g. {@code web-service}
     */
    public String label() {
        return label;
    }

    /**
     * The Kubernetes kind that runs a workload of this kind's pods: the one source of this mapping for rendering,
     * autoscaler targets, the topology and the checks.
     *
     * @return {@code Deployment} or {@code StatefulSet}; empty for components that run no pods
     */
    public java.util.Optional<String> workloadKind() {
        return java.util.Optional.ofNullable(workloadKind);
    }
}
