package dev.shipshape.internal.lang;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Argument checks that fail with {@link IllegalArgumentException}, never {@link NullPointerException}. Not API. */
public final class Args {

    private Args() {
    }

    /** {@code value}, or an IllegalArgumentException naming {@code what}. */
    public static <T> T notNull(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        return value;
    }

    /** An unmodifiable copy of {@code values}, or an IllegalArgumentException naming {@code what} if it or an element is null. */
    public static <T> List<T> list(Collection<? extends T> values, String what) {
        notNull(values, what);
        for (T v : values) {
            notNull(v, "an element of " + what);
        }
        return List.copyOf(values);
    }

    /**
     * An unmodifiable sorted copy of {@code map}, or an IllegalArgumentException naming {@code what} if it is null; the
     * one shared empty map when it is empty (most labels, annotations and selectors of a component are).
     */
    public static <V> SortedMap<String, V> sortedCopy(Map<String, ? extends V> map, String what) {
        notNull(map, what);
        return map.isEmpty() ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }

    /** {@code port}, or an IllegalArgumentException naming {@code what} unless it is 1 to 65535. */
    public static int port(String what, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(what + " must be 1-65535, got " + port);
        }
        return port;
    }

    /** An absolute path without control characters, as a mount point must be. */
    public static String absolutePath(String path, String what) {
        notNull(path, what);
        if (!path.startsWith("/") || path.chars().anyMatch(Character::isISOControl) || path.length() > 4096
                || path.contains(":")) {
            throw new IllegalArgumentException(what + " '" + Text.printable(path) + "' must be an absolute path"
                    + " without ':' or control characters (e.g. '/etc/redis-passwd')");
        }
        return path;
    }

    /** Non-null strings, none null. */
    public static String[] strings(String[] values, String what) {
        notNull(values, what);
        for (String v : values) {
            notNull(v, what + " element");
        }
        return values.clone();
    }
}
