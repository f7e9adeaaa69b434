package dev.shipshape.examples.apiserver;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A port of k8s.io/apimachinery {@code pkg/util/validation/validation.go} and of the metadata checks of
 * {@code pkg/api/validation/objectmeta.go} and {@code pkg/apis/meta/v1/validation/validation.go}, written from the Go
 * sources with their regular expressions copied verbatim. Independent of Shipshape's own {@code Names}, so the
 * oracle does not share Shipshape's mistakes. Each function returns the error messages, empty when valid.
 */
final class Apimachinery {

    private Apimachinery() {
    }

    static final int DNS1123_LABEL_MAX = 63;
    static final int DNS1123_SUBDOMAIN_MAX = 253;
    static final int DNS1035_LABEL_MAX = 63;
    static final int LABEL_VALUE_MAX = 63;
    static final int QUALIFIED_NAME_MAX = 63;
    static final int TOTAL_ANNOTATION_SIZE = 256 * 1024;

    private static final String DNS1123_LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private static final Pattern DNS1123_LABEL = Pattern.compile("^" + DNS1123_LABEL_FMT + "$");
    private static final String DNS1123_SUBDOMAIN_FMT = DNS1123_LABEL_FMT + "(\\." + DNS1123_LABEL_FMT + ")*";
    private static final Pattern DNS1123_SUBDOMAIN = Pattern.compile("^" + DNS1123_SUBDOMAIN_FMT + "$");
    private static final Pattern DNS1035_LABEL = Pattern.compile("^[a-z]([-a-z0-9]*[a-z0-9])?$");
    private static final Pattern WILDCARD_DNS1123_SUBDOMAIN = Pattern.compile("^\\*\\." + DNS1123_SUBDOMAIN_FMT + "$");
    private static final String QUALIFIED_NAME_FMT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
    private static final Pattern QUALIFIED_NAME = Pattern.compile("^" + QUALIFIED_NAME_FMT + "$");
    private static final Pattern LABEL_VALUE = Pattern.compile("^(" + QUALIFIED_NAME_FMT + ")?$");
    private static final Pattern PORT_NAME_CHARS = Pattern.compile("^[-a-z0-9]+$");
    private static final Pattern PORT_NAME_ONE_LETTER = Pattern.compile(".*[a-z].*");
    private static final Pattern CONFIG_MAP_KEY = Pattern.compile("^[-._a-zA-Z0-9]+$");
    private static final Pattern ENV_VAR_NAME = Pattern.compile("^[-._a-zA-Z][-._a-zA-Z0-9]*$");

    static List<String> isDns1123Label(String v) {
        List<String> errs = new ArrayList<>();
        if (v.length() > DNS1123_LABEL_MAX) {
            errs.add("must be no more than 63 characters");
        }
        if (!DNS1123_LABEL.matcher(v).matches()) {
            errs.add("a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-'");
        }
        return errs;
    }

    static List<String> isDns1123Subdomain(String v) {
        List<String> errs = new ArrayList<>();
        if (v.length() > DNS1123_SUBDOMAIN_MAX) {
            errs.add("must be no more than 253 characters");
        }
        if (!DNS1123_SUBDOMAIN.matcher(v).matches()) {
            errs.add("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.'");
        }
        return errs;
    }

    static List<String> isDns1035Label(String v) {
        List<String> errs = new ArrayList<>();
        if (v.length() > DNS1035_LABEL_MAX) {
            errs.add("must be no more than 63 characters");
        }
        if (!DNS1035_LABEL.matcher(v).matches()) {
            errs.add("a DNS-1035 label must consist of lower case alphanumeric characters or '-', and start with a letter");
        }
        return errs;
    }

    static List<String> isWildcardDns1123Subdomain(String v) {
        List<String> errs = new ArrayList<>();
        if (v.length() > DNS1123_SUBDOMAIN_MAX) {
            errs.add("must be no more than 253 characters");
        }
        if (!WILDCARD_DNS1123_SUBDOMAIN.matcher(v).matches()) {
            errs.add("a wildcard DNS-1123 subdomain must start with '*.'");
        }
        return errs;
    }

    /** {@code IsQualifiedName}: an optional DNS-1123 subdomain prefix and '/', then a name of at most 63 characters. */
    static List<String> isQualifiedName(String v) {
        List<String> errs = new ArrayList<>();
        String[] parts = v.split("/", -1);
        String name;
        switch (parts.length) {
            case 1 -> name = parts[0];
            case 2 -> {
                String prefix = parts[0];
                name = parts[1];
                if (prefix.isEmpty()) {
                    errs.add("prefix part must be non-empty");
                } else {
                    for (String m : isDns1123Subdomain(prefix)) {
                        errs.add("prefix part " + m);
                    }
                }
            }
            default -> {
                errs.add("a qualified name must consist of alphanumeric characters, '-', '_' or '.', with an optional prefix");
                return errs;
            }
        }
        if (name.isEmpty()) {
            errs.add("name part must be non-empty");
        } else if (name.length() > QUALIFIED_NAME_MAX) {
            errs.add("name part must be no more than 63 characters");
        }
        if (!QUALIFIED_NAME.matcher(name).matches()) {
            errs.add("name part must consist of alphanumeric characters, '-', '_' or '.'");
        }
        return errs;
    }

    static List<String> isValidLabelValue(String v) {
        List<String> errs = new ArrayList<>();
        if (v.length() > LABEL_VALUE_MAX) {
            errs.add("must be no more than 63 characters");
        }
        if (!LABEL_VALUE.matcher(v).matches()) {
            errs.add("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.'");
        }
        return errs;
    }

