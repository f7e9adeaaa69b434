package dev.shipshape.units;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.internal.lang.NameSuggestions;
import dev.shipshape.internal.lang.Text;
import java.util.regex.Pattern;

/**
 * The Kubernetes naming rules, as predicates and as checks that throw {@link IllegalArgumentException}.
 *
 * <pre>{@code
 * Names.isDns1123Label("frontend");          // true
 * Names.isDns1035Label("1st-service");       // false: a Service name must start with a letter
 * Names.requireDns1123Subdomain("webService name", "Frontend");  // throws, naming the value and the rule
 * }</pre>
 *
 * <p>The regular expressions are those of {@code k8s.io/apimachinery/pkg/util/validation}.
 */
public final class Names {

    /** Longest DNS-1123 / DNS-1035 label: 63 characters. */
    public static final int LABEL_MAX = 63;
    /** Longest DNS-1123 subdomain: 253 characters. */
    public static final int SUBDOMAIN_MAX = 253;
    /** Longest IANA service (port) name: 15 characters. */
    public static final int PORT_NAME_MAX = 15;

    private static final Pattern PORT_NAME = Pattern.compile("[-a-z0-9]+");
    private static final Pattern HAS_LETTER = Pattern.compile(".*[a-z].*");
    private static final Pattern ENV_NAME = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");
    private static final Pattern CONFIG_KEY = Pattern.compile("[-._a-zA-Z0-9]+");

    private Names() {
    }

    /**
     * DNS-1123 label: lowercase alphanumerics and '-', starting and ending alphanumeric, at most 63.
     *
     * @param s any string, or null (false)
     * @return whether it holds
     */
    public static boolean isDns1123Label(String s) {
        return s != null && s.length() <= LABEL_MAX && isLabel(s, 0, s.length(), false);
    }

    /**
     * DNS-1123 subdomain: dot-separated DNS-1123 labels, at most 253 in all.
     *
     * @param s any string, or null (false)
     * @return whether it holds
     */
    public static boolean isDns1123Subdomain(String s) {
        return s != null && isDns1123Subdomain(s, s.length());
    }

    /** {@code s[0, to)} is a DNS-1123 subdomain (an empty one is not: its one label is empty). */
    private static boolean isDns1123Subdomain(String s, int to) {
        if (to > SUBDOMAIN_MAX) {
            return false;
        }
        int start = 0;
        for (int i = 0; i <= to; i++) {
            if (i == to || s.charAt(i) == '.') {
                if (!isLabel(s, start, i, false)) {
                    return false;
                }
                start = i + 1;
            }
        }
        return true;
    }

    /**
     * DNS-1035 label (Service names): like a DNS-1123 label but starting with a letter.
     *
     * @param s any string, or null (false)
     * @return whether it holds
     */
    public static boolean isDns1035Label(String s) {
        return s != null && s.length() <= LABEL_MAX && isLabel(s, 0, s.length(), true);
    }

    /**
     * A host an Ingress rule may name (networking/v1 {@code validateIngressRules}): a DNS-1123 subdomain, or
     * {@code *.} followed by one (253 characters at most in all), and not an IP address.
     *
     * @param s the host
     * @return whether the API server accepts it
     */
    public static boolean isIngressHost(String s) {
        if (s == null || s.length() > SUBDOMAIN_MAX || isIpv4(s)) {
            return false;
        }
        return s.startsWith("*.") ? isDns1123Subdomain(s.substring(2)) : isDns1123Subdomain(s);
    }

