package dev.shipshape.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The test tables of k8s.io/apimachinery {@code pkg/util/validation/validation_test.go}, copied verbatim, run against
 * {@link Names}. Where a Shipshape check has no upstream function of its own (the Ingress host), the table of the
 * function the API server calls for it is used, and the test says so.
 */
class UpstreamNameTablesTest {

    private static void check(Predicate<String> valid, List<String> good, List<String> bad) {
        assertThat(good).as("upstream's good values").allMatch(valid);
        assertThat(bad).as("upstream's bad values").noneMatch(valid);
    }

    @Test
    void is_dns1123_label() {
        check(Names::isDns1123Label, List.of(
                "a", "ab", "abc", "a1", "a-1", "a--1--2--b",
                "0", "01", "012", "1a", "1-a", "1--a--b--2",
                "a".repeat(63)), List.of(
                "", "A", "ABC", "aBc", "A1", "A-1", "1-A",
                "-", "a-", "-a", "1-", "-1",
                "_", "a_", "_a", "a_b", "1_", "_1", "1_2",
                ".", "a.", ".a", "a.b", "1.", ".1", "1.2",
                " ", "a ", " a", "a b", "1 ", " 1", "1 2",
                "a".repeat(64)));
    }

    @Test
    void is_dns1123_subdomain() {
        check(Names::isDns1123Subdomain, List.of(
                "a", "ab", "abc", "a1", "a-1", "a--1--2--b",
                "0", "01", "012", "1a", "1-a", "1--a--b--2",
                "a.a", "ab.a", "abc.a", "a1.a", "a-1.a", "a--1--2--b.a",
                "a.1", "ab.1", "abc.1", "a1.1", "a-1.1", "a--1--2--b.1",
                "0.a", "01.a", "012.a", "1a.a", "1-a.a", "1--a--b--2",
                "0.1", "01.1", "012.1", "1a.1", "1-a.1", "1--a--b--2.1",
                "a.b.c.d.e", "aa.bb.cc.dd.ee", "1.2.3.4.5", "11.22.33.44.55",
                "a".repeat(253)), List.of(
                "", "A", "ABC", "aBc", "A1", "A-1", "1-A",
                "-", "a-", "-a", "1-", "-1",
                "_", "a_", "_a", "a_b", "1_", "_1", "1_2",
                ".", "a.", ".a", "a..b", "1.", ".1", "1..2",
                " ", "a ", " a", "a b", "1 ", " 1", "1 2",
                "A.a", "aB.a", "ab.A", "A1.a", "a1.A",
                "A.1", "aB.1", "A1.1", "1A.1",
                "0.A", "01.A", "012.A", "1A.a", "1a.A",
                "A.B.C.D.E", "AA.BB.CC.DD.EE", "a.B.c.d.e", "aa.bB.cc.dd.ee",
                "a@b", "a,b", "a_b", "a;b",
                "a:b", "a%b", "a?b", "a$b",
                "a".repeat(254)));
    }

    @Test
    void is_dns1035_label() {
        check(Names::isDns1035Label, List.of(
                "a", "ab", "abc", "a1", "a-1", "a--1--2--b",
                "a".repeat(63)), List.of(
                "0", "01", "012", "1a", "1-a", "1--a--b--2",
                "", "A", "ABC", "aBc", "A1", "A-1", "1-A",
                "-", "a-", "-a", "1-", "-1",
                "_", "a_", "_a", "a_b", "1_", "_1", "1_2",
                ".", "a.", ".a", "a.b", "1.", ".1", "1.2",
                " ", "a ", " a", "a b", "1 ", " 1", "1 2",
                "a".repeat(64)));
    }

    @Test
    void is_valid_port_name() {
        check(Names::isPortName, List.of("telnet", "re-mail-ck", "pop3", "a", "a-1", "1-a", "a-1-b-2-c", "1-a-2-b-3"),
                List.of("longerthan15characters", "", "a".repeat(16), "12345", "1-2-3-4", "-begin", "end-", "two--hyphens",
                        "whois++"));
    }

    @Test
    void is_qualified_name_as_label_key() {
        check(Names::isLabelKey, List.of(
                "simple",
                "now-with-dashes",
                "1-starts-with-num",
                "1234",
                "simple/simple",
                "now-with-dashes/simple",
                "now-with-dashes/now-with-dashes",
                "now.with.dots/simple",
                "now-with.dashes-and.dots/simple",
                "1-num.2-num/3-num",
                "1234/5678",
                "1.2.3.4/5678",
                "Uppercase_Is_OK_123",
                "example.com/Uppercase_Is_OK_123",
                "requests.storage-foo",
                "a".repeat(63),
                "a".repeat(253) + "/" + "b".repeat(63)), List.of(
                "nospecialchars%^=@",
                "cantendwithadash-",
                "-cantstartwithadash-",
                "only/one/slash",
                "Example.com/abc",
                "example_com/abc",
                "example.com/",
                "/simple",
                "a".repeat(64),
                "a".repeat(254) + "/abc"));
    }

    @Test
    void is_valid_label_value() {
        check(Names::isLabelValue, List.of(
                "simple",
                "now-with-dashes",
                "1-starts-with-num",
                "end-with-num-1",
                "1234",
                "a".repeat(63),
                ""), List.of(
                "nospecialchars%^=@",
                "Tama-nui-te-rā.is.Māori.sun",
                "\\backslashes\\are\\bad",
                "-starts-with-dash",
                "ends-with-dash-",
                ".starts.with.dot",
                "ends.with.dot.",
                "a".repeat(64)));
    }

    @Test
    void is_config_map_key() {
        check(Names::isConfigKey, List.of(
                "a",
                "good",
                "good-good",
                "still.good",
                "this.is.also.good",
                ".so.is.this",
                "THIS_IS_GOOD",
                "so_is_this_17"), List.of(
                ".",
                "..",
                "..bad",
                "b*d",
                "bad!&bad"));
    }

    /**
     * {@code IsEnvVarName} has no table upstream; its definition is the regex {@code [-._a-zA-Z][-._a-zA-Z0-9]*} plus
     * {@code hasChDirPrefix}, whose cases ({@code .}, {@code ..}, a {@code ..} prefix) are the ones of
     * {@code TestIsConfigMapKey}'s failures. The API server's relaxed form (feature RelaxedEnvironmentVariableValidation)
     * accepts more; Shipshape keeps the strict rule on purpose, as shells and many runtimes cannot read the rest.
     */
    @Test
    void is_env_var_name() {
        check(Names::isEnvVarName, List.of("my.env-name", "MY_ENV.NAME", "MyEnvName1", ".so.is.this", "_x", "-x"),
                List.of(".", "..", "..bad", "1st", "", "A=B", "a b"));
    }

    /**
     * An Ingress host is checked by {@code IsWildcardDNS1123Subdomain} when it contains {@code *}, by
     * {@code IsDNS1123Subdomain} otherwise, and must not parse as an IP address ({@code validateIngressRules}).
     */
    @Test
    void ingress_host_uses_the_wildcard_subdomain_table() {
        check(Names::isIngressHost, List.of("*.example.com", "*.bar.com", "*.foo.bar.com", "journal.example.com",
                        "a".repeat(253), "*." + "a".repeat(251)),
                List.of("*.*.bar.com", "*.foo.*.com", "*bar.com", "f*.bar.com", "*",
                        "10.0.0.1", "010.000.000.001", "*." + "a".repeat(252), "a".repeat(254)));
        assertThat(Names.isIngressHost("1.2.3.4.5")).as("five numbers are a name, not an IP").isTrue();
    }
}