    /** {@code IsValidPortName}: IANA_SVC_NAME. */
    static List<String> isValidPortName(String v) {
        List<String> errs = new ArrayList<>();
        if (v.length() > 15) {
            errs.add("must be no more than 15 characters");
        }
        if (!PORT_NAME_CHARS.matcher(v).matches()) {
            errs.add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
        }
        if (!PORT_NAME_ONE_LETTER.matcher(v).matches()) {
            errs.add("must contain at least one letter (a-z)");
        }
        if (v.contains("--")) {
            errs.add("must not contain consecutive hyphens");
        }
        if (!v.isEmpty() && (v.charAt(0) == '-' || v.charAt(v.length() - 1) == '-')) {
            errs.add("must not begin or end with a hyphen");
        }
        return errs;
    }

    static List<String> isValidPortNum(long port) {
        return 1 <= port && port <= 65535 ? List.of() : List.of("must be between 1 and 65535, inclusive");
    }

    static List<String> isConfigMapKey(String v) {
        List<String> errs = new ArrayList<>();
        if (v.length() > DNS1123_SUBDOMAIN_MAX) {
            errs.add("must be no more than 253 characters");
        }
        if (!CONFIG_MAP_KEY.matcher(v).matches()) {
            errs.add("a valid config key must consist of alphanumeric characters, '-', '_' or '.'");
        }
        errs.addAll(hasChDirPrefix(v));
        return errs;
    }

    static List<String> isEnvVarName(String v) {
        List<String> errs = new ArrayList<>();
        if (!ENV_VAR_NAME.matcher(v).matches()) {
            errs.add("a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit");
        }
        errs.addAll(hasChDirPrefix(v));
        return errs;
    }

    private static List<String> hasChDirPrefix(String v) {
        if (v.equals(".")) {
            return List.of("must not be '.'");
        }
        if (v.equals("..")) {
            return List.of("must not be '..'");
        }
        return v.startsWith("..") ? List.of("must not start with '..'") : List.of();
    }

    /**
     * Whether Go's {@code netutils.ParseIPSloppy} reads {@code s} as an IP address: IPv4 dotted decimal (leading zeros
     * allowed) or an IPv6 literal.
     */
    static boolean parsesAsIp(String s) {
        if (s.contains(":")) {
            return s.matches("[0-9A-Fa-f:.]+") && s.chars().filter(c -> c == ':').count() >= 2;
        }
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 10 || !p.chars().allMatch(Character::isDigit) || Long.parseLong(p) > 255) {
                return false;
            }
        }
        return true;
    }

    /**
     * Go's {@code netutils.ParseCIDRSloppy}: {@code address/bits} with an IPv4 (leading zeros allowed) or IPv6
     * address and a prefix length within it. Returns the masked network address and, as {@code [1][0]}, the prefix
     * length; null when it does not parse.
     */
    static byte[][] parseCidr(String s) {
        int slash = s.indexOf('/');
        if (slash < 0 || !parsesAsIp(s.substring(0, slash))) {
            return null;
        }
        byte[] ip = ipBytes(s.substring(0, slash));
        String bits = s.substring(slash + 1);
        if (ip == null || bits.isEmpty() || bits.length() > 3 || !bits.chars().allMatch(Character::isDigit)
                || (bits.length() > 1 && bits.charAt(0) == '0') || Integer.parseInt(bits) > ip.length * 8) {
            return null;
        }
        int n = Integer.parseInt(bits);
        byte[] net = ip.clone();
        for (int i = 0; i < net.length * 8; i++) {
            if (i >= n) {
                net[i / 8] &= (byte) ~(0x80 >>> (i % 8));
            }
        }
        return new byte[][] {net, {(byte) n}};
    }

    /** Go's {@code IPNet.Contains}: whether {@code ip} (of the same family) lies in the network. */
    static boolean cidrContains(byte[][] net, byte[] ip) {
        if (ip.length != net[0].length) {
            return false;
        }
        int n = net[1][0] & 0xff;
        for (int i = 0; i < n; i++) {
            int mask = 0x80 >>> (i % 8);
            if ((ip[i / 8] & mask) != (net[0][i / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ipBytes(String s) {
        if (s.contains(":")) {
            try {
                return java.net.InetAddress.getByName("[" + s + "]").getAddress();
            } catch (java.net.UnknownHostException e) {
                return null;
            }
        }
        String[] parts = s.split("\\.");
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            out[i] = (byte) Integer.parseInt(parts[i]);
        }
        return out;
    }

    /** {@code ValidateLabels} of meta/v1/validation. */
    static void validateLabels(Map<String, String> labels, String path, Errors errs) {
        if (labels == null) {
            return;
        }
        labels.forEach((k, v) -> {
            isQualifiedName(k).forEach(m -> errs.add(path, "label key '" + k + "': " + m));
            isValidLabelValue(v == null ? "" : v).forEach(m -> errs.add(path, "label value '" + v + "': " + m));
        });
    }

    /** {@code ValidateAnnotations} of api/validation: keys are qualified names (lowercased), 256 KiB in all. */
    static void validateAnnotations(Map<String, String> annotations, String path, Errors errs) {
        if (annotations == null) {
            return;
        }
        long total = 0;
        for (Map.Entry<String, String> e : annotations.entrySet()) {
            isQualifiedName(e.getKey().toLowerCase(Locale.ROOT)).forEach(m -> errs.add(path, "annotation key '" + e.getKey() + "': " + m));
            total += e.getKey().getBytes(StandardCharsets.UTF_8).length
                    + (e.getValue() == null ? 0 : e.getValue().getBytes(StandardCharsets.UTF_8).length);
        }
        if (total > TOTAL_ANNOTATION_SIZE) {
            errs.add(path, "Too long: must have at most 262144 bytes");
        }
    }
}
