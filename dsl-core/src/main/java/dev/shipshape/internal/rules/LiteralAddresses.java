package dev.shipshape.internal.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The host-like words of a literal value, each with the port written after it: what may name a Service in text such
 * as {@code catalog:3550}, {@code http://api.shop.svc/v1} or {@code redis-0.redis}. Lowercase DNS characters only, as
 * Service names are.
 */
final class LiteralAddresses {

    /**
     * One candidate.
     *
     * @param text  the host and its port as written
     * @param host  the host: labels joined by dots
     * @param port  the port written after it ({@code :3550}), or empty
     * @param inUrl whether it follows {@code ://}
     * @param whole whether it is the whole value
     */
    record Candidate(String text, String host, String port, boolean inUrl, boolean whole) {

        /** {@return the host's labels} */
        String[] labels() {
            return host.split("\\.", -1);
        }

        /** {@return whether it stands alone as an address: the whole value, with a port, or in a URL} */
        boolean bare() {
            return whole || inUrl || !port.isEmpty();
        }
    }

    private LiteralAddresses() {
    }

    /** Every candidate in {@code value}, in order. */
    static List<Candidate> of(String value) {
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < value.length()) {
            if (!hostChar(value.charAt(i)) || i > 0 && hostChar(value.charAt(i - 1))) {
                i++;
                continue;
            }
            int end = i;
            while (end < value.length() && hostChar(value.charAt(end))) {
                end++;
            }
            int portEnd = end;
            if (end < value.length() && value.charAt(end) == ':') {
                int p = end + 1;
                while (p < value.length() && p - end <= 5 && Character.isDigit(value.charAt(p))) {
                    p++;
                }
                portEnd = p > end + 1 ? p : end;
            }
            out.add(new Candidate(value.substring(i, portEnd), value.substring(i, end),
                    portEnd > end ? value.substring(end + 1, portEnd) : "", i >= 3 && value.startsWith("://", i - 3),
                    i == 0 && portEnd == value.length()));
            i = portEnd;
        }
        return out;
    }

    private static boolean hostChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.';
    }
}
