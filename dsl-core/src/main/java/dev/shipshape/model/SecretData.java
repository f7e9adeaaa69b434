package dev.shipshape.model;

import dev.shipshape.internal.lang.Args;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The literal values of a development Secret. Its {@link #toString()} never shows a value, so neither does
 * anything that prints the model ({@code SecretSpec}, {@code AppSpec}, violation messages, exceptions).
 *
 * <pre>{@code
 * SecretData d = SecretData.of(Map.of("passwd", "hunter2"));
 * d.toString();   // "SecretData[keys=[passwd], values redacted]"
 * }</pre>
 */
public final class SecretData {

    private final SortedMap<String, String> values;

    private SecretData(SortedMap<String, String> values) {
        this.values = Collections.unmodifiableSortedMap(values);
    }

    /**
     * {@return a copy of {@code values}}
     *
     * @param values key → value, never shown
     */
    public static SecretData of(Map<String, String> values) {
        return new SecretData(new TreeMap<>(Args.notNull(values, "values")));
    }

    /** {@return the keys, sorted} */
    public Set<String> keys() {
        return values.keySet();
    }

    /** {@return the values by key, sorted: for the renderer, which must write them} */
    public SortedMap<String, String> reveal() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecretData d && d.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "SecretData[keys=" + values.keySet() + ", values redacted]";
    }
}
