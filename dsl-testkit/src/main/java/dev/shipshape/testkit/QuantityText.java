package dev.shipshape.testkit;

/** Writes {@code n × unit} bytes in the Kubernetes form that unit has. */
final class QuantityText {

    private QuantityText() {
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
