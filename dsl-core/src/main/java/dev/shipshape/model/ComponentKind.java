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
    WEB_SERVICE("webService"),
    /** A stateful store: StatefulSet + headless Service + read Service. */
    STATEFUL_STORE("statefulStore"),
    /** A static file server: Deployment + Service. */
    STATIC_SITE("staticSite"),
    /** A versioned ConfigMap. */
    CONFIG("config"),
    /** A Secret, created out of band. */
    SECRET("secret"),
    /** An Ingress. */
    INGRESS("ingress");

    private final String pathSegment;

    ComponentKind(String pathSegment) {
        this.pathSegment = pathSegment;
    }

    /** The name used in violation paths, e.g. {@code webService}. */
    public String pathSegment() {
        return pathSegment;
    }
}
