package dev.shipshape.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class NamesTest {

    // The regular expressions of k8s.io/apimachinery/pkg/util/validation, copied verbatim (NamesEveryCharacterTest
    // uses them too).
    static final Pattern DNS1123_LABEL = Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$");
    static final Pattern DNS1035_LABEL = Pattern.compile("^[a-z]([-a-z0-9]*[a-z0-9])?$");
    static final Pattern DNS1123_SUBDOMAIN = Pattern.compile(
            "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");
    static final Pattern ENV = Pattern.compile("^[-._a-zA-Z][-._a-zA-Z0-9]*$");

    @Provide
    Arbitrary<String> nameLike() {
        return Arbitraries.strings().withChars("abz019-.A_").ofMinLength(0).ofMaxLength(70);
    }

    @Property(tries = 1000)
    void label_rules_agree_with_the_kubernetes_regexes(@ForAll("nameLike") String s) {
        assertThat(Names.isDns1123Label(s)).isEqualTo(s.length() <= 63 && DNS1123_LABEL.matcher(s).matches());
        assertThat(Names.isDns1035Label(s)).isEqualTo(s.length() <= 63 && DNS1035_LABEL.matcher(s).matches());
        assertThat(Names.isDns1123Subdomain(s)).isEqualTo(s.length() <= 253 && DNS1123_SUBDOMAIN.matcher(s).matches());
        // IsEnvVarName: the regex, then hasChDirPrefix (not '.', not '..', not starting with '..')
        assertThat(Names.isEnvVarName(s)).isEqualTo(ENV.matcher(s).matches() && !s.equals(".") && !s.startsWith(".."));
    }

    @Test
    void port_names_follow_iana_svc_name() {
        assertThat(Names.isPortName("http")).isTrue();
        assertThat(Names.isPortName("h2c-8080")).isTrue();
        assertThat(Names.isPortName("8080")).isFalse();
        assertThat(Names.isPortName("a--b")).isFalse();
        assertThat(Names.isPortName("-http")).isFalse();
        assertThat(Names.isPortName("sixteen-chars-xx")).isFalse();
    }

    @Test
    void label_keys_take_an_optional_subdomain_prefix() {
        assertThat(Names.isLabelKey("app.kubernetes.io/name")).isTrue();
        assertThat(Names.isLabelKey("Region_1")).isTrue();
        assertThat(Names.isLabelKey("Bad_Prefix/x")).isFalse();
        assertThat(Names.isLabelKey("x/" + "a".repeat(64))).isFalse();
        assertThat(Names.isLabelValue("")).isTrue();
        assertThat(Names.isLabelValue("-x")).isFalse();
    }

    @Test
    void require_methods_name_the_value_and_the_rule() {
        assertThatThrownBy(() -> Names.requireDns1123Subdomain("webService name", "Frontend"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("webService name 'Frontend'").hasMessageContaining("DNS-1123");
        assertThat(Names.printable("a\nb" + "x".repeat(100))).doesNotContain("\n").contains("\\u000a").contains("(103 chars)");
    }
}
