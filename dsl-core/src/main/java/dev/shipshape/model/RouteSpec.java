package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import java.util.Optional;

/**
 * One Ingress route: requests for {@code host} + {@code path} go to {@code target}'s Service.
 *
 * <pre>{@code
 * RouteSpec r = app.model().ingresses().get(0).routes().get(0);
 * r.hostSegment();    // "host:journal.example.com"
 * }</pre>
 *
 * @param host     the host, or empty for requests to any host
 * @param path     the path
 * @param pathType how the path matches
 * @param target   the routed workload
 * @param port     the target's port the route sends to: the one named, else the port named http, else its only
 *                 port; empty when none of these applies (reported)
 */
public record RouteSpec(Optional<String> host, String path, PathType pathType, ComponentId target, Optional<String> port) {
    /**
     * Rejects null parts.
     *
     * @param host the host, or empty for requests to any host
     * @param path the path as written, e.g. {@code /api}
     * @param pathType how the path matches
     * @param target the routed workload
     * @param port the target's port the route sends to: the one named, else the port named http, else its only
     *             port; empty when none of these applies (reported)
     */
    public RouteSpec {
        Args.notNull(host, "host");
        Args.notNull(path, "path");
        Args.notNull(pathType, "pathType");
        Args.notNull(target, "target");
        Args.notNull(port, "port");
    }

    /**
     * The host as a path segment: {@code host:journal.example.com}, or {@code host:*} for any host.
     *
     * @return the host as a path segment
     */
    public String hostSegment() {
        return "host:" + host.orElse("*");
    }
}
