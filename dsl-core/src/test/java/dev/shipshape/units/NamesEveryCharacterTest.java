package dev.shipshape.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every name check against the regular expressions and limits of k8s.io/apimachinery/pkg/util/validation (copied
 * verbatim), for every printable ASCII character (and a few others) as the first, a middle and the last character,
 * and for every length limit on both sides. Deterministic, so each boundary is checked on every run.
 */
class NamesEveryCharacterTest {

    private static final Pattern DNS1123_LABEL = NamesTest.DNS1123_LABEL;
    private static final Pattern DNS1035_LABEL = NamesTest.DNS1035_LABEL;
    private static final Pattern DNS1123_SUBDOMAIN = NamesTest.DNS1123_SUBDOMAIN;
    private static final Pattern QUALIFIED_NAME = Pattern.compile("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$");
    private static final Pattern LABEL_VALUE = Pattern.compile("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$");
    private static final Pattern CONFIG_MAP_KEY = Pattern.compile("^[-._a-zA-Z0-9]+$");
    private static final Pattern IANA_SVC_NAME = Pattern.compile("^[-a-z0-9]+$");
    private static final Pattern IANA_HAS_LETTER = Pattern.compile("[a-z]");
    private static final Pattern ENV = NamesTest.ENV;

    static List<String> candidates() {
        List<String> out = new ArrayList<>();
        List<Character> chars = new ArrayList<>();
        for (char c = 0x20; c < 0x7f; c++) {
            chars.add(c);
        }
        chars.addAll(List.of('\t', '\u00e9', '\u0130', '\u212a'));
        for (char c : chars) {
            out.add(String.valueOf(c));
            out.add("a" + c);
            out.add(c + "a");
            out.add("a" + c + "b");
            out.add("ab" + c + "x/y");
            out.add("a.b" + c + "/c" + c + "d");
        }
        for (String unit : List.of("a", "Z", "0", "a-", "a.")) {
            for (int n : new int[] {14, 15, 16, 62, 63, 64, 252, 253, 254}) {
                String s = unit.repeat(n / unit.length() + 1).substring(0, n - 1) + "b";
                out.add(s);
                out.add(s + "/x");
                out.add("x/" + s);
            }
        }
        // a prefix of 253 and 254 characters before a valid name
        out.add("a.".repeat(126) + "b/name");
        out.add("a.".repeat(126) + "bc/name");
        out.addAll(List.of("", ".", "..", "..a", ".a", "a/b/c", "/a", "a/", "-a-", "a--b", "1-2", "12345"));
        return out;
    }

    @Test
    void every_check_agrees_with_apimachinery() {
        for (String s : candidates()) {
            String as = "'" + s + "' (" + s.length() + ")";
            assertThat(Names.isDns1123Label(s)).as("DNS-1123 label " + as)
                    .isEqualTo(s.length() <= 63 && DNS1123_LABEL.matcher(s).matches());
            assertThat(Names.isDns1035Label(s)).as("DNS-1035 label " + as)
                    .isEqualTo(s.length() <= 63 && DNS1035_LABEL.matcher(s).matches());
            assertThat(Names.isDns1123Subdomain(s)).as("DNS-1123 subdomain " + as)
                    .isEqualTo(s.length() <= 253 && DNS1123_SUBDOMAIN.matcher(s).matches());
            assertThat(Names.isLabelValue(s)).as("label value " + as)
                    .isEqualTo(s.length() <= 63 && LABEL_VALUE.matcher(s).matches());
            assertThat(Names.isLabelKey(s)).as("label key " + as).isEqualTo(isQualifiedName(s));
            assertThat(Names.isConfigKey(s)).as("config key " + as).isEqualTo(s.length() <= 253
                    && CONFIG_MAP_KEY.matcher(s).matches() && !s.equals(".") && !s.startsWith(".."));
            assertThat(Names.isPortName(s)).as("port name " + as).isEqualTo(s.length() <= 15
                    && IANA_SVC_NAME.matcher(s).matches() && IANA_HAS_LETTER.matcher(s).find() && !s.contains("--")
                    && !s.startsWith("-") && !s.endsWith("-"));
            assertThat(Names.isEnvVarName(s)).as("env var name " + as)
                    .isEqualTo(ENV.matcher(s).matches() && !s.equals(".") && !s.startsWith(".."));
        }
    }

    /** {@code IsQualifiedName}: an optional DNS-1123 subdomain prefix and '/', then a name of at most 63. */
    private static boolean isQualifiedName(String s) {
        String[] parts = s.split("/", -1);
        String name;
        if (parts.length == 1) {
            name = parts[0];
        } else if (parts.length == 2) {
            if (parts[0].isEmpty() || parts[0].length() > 253 || !DNS1123_SUBDOMAIN.matcher(parts[0]).matches()) {
                return false;
            }
            name = parts[1];
        } else {
            return false;
        }
        return !name.isEmpty() && name.length() <= 63 && QUALIFIED_NAME.matcher(name).matches();
    }

    /** {@code netutils.ParseIPSloppy} on dotted decimals (leading zeros allowed), for Ingress hosts. */
    @Test
    void ipv4_addresses_are_not_ingress_hosts_and_names_that_look_close_are() {
        for (String ip : List.of("1.2.3.4", "0.0.0.0", "9.9.9.9", "255.255.255.255", "01.2.3.4", "001.002.003.004")) {
            assertThat(Names.isIpv4(ip)).as(ip).isTrue();
            assertThat(Names.isIngressHost(ip)).as(ip).isFalse();
        }
        for (String host : List.of("256.1.1.1", "1.2.3", "1.2.3.4.5", "1.2.3.a", "1.2.3.99999999999999999999")) {
            assertThat(Names.isIpv4(host)).as(host).isFalse();
            assertThat(Names.isIngressHost(host)).as(host).isTrue();
        }
        for (String notIp : List.of("", "1..3.4", ".1.2.3", "1.2.3.", "1.2.3.-4", "1.2.3.+4", "1.2.3./")) {
            assertThat(Names.isIpv4(notIp)).as(notIp).isFalse();
        }
        assertThat(Names.isIpv4(null)).isFalse();
        assertThat(Names.isIngressHost("*.example.com")).isTrue();
        assertThat(Names.isIngressHost("*.1.2.3.4")).isTrue();
        assertThat(Names.isIngressHost("a." + "b".repeat(251))).isTrue();
        assertThat(Names.isIngressHost("a." + "b".repeat(252))).isFalse();
    }

    @Test
    void printable_shows_control_characters_and_cuts_long_names() {
        assertThat(Names.printable("web")).isEqualTo("web");
        assertThat(Names.printable(null)).isEqualTo("null");
        assertThat(Names.printable("a\u2028b\u2029c")).isEqualTo("a\\u2028b\\u2029c");
        assertThat(Names.printable("a\tb")).isEqualTo("a\\u0009b");
        String sixtyFour = "x".repeat(64);
        assertThat(Names.printable(sixtyFour)).isEqualTo(sixtyFour);
        assertThat(Names.printable("a\nb" + "x".repeat(100))).doesNotContain("\n").contains("\\u000a").endsWith("(103 chars)");
    }
}
