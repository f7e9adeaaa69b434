package dev.shipshape.model;

/**
 * How an Ingress route's path matches, as in {@code networking.k8s.io/v1}.
 *
 * <pre>{@code
 * ingress.route("/api", frontend);                       // Prefix
 * ingress.route("/healthz", frontend, PathType.EXACT);   // Exact
 * }</pre>
 */
public enum PathType {
    /** Element-wise prefix: {@code /api} matches {@code /api} and {@code /api/v1}, not {@code /apis}. */
    PREFIX("Prefix"),
    /** The path exactly, case-sensitive. */
    EXACT("Exact");

    private final String kubernetesName;

    PathType(String kubernetesName) {
        this.kubernetesName = kubernetesName;
    }

    /**
     * The name in the Ingress spec: {@code Prefix} or {@code Exact}.
     *
     * @return the name in the Ingress spec
     */
    public String kubernetesName() {
        return kubernetesName;
    }
}
