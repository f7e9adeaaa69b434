package dev.shipshape.units;

import dev.shipshape.internal.lang.Quantities;
import java.math.BigDecimal;

/** Shared arithmetic of {@link Memory} and {@link Storage}: whole bytes, canonical Kubernetes text. */
final class ByteQuantity {

    private static final String[] BINARY = {"Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
    private static final String[] DECIMAL = {"k", "M", "G", "T", "P", "E"};

    private ByteQuantity() {
    }

    static long parse(String what, String text) {
        BigDecimal value = Quantities.parse(what, text);
        if (value.signum() < 0) {
            throw Quantities.invalid(what, text, what + " must not be negative");
        }
        if (value.stripTrailingZeros().scale() > 0) {
            String hint = text.endsWith("m") ? " (did you mean " + text.substring(0, text.length() - 1) + "Mi?)" : "";
            throw Quantities.invalid(what, text, "this is a fraction of a byte" + hint
                    + "; " + what + " must be a whole number of bytes");
        }
        if (value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw Quantities.invalid(what, text, "larger than Kubernetes can represent");
        }
        return value.longValueExact();
    }

    static long multiply(String what, long amount, long unit, String unitName) {
        if (amount < 0) {
            throw new IllegalArgumentException(what + " must not be negative, got " + amount + unitName);
        }
        try {
            return Math.multiplyExact(amount, unit);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " " + amount + unitName + " is larger than Kubernetes can represent");
        }
    }

    /** The shortest exact form, preferring binary suffixes on a tie: 1073741824 → {@code 1Gi}, 1000000 → {@code 1M}. */
    static String format(long bytes) {
        if (bytes == 0) {
            return "0";
        }
        String best = Long.toString(bytes);
        long bestMantissa = bytes;
        long unit = 1;
        for (String suffix : BINARY) {
            unit *= 1024;
            if (bytes % unit == 0 && bytes / unit < bestMantissa) {
                bestMantissa = bytes / unit;
                best = bestMantissa + suffix;
            }
        }
        unit = 1;
        for (String suffix : DECIMAL) {
            unit *= 1000;
            if (bytes % unit == 0 && bytes / unit < bestMantissa) {
                bestMantissa = bytes / unit;
                best = bestMantissa + suffix;
            }
        }
        return best;
    }

}
