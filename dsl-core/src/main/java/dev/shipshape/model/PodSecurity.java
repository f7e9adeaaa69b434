package dev.shipshape.model;

/**
 * Who a component's pods run as, and whether they get an API token.
 *
 * <pre>{@code
 * app.worker("indexer", image).runAsUser(999).serviceAccountToken();
 * app.model().workloads().get(0).pod().security().runAsUser();   // 999
 * }</pre>
 *
 * @param runAsRoot           the pods may run as root (an opt-out, with a reason given as a waiver)
 * @param runAsUser           the user (and group, and fsGroup) the pods run as when not as root
 * @param serviceAccountToken the pods get their ServiceAccount's API token mounted
 */
public record PodSecurity(boolean runAsRoot, long runAsUser, boolean serviceAccountToken) {

    /** The user Shipshape runs pods as unless told otherwise: not root, and outside the range images' own users take. */
    public static final long DEFAULT_USER = 10001;

    /**
     * Checks the user.
     *
     * @param runAsRoot the pods may run as root
     * @param runAsUser the user the pods run as, 1 or more
     * @param serviceAccountToken the pods get an API token
     */
    public PodSecurity {
        if (runAsUser < 1 || runAsUser > 2147483647L) {
            throw new IllegalArgumentException("runAsUser must be a non-root user id (1 to 2147483647), got " + runAsUser
                    + "; to run as root use .runAsRoot(reason)");
        }
    }

    /**
     * The default: user {@value #DEFAULT_USER}, no API token.
     *
     * @return the default
     */
    public static PodSecurity restricted() {
        return new PodSecurity(false, DEFAULT_USER, false);
    }
}
