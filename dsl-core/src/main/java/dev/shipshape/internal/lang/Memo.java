package dev.shipshape.internal.lang;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Results of a pure function of a string remembered per JVM: parsed images, quantities, YAML scalars repeat across
 * the objects of an app and across the apps a test renders. Bounded: when full it starts over, so generated values
 * in a long test run cannot pile up. Thread-safe. Not API.
 *
 * <pre>{@code
 * Memo<Optional<Image>> images = new Memo<>(4096, Images::parseQuietly);
 * images.get("nginx:1.25");
 * }</pre>
 *
 * @param <V> the result
 */
public final class Memo<V> {

    private final int capacity;
    private final Function<String, V> compute;
    private final Map<String, V> values = new ConcurrentHashMap<>();

    /**
     * A memo of {@code compute}, holding at most {@code capacity} results.
     *
     * @param capacity the most results held
     * @param compute  the function; must be pure and must not return null
     */
    public Memo(int capacity, Function<String, V> compute) {
        this.capacity = capacity;
        this.compute = compute;
    }

    /**
     * {@code compute(key)}, remembered.
     *
     * @param key the argument
     * @return the result
     */
    public V get(String key) {
        if (Caches.OFF) {
            return compute.apply(key);
        }
        V v = values.get(key);
        if (v == null) {
            v = compute.apply(key);
            if (values.size() >= capacity) {
                values.clear();
            }
            values.put(key, v);
        }
        return v;
    }
}
