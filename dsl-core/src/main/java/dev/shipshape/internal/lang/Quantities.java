package dev.shipshape.internal.lang;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parser for the Kubernetes quantity syntax shared by {@code Cpu}, {@code Memory} and {@code Storage}.
 *
 * <p>Grammar (k8s.io/apimachinery resource.Quantity): a signed decimal number ({@code 5}, {@code 5.},
 * {@code .5}, {@code 0.5}) followed by a binary suffix ({@code Ki Mi Gi Ti Pi Ei}), a decimal suffix
 * ({@code n u m} (none) {@code k M G T P E}) or a decimal exponent ({@code e3}, {@code E-2}). There is
 * no {@code K}: Kubernetes rejects it, and so do we.
 */
public final class Quantities {

    private static final Pattern NUMBER = Pattern.compile("([+-]?)([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(.*)", Pattern.DOTALL);
    private static final Pattern EXPONENT = Pattern.compile("[eE]([+-]?[0-9]{1,3})");
    private static final BigDecimal KI = BigDecimal.valueOf(1024);
    private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(
            Map.entry("", BigDecimal.ONE),
            Map.entry("n", new BigDecimal("1e-9")),
            Map.entry("u", new BigDecimal("1e-6")),
            Map.entry("m", new BigDecimal("1e-3")),
            Map.entry("k", new BigDecimal("1e3")),
            Map.entry("M", new BigDecimal("1e6")),
            Map.entry("G", new BigDecimal("1e9")),
            Map.entry("T", new BigDecimal("1e12")),
            Map.entry("P", new BigDecimal("1e15")),
            Map.entry("E", new BigDecimal("1e18")),
            Map.entry("Ki", KI),
            Map.entry("Mi", KI.pow(2)),
            Map.entry("Gi", KI.pow(3)),
            Map.entry("Ti", KI.pow(4)),
            Map.entry("Pi", KI.pow(5)),
            Map.entry("Ei", KI.pow(6)));
    private static final int MAX_LENGTH = 64;

    private Quantities() {
    }

    /**
     * Parses {@code text} to its exact value in base units (cores or bytes).
     *
     * @param what the name of the value for error messages, e.g. {@code "cpu"}
     * @throws IllegalArgumentException if the text is not a Kubernetes quantity
     */
    public static BigDecimal parse(String what, String text) {
        if (text == null) {
            throw new IllegalArgumentException(what + " quantity must not be null");
        }
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw invalid(what, text, "expected a number with an optional suffix, e.g. 500m, 0.5, 1Gi, 1e3");
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.matches()) {
            throw invalid(what, text, "expected a number with an optional suffix, e.g. 500m, 0.5, 1Gi, 1e3");
        }
        BigDecimal number = new BigDecimal(m.group(2)); // takes "1." and ".5" as the quantity grammar does
        if (m.group(1).equals("-")) {
            number = number.negate();
        }
        String suffix = m.group(3);
        BigDecimal scale = SUFFIXES.get(suffix);
        if (scale != null) {
            return number.multiply(scale);
        }
        Matcher e = EXPONENT.matcher(suffix);
        if (e.matches()) {
            return number.scaleByPowerOfTen(Integer.parseInt(e.group(1)));
        }
        String hint = suffix.equals("K") ? " (Kubernetes has no 'K': use k for 1000 or Ki for 1024)" : "";
        throw invalid(what, text, "unknown suffix '" + suffix + "'" + hint
                + "; use one of n u m k M G T P E, Ki Mi Gi Ti Pi Ei, or an exponent like e3");
    }

    public static IllegalArgumentException invalid(String what, String text, String why) {
        return new IllegalArgumentException("invalid " + what + " quantity '" + Text.printable(text) + "': " + why);
    }
}
