package dev.shipshape.internal.lang;

/**
 * The switch for Shipshape's per-JVM caches (the memos of parsed images, quantities and YAML scalars, and the YAML
 * writer's per-class metadata). They are on; {@code -Dshipshape.caches=off} turns them off, which only the mutation
 * profile does: there one JVM runs mutant after mutant, and a cache filled under one mutant would answer for the
 * next. Not API.
 *
 * <pre>{@code
 * V v = Caches.OFF ? compute.apply(key) : remembered(key);
 * }</pre>
 */
public final class Caches {

    /** Whether the caches are off ({@code -Dshipshape.caches=off}). */
    public static final boolean OFF = "off".equals(System.getProperty("shipshape.caches"));

    private Caches() {
    }
}
