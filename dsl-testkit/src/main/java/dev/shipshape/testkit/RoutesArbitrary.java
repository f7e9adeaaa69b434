package dev.shipshape.testkit;

import java.util.List;
import net.jqwik.api.Arbitrary;

/**
 * Generates lists of distinct ingress routes in a valid order: no route matches a later route's path
 * ({@code ingress.path-order}) and none repeats ({@code ingress.duplicate-path}). Paths share segments so
 * that prefix relations are common ({@code /api}, {@code /api/v1}, {@code /}); the order is most specific
 * first. Default size: 1 to 6.
 *
 * <pre>{@code
 * @Provide Arbitrary<List<Route>> routes() { return ShipshapeArbitraries.routes().ofSize(4); }
 * }</pre>
 */
public interface RoutesArbitrary extends Arbitrary<List<Route>> {

    /**
     * Exactly {@code size} routes.
     *
     * @param size how many routes, at least 1
     * @return the routes arbitrary
     */
    RoutesArbitrary ofSize(int size);

    /**
     * Between {@code min} and {@code max} routes.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the routes arbitrary
     * @throws IllegalArgumentException if {@code min > max} or either is negative
     */
    RoutesArbitrary ofSize(int min, int max);
}
