package dev.shipshape.internal.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CIDR parsing and containment against the cases of Go's {@code net} package tests ({@code parseCIDRTests}, {@code ipNetContainsTests}). */
class CidrsTest {

    @ParameterizedTest
    @ValueSource(strings = {"135.104.0.0/32", "0.0.0.0/24", "135.104.0.0/24", "135.104.0.1/32", "135.104.0.1/24", "::1/128",
            "abcd:2345::/127", "abcd:2345::/65", "abcd:2345::/64", "abcd:2345::/63", "abcd:2345::/33", "abcd:2345::/32",
            "abcd:2344::/31", "abcd:2300::/24", "abcd:2345::/24", "2001:DB8::/48", "2001:DB8::1/48", "0.0.0.0/0", "::/0",
            // the largest octet and prefixes
            "255.255.255.255/32", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128"})
    void go_accepts(String cidr) {
        assertThat(Cidrs.isCidr(cidr)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.168.1.1/255.255.255.0", "192.168.1.1/35", "2001:db8::1/-1", "2001:db8::1/-0", "-0.0.0.0/32",
            "0.-1.0.0/32", "0.0.-2.0/32", "0.0.0.-3/32", "0.0.0.0/-0", "", "10.0.0.0", "10.0.0/8", "::1/129", "example.com/24",
            "10.0.0.256/8", "1::2::3/64",
            // not in Go's table: a zone (Java's InetAddress would take it), and a prefix with no address
            "fe80::1%1/64", "fe80::1%eth0/64", "/24"})
    void go_refuses(String cidr) {
        assertThat(Cidrs.isCidr(cidr)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"172.16.1.2/12, 172.16.1.2, true", "172.16.1.2/12, 172.32.1.2, false", "172.16.1.2/32, 172.16.1.2, true",
            "172.16.1.2/32, 172.16.1.3, false", "192.168.0.0/16, 192.168.3.4, true", "0.0.0.0/0, 8.8.8.8, true",
            "2001:db8::/32, 2001:db8:1::1, true", "2001:db8::/32, 2001:db9::1, false", "0.0.0.0/0, ::1, false",
            "10.0.0.0/8, not-an-ip, false",
            // blocks that are not blocks contain nothing
            "10.0.0.0/33, 10.0.0.1, false", "10.0.0.0, 10.0.0.0, false", "not-a-cidr, 10.0.0.1, false"})
    void contains_as_go_ipnet_contains(String cidr, String ip, boolean expected) {
        assertThat(Cidrs.contains(cidr, ip)).isEqualTo(expected);
    }
}
