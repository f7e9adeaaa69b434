package dev.shipshape.testkit;

import dev.shipshape.model.PathType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

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
public class RoutesArbitrary extends ArbitraryDecorator<List<Route>> {

    private int minSize = 1;
    private int maxSize = 6;

    @Override
    protected Arbitrary<List<Route>> arbitrary() {
        Arbitrary<Route> route = Combinators.combine(ShipshapeArbitraries.ingressPaths(),
                Arbitraries.of(PathType.PREFIX, PathType.PREFIX, PathType.EXACT)).as(Route::new);
        return route.list().ofMinSize(minSize).ofMaxSize(maxSize * 3)
                .map(RoutesArbitrary::distinctInValidOrder)
                .filter(l -> l.size() >= minSize)
                .map(l -> l.size() > maxSize ? validPrefix(l, maxSize) : l);
    }

    /** Keeps the first {@code n} routes of a valid list (any prefix of a valid order is valid). */
    private static List<Route> validPrefix(List<Route> routes, int n) {
        return List.copyOf(routes.subList(0, n));
    }

    static List<Route> distinctInValidOrder(List<Route> routes) {
        Map<String, Route> distinct = new LinkedHashMap<>();
        for (Route r : routes) {
            distinct.putIfAbsent(r.type() + " " + r.path(), r);
        }
        List<Route> sorted = new ArrayList<>(distinct.values());
        sorted.sort(Comparator.comparingInt((Route r) -> -segments(r.path()))
                .thenComparing(r -> r.type() == PathType.EXACT ? 0 : 1)
                .thenComparing(Route::path));
        return List.copyOf(sorted);
    }

    private static int segments(String path) {
        int n = 0;
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                n++;
            }
        }
        return n;
    }

    /**
     * Exactly {@code size} routes.
     *
     * @param size the size
     * @return the routes arbitrary
     */
    public RoutesArbitrary ofSize(int size) {
        return ofSize(size, size);
    }

    /**
     * Between {@code min} and {@code max} routes.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the routes arbitrary
     * @throws IllegalArgumentException if {@code min > max} or either is negative
     */
    public RoutesArbitrary ofSize(int min, int max) {
        if (min < 0 || min > max) {
            throw new IllegalArgumentException("need 0 <= min <= max, got " + min + ".." + max);
        }
        RoutesArbitrary clone = typedClone();
        clone.minSize = min;
        clone.maxSize = max;
        return clone;
    }
}
