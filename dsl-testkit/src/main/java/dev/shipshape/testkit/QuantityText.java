package dev.shipshape.testkit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Writes {@code n × unit} bytes in the Kubernetes form that unit has. */
final class QuantityText {

    private QuantityText() {
    }

    /** Texts of byte amounts between {@code min} and {@code max}, in a random unit that divides them evenly. */
    static Arbitrary<String> amounts(long min, long max) {
        Arbitrary<Long> unit = Arbitraries.of(1L, 1000L, 1024L, 1_000_000L, 1L << 20, 1_000_000_000L, 1L << 30);
        return unit.flatMap(u -> {
            long lo = Math.max(1, (min + u - 1) / u);
            long hi = max / u;
            if (lo > hi) {
                return Arbitraries.longs().between(min, max).map(b -> Long.toString(b));
            }
            return Arbitraries.longs().between(lo, hi).map(n -> bytes(n, u));
        });
    }

    static String bytes(long n, long unit) {
        if (unit == 1L) {
            return Long.toString(n);
        }
        if (unit == 1000L) {
            return n % 2 == 0 ? n + "k" : n + "e3";
        }
        if (unit == 1024L) {
            return n + "Ki";
        }
        if (unit == 1_000_000L) {
            return n % 2 == 0 ? n + "M" : n + "e6";
        }
        if (unit == 1L << 20) {
            return n + "Mi";
        }
        if (unit == 1_000_000_000L) {
            return n + "G";
        }
        if (unit == 1L << 30) {
            return n + "Gi";
        }
        throw new IllegalArgumentException("unit " + unit);
    }
}
