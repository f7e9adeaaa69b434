package dev.shipshape.internal.lang;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * IP addresses and CIDR blocks as Go's {@code net.ParseIP} and {@code net.ParseCIDR} read them, without ever looking
 * a name up. Not API.
 *
 * <pre>{@code
 * Cidrs.contains("10.20.0.0/16", "10.20.3.4");   // true
 * }</pre>
 */
public final class Cidrs {

    private Cidrs() {
    }

    /**
     * The bytes of a literal IPv4 (dotted decimal) or IPv6 address.
     *
     * @param literal the text
     * @return 4 or 16 bytes, or empty when it is not an address
     */
    public static Optional<byte[]> address(String literal) {
        if (literal.contains(":")) {
            if (!literal.matches("[0-9A-Fa-f:.]+")) {
                return Optional.empty();
            }
            try {
                return Optional.of(InetAddress.getByName("[" + literal + "]").getAddress());
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }
        String[] parts = literal.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (!parts[i].matches("[0-9]{1,3}") || Integer.parseInt(parts[i]) > 255) {
                return Optional.empty();
            }
            out[i] = (byte) Integer.parseInt(parts[i]);
        }
        return Optional.of(out);
    }

    /**
     * Whether {@code s} is a CIDR block: an address, a slash and a prefix length that fits it.
     *
     * @param s the text
     * @return whether it is one
     */
    public static boolean isCidr(String s) {
        int slash = s.indexOf('/');
        if (slash < 0) {
            return false;
        }
        Optional<byte[]> ip = address(s.substring(0, slash));
        String bits = s.substring(slash + 1);
        return ip.isPresent() && bits.matches("0|[1-9][0-9]{0,2}") && Integer.parseInt(bits) <= ip.get().length * 8;
    }

    /**
     * Whether address {@code ip} lies in block {@code cidr}; false when either does not parse or they differ in family.
     *
     * @param cidr the block
     * @param ip   the address
     * @return whether it lies in it
     */
    public static boolean contains(String cidr, String ip) {
        if (!isCidr(cidr)) {
            return false;
        }
        int slash = cidr.indexOf('/');
        byte[] net = address(cidr.substring(0, slash)).orElseThrow();
        Optional<byte[]> addr = address(ip);
        if (addr.isEmpty() || addr.get().length != net.length) {
            return false;
        }
        int bits = Integer.parseInt(cidr.substring(slash + 1));
        for (int i = 0; i < bits; i++) {
            int mask = 0x80 >>> (i % 8);
            if ((net[i / 8] & mask) != (addr.get()[i / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}
