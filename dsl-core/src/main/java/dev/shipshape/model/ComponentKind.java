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
    WEB_SERVICE("webService", "web service", "web-service", "Deployment", 2),
    /** A stateful store: StatefulSet + headless Service + read Service. */
    STATEFUL_STORE("statefulStore", "stateful store", "stateful-store", "StatefulSet", 1),
    /** A static file server: Deployment + Service. */
    STATIC_SITE("staticSite", "static site", "static-site", "Deployment", 2),
    /** A background worker: a Deployment without a Service (+ HPA). */
    WORKER("worker", "worker", "worker", "Deployment", 1),
    /** A run-to-completion task: a batch/v1 Job. */
    JOB("job", "job", "job", "Job", 0),
    /** A scheduled task: a batch/v1 CronJob. */
    CRON_JOB("cronJob", "cron job", "cron-job", "CronJob", 0),
    /** A versioned ConfigMap. */
    CONFIG("config", "config", "config", null, 0),
    /** A Secret, created out of band. */
    SECRET("secret", "secret", "secret", null, 0),
    /** An Ingress. */
    INGRESS("ingress", "ingress", "ingress", null, 0),
    /** A Gateway API HTTPRoute. */
    HTTP_ROUTE("httpRoute", "HTTP route", "http-route", null, 0),
    /** A Gateway API GRPCRoute. */
    GRPC_ROUTE("grpcRoute", "gRPC route", "grpc-route", null, 0);

    private final String pathSegment;
    private final String displayName;
    private final String label;
    private final String workloadKind;
    private final int defaultReplicas;

    ComponentKind(String pathSegment, String displayName, String label, String workloadKind, int defaultReplicas) {
        this.pathSegment = pathSegment;
        this.displayName = displayName;
        this.label = label;
        this.workloadKind = workloadKind;
        this.defaultReplicas = defaultReplicas;
    }

    /**
     * The replicas a workload of this kind runs when none are given and it has no HPA: 2 for what serves traffic
     * (web services, static sites), so a rollout or a node drain is not an outage (and no
     * {@code workload.single-replica} warning), 1 for a stateful store, whose replicas hold data and join a cluster
     * only when configured to, and 1 for a worker, which may consume work that is not safe to share.
     *
     * @return the default; 0 for components that run no long-lived pods (configs, jobs, cron jobs)
     */
    public int defaultReplicas() {
        return defaultReplicas;
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
     * @return {@code Deployment}, {@code StatefulSet}, {@code Job} or {@code CronJob}; empty for components that run no pods
     */
    public java.util.Optional<String> workloadKind() {
        return java.util.Optional.ofNullable(workloadKind);
    }

    /**
     * Whether pods of this kind run until they finish (Jobs, CronJobs) rather than for good.
     *
     * @return true for {@link #JOB} and {@link #CRON_JOB}
     */
    public boolean isBatch() {
        return this == JOB || this == CRON_JOB;
    }

    /**
     * Whether this kind serves its ports through a Service of its own.
     *
     * @return true for web services, stateful stores and static sites
     */
    public boolean hasService() {
        return this == WEB_SERVICE || this == STATEFUL_STORE || this == STATIC_SITE;
    }
}
