package dev.shipshape.internal.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Mount paths: absolute, without ':' or control characters, at most 4096 characters (PATH_MAX). */
class ArgsTest {

    @Test
    void an_absolute_path_is_returned_as_given() {
        assertThat(Args.absolutePath("/etc/redis-passwd", "mount path")).isEqualTo("/etc/redis-passwd");
        String longest = "/" + "a".repeat(4095);
        assertThat(Args.absolutePath(longest, "mount path")).isSameAs(longest);
    }

    @Test
    void relative_too_long_colon_and_control_characters_are_refused_with_the_example() {
        for (String bad : new String[] {"etc/x", "", "/" + "a".repeat(4096), "/c:/x", "/a\nb", "/a\u007fb"}) {
            assertThatThrownBy(() -> Args.absolutePath(bad, "mount path")).as(bad.length() > 20 ? "long" : bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("mount path '")
                    .hasMessageEndingWith("' must be an absolute path without ':' or control characters (e.g. '/etc/redis-passwd')");
        }
        assertThatThrownBy(() -> Args.absolutePath(null, "mount path")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mount path must not be null");
    }
}