    /**
     * An IPv4 address in dotted decimal as the API server reads one ({@code netutils.ParseIPSloppy}): four numbers
     * 0-255, leading zeros allowed.
     *
     * @param s the text
     * @return whether it is one
     */
    public static boolean isIpv4(String s) {
        if (s == null) {
            return false;
        }
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || !p.chars().allMatch(c -> c >= '0' && c <= '9')
                    || new java.math.BigInteger(p).compareTo(java.math.BigInteger.valueOf(255)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code s[from, to)} is {@code [a-z0-9]([-a-z0-9]*[a-z0-9])?}, starting with a letter if {@code letterFirst}. */
    private static boolean isLabel(String s, int from, int to, boolean letterFirst) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!alnum && !(c == '-' && i != from && i != to - 1)) {
                return false;
            }
        }
        char first = s.charAt(from);
        return !letterFirst || (first >= 'a' && first <= 'z');
    }

    /**
     * IANA_SVC_NAME (port names): at most 15 of [-a-z0-9], at least one letter, no leading, trailing or double '-'.
     *
     * @param s any string, or null (false)
     * @return whether it holds
     */
    public static boolean isPortName(String s) {
        return s != null && !s.isEmpty() && s.length() <= PORT_NAME_MAX && PORT_NAME.matcher(s).matches()
                && HAS_LETTER.matcher(s).matches() && !s.startsWith("-") && !s.endsWith("-") && !s.contains("--");
    }

    /**
     * Environment variable names: {@code [-._a-zA-Z][-._a-zA-Z0-9]*}.
     *
     * @param s any string, or null (false)
     * @return whether it holds
     */
    public static boolean isEnvVarName(String s) {
        return s != null && !s.isEmpty() && ENV_NAME.matcher(s).matches() && !isChDirName(s);
    }

    /** {@code .}, {@code ..} or anything starting with {@code ..}: names the API server refuses for keys and env vars. */
    private static boolean isChDirName(String s) {
        return s.equals(".") || s.startsWith("..");
    }

    /**
     * ConfigMap and Secret keys: {@code [-._a-zA-Z0-9]+}, at most 253, not {@code .} or {@code ..}.
     *
     * @param s any string, or null (false)
     * @return whether it holds
     */
    public static boolean isConfigKey(String s) {
        return s != null && !s.isEmpty() && s.length() <= SUBDOMAIN_MAX && CONFIG_KEY.matcher(s).matches()
                && !isChDirName(s);
    }

    /**
     * Label keys: an optional DNS-1123 subdomain prefix and '/', then a name of at most 63.
     *
     * @param s any string, or null (false)
     * @return whether it holds
     */
    public static boolean isLabelKey(String s) {
        if (s == null) {
            return false;
        }
        int slash = s.indexOf('/');
        if (slash >= 0 && !isDns1123Subdomain(s, slash)) {
            return false;
        }
        int from = slash + 1;
        return s.length() - from <= LABEL_MAX && isQualifiedName(s, from, s.length());
    }

    /**
     * Label values: empty, or at most 63 of [-A-Za-z0-9_.] starting and ending alphanumeric.
     *
     * @param s any string, or null (false)
     * @return whether it holds
     */
    public static boolean isLabelValue(String s) {
        return s != null && (s.isEmpty() || (s.length() <= LABEL_MAX && isQualifiedName(s, 0, s.length())));
    }

    /** {@code s[from, to)} is {@code ([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]}. */
    private static boolean isQualifiedName(String s, int from, int to) {
        if (from >= to || !isAlnum(s.charAt(from)) || !isAlnum(s.charAt(to - 1))) {
            return false;
        }
        for (int i = from + 1; i < to - 1; i++) {
            char c = s.charAt(i);
            if (!isAlnum(c) && c != '-' && c != '_' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * Throws unless {@code value} is a DNS-1123 subdomain, the shape every Shipshape component name has.
     *
     * @param value the name to check
     * @param what what the value names, for the message, e.g. {@code "webService name"}
     * @return the value
     */
    public static String requireDns1123Subdomain(String what, String value) {
        Args.notNull(what, "what");
        if (!isDns1123Subdomain(value)) {
            throw new IllegalArgumentException(what + " '" + printable(value) + "' is not a valid DNS-1123 subdomain:"
                    + " use lowercase letters, digits, '-' and '.', start and end with a letter or digit, at most "
                    + SUBDOMAIN_MAX + " characters (e.g. 'frontend')");
        }
        return value;
    }

    /**
     * Throws unless {@code value} is a DNS-1123 label (e.g. a namespace).
     *
     * @param what what the name is for, as the message says it, e.g. {@code namespace}
     * @param value the name to check
     * @return the string
     */
    public static String requireDns1123Label(String what, String value) {
        Args.notNull(what, "what");
        if (!isDns1123Label(value)) {
            throw new IllegalArgumentException(what + " '" + printable(value) + "' is not a valid DNS-1123 label:"
                    + " use lowercase letters, digits and '-', start and end with a letter or digit, at most "
                    + LABEL_MAX + " characters (e.g. 'journal')");
        }
        return value;
    }

    /**
     * Throws unless {@code value} is a DNS-1035 label: the name of a workload that has a Service, which carries it.
     *
     * @param what  what the value names, for the message, e.g. {@code "webService name"}
     * @param value the name
     * @return the value
     * @throws IllegalArgumentException naming the value and a valid name close to it
     */
    public static String requireDns1035Label(String what, String value) {
        Args.notNull(what, "what");
        if (!isDns1035Label(value)) {
            throw new IllegalArgumentException(what + " '" + printable(value) + "' is not valid: it also names the"
                    + " Service, which must be a DNS-1035 label: lowercase letters, digits and '-', starting with a letter,"
                    + " at most " + LABEL_MAX + " characters (e.g. '" + NameSuggestions.label(value, true, LABEL_MAX) + "')");
        }
        return value;
    }

    /**
     * Throws unless {@code value} is a valid port name (IANA_SVC_NAME).
     *
     * @param value the port name to check
     * @return the string
     */
    public static String requirePortName(String value) {
        if (!isPortName(value)) {
            throw new IllegalArgumentException("port name '" + printable(value) + "' is not a valid IANA service name:"
                    + " at most 15 lowercase letters, digits and '-', with at least one letter and no leading,"
                    + " trailing or double '-' (e.g. 'http')");
        }
        return value;
    }

    /**
     * Throws unless {@code value} is a valid environment variable name.
     *
     * @param value the environment variable name to check
     * @return the string
     */
    public static String requireEnvVarName(String value) {
        if (!isEnvVarName(value)) {
            throw new IllegalArgumentException("env var name '" + printable(value) + "' is not valid:"
                    + " use letters, digits, '_', '-' and '.', not starting with a digit, not '.' and not starting"
                    + " with '..' (e.g. 'REDIS_HOST')");
        }
        return value;
    }

    /**
     * Throws unless {@code value} is a valid ConfigMap or Secret key.
     *
     * @param what what the key is for, as the message says it, e.g. {@code config key}
     * @param value the key to check
     * @return the string
     */
    public static String requireConfigKey(String what, String value) {
        Args.notNull(what, "what");
        if (!isConfigKey(value)) {
            throw new IllegalArgumentException(what + " '" + printable(value) + "' is not valid: use letters, digits,"
                    + " '-', '_' and '.', at most " + SUBDOMAIN_MAX + " characters, not '.' and not starting with '..'"
                    + " (e.g. 'journalEntries')");
        }
        return value;
    }

    /**
     * Throws unless {@code key} and {@code value} form a valid label.
     *
     * @param key the label key to check
     * @param value the label value to check
     */
    public static void requireLabel(String key, String value) {
        if (!isLabelKey(key)) {
            throw new IllegalArgumentException("label key '" + printable(key) + "' is not valid: an optional DNS-1123"
                    + " subdomain prefix and '/', then at most 63 of letters, digits, '-', '_' and '.' starting and"
                    + " ending alphanumeric (e.g. 'example.com/region')");
        }
        if (!isLabelValue(value)) {
            throw new IllegalArgumentException("label value '" + printable(value) + "' for key '" + key + "' is not"
                    + " valid: at most 63 of letters, digits, '-', '_' and '.' starting and ending alphanumeric");
        }
    }

    /**
     * A short, single-line form of an arbitrary string for error messages: control characters escaped, at most 80
     * characters shown, so hostile input never breaks a message's layout: {@code Names.printable("a\nb")} is
     * {@code a\u000ab}.
     *
     * @param s any string, or null (shown as {@code null})
     * @return the printable form
     */
    public static String printable(String s) {
        return Text.printable(s);
    }
}
