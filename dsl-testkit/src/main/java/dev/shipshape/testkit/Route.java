package dev.shipshape.testkit;

import dev.shipshape.model.PathType;

/**
 * An ingress path and its match type, as {@link ShipshapeArbitraries#routes()} generates them.
 *
 * <pre>{@code
 * for (Route r : routes) ingress.route(r.path(), web, r.type());
 * }</pre>
 *
 * @param path an absolute path, e.g. {@code /api}
 * @param type Prefix or Exact
 */
public record Route(String path, PathType type) {
}
