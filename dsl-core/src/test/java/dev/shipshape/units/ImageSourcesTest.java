package dev.shipshape.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an allowed image source ({@code Policy.allowRegistries}) covers: a host stands for itself, a path for its
 * normalized form, and a one-component Docker Hub path for the namespace and the official image alike.
 */
class ImageSourcesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ghcr.io                | ghcr.io",
        "ghcr.io/               | ghcr.io",
        "localhost              | localhost",
        "localhost:5000         | localhost:5000",
        "index.docker.io        | docker.io",
        "ghcr.io/acme           | ghcr.io/acme",
        "ghcr.io/acme/          | ghcr.io/acme",
        "ghcr.io/acme/web       | ghcr.io/acme/web",
        "index.docker.io/acme/x | docker.io/acme/x",
        "my-repo/web            | docker.io/my-repo/web",
        "library                | docker.io/library",
        "docker.io/library      | docker.io/library",
        "nginx                  | docker.io/nginx, docker.io/library/nginx",
        "docker.io/nginx        | docker.io/nginx, docker.io/library/nginx",
        "index.docker.io/nginx  | docker.io/nginx, docker.io/library/nginx",
        "ghcr.io/nginx          | ghcr.io/nginx",
    })
    void a_source_covers_its_normalized_prefixes(String source, String expected) {
        assertThat(Image.sourcePrefixes(source)).containsExactlyElementsOf(List.of(expected.split(", ")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "Acme", "ghcr.io/Acme", "ghcr..io", "-x", "ghcr.io/acme//web", "a b", "ghcr.io:port"})
    void anything_else_is_refused_with_examples(String source) {
        assertThatThrownBy(() -> Image.sourcePrefixes(source)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith(source.isEmpty()
                        ? "must be a registry host or a path prefix, e.g. 'ghcr.io/acme'"
                        : "must be a registry host ('ghcr.io', 'localhost:5000') or a repository path prefix ('my-repo', 'ghcr.io/acme')");
    }

    @Test
    void null_is_refused() {
        assertThatThrownBy(() -> Image.sourcePrefixes(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void images_are_equal_when_their_references_are() {
        assertThat(Image.parse("redis:7")).isEqualTo(Image.parse("redis:7")).hasSameHashCodeAs(Image.parse("redis:7"))
                .isNotEqualTo(Image.parse("redis:8")).isNotEqualTo(Image.parse("docker.io/library/redis:7"))
                .isNotEqualTo("redis:7");
    }

    @Test
    void the_longest_reference_and_path_parse_and_one_more_character_does_not() {
        String path = "a".repeat(255);
        assertThat(Image.parse("ghcr.io/" + path).toString()).isEqualTo("ghcr.io/" + path);
        assertThatThrownBy(() -> Image.parse("ghcr.io/" + path + "b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("repository path is 256 characters long, more than 255");
        // on Docker Hub a one-component name counts with its library/ prefix
        assertThat(Image.parse("a".repeat(247)).toString()).hasSize(247);
        assertThatThrownBy(() -> Image.parse("a".repeat(248))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("repository path is 256 characters long, more than 255");
        // 1 024 characters in all: a long registry host, the longest path, tag and digest
        String tail = "/" + path + ":" + "t".repeat(128) + "@sha256:" + "0".repeat(64);
        String host = ("h".repeat(60) + ".").repeat(9);
        host = host + "i".repeat(1024 - tail.length() - host.length());
        String longest = host + tail;
        assertThat(longest).hasSize(1024);
        assertThat(Image.parse(longest).toString()).isEqualTo(longest);
        assertThatThrownBy(() -> Image.parse("j" + longest)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("longer than 1024 characters");
    }
}
