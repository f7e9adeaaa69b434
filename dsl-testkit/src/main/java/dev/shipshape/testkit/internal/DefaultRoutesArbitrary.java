package dev.shipshape.testkit.internal;

import dev.shipshape.model.PathType;
import dev.shipshape.testkit.Route;
import dev.shipshape.testkit.RoutesArbitrary;
import dev.shipshape.testkit.ShipshapeArbitraries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** The default {@link RoutesArbitrary}. Not API. */
public class DefaultRoutesArbitrary extends ArbitraryDecorator<List<Route>> implements RoutesArbitrary {

    private int minSize = 1;
    private int maxSize = 6;

    @Override
    protected Arbitrary<List<Route>> arbitrary() {
        Arbitrary<Route> route = Combinators.combine(ShipshapeArbitraries.ingressPaths(),
                Arbitraries.of(PathType.PREFIX, PathType.PREFIX, PathType.EXACT)).as(Route::new);
        return route.list().ofMinSize(minSize).ofMaxSize(maxSize * 3)
                .map(DefaultRoutesArbitrary::distinctInValidOrder)
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

    @Override
    public DefaultRoutesArbitrary ofSize(int size) {
        return ofSize(size, size);
    }

    @Override
    public DefaultRoutesArbitrary ofSize(int min, int max) {
        if (min < 0 || min > max) {
            throw new IllegalArgumentException("need 0 <= min <= max, got " + min + ".." + max);
        }
        DefaultRoutesArbitrary clone = typedClone();
        clone.minSize = min;
        clone.maxSize = max;
        return clone;
    }
}
