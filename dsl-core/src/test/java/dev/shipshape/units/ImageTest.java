package dev.shipshape.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImageTest {

    private static final String DIGEST = "sha256:" + "ab".repeat(32);

    @Test
    void parses_registry_repository_tag_and_digest() {
        Image i = Image.parse("ghcr.io:443/acme/redis:7.2.4@" + DIGEST);
        assertThat(i.registry()).contains("ghcr.io:443");
        assertThat(i.repository()).isEqualTo("acme/redis");
        assertThat(i.tag()).contains("7.2.4");
        assertThat(i.digest()).contains(DIGEST);
        assertThat(i.isPinned()).isTrue();
        assertThat(i.isMutable()).isFalse();
    }

    @Test
    void first_component_without_dot_colon_or_localhost_is_a_docker_hub_namespace() {
        Image i = Image.parse("my-repo/journal-server:v1.0.1-bfeda01f");
        assertThat(i.registry()).isEmpty();
        assertThat(i.effectiveRegistry()).isEqualTo("docker.io");
        assertThat(i.repository()).isEqualTo("my-repo/journal-server");
        assertThat(i.isFrom("my-repo")).isTrue();
        assertThat(i.isFrom("docker.io")).isTrue();
        assertThat(i.isFrom("my")).isFalse();
        assertThat(Image.parse("localhost:5000/app:1").registry()).contains("localhost:5000");
    }

    @Test
    void missing_tag_and_latest_are_mutable() {
        assertThat(Image.parse("redis").isMutable()).isTrue();
        assertThat(Image.parse("redis:latest").isMutable()).isTrue();
        assertThat(Image.parse("redis:7").isMutable()).isFalse();
        assertThat(Image.parse("redis@" + DIGEST).isMutable()).isFalse();
    }

    @Test
    void rejects_bad_references_naming_the_reference() {
        assertThatThrownBy(() -> Image.parse("UPPER/case")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'UPPER/case'").hasMessageContaining("lowercase");
        assertThatThrownBy(() -> Image.parse("redis:")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Image.parse("redis@sha256:abc")).hasMessageContaining("64");
        assertThatThrownBy(() -> Image.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Image.parse("a//b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Image.parse("redis:-bad")).hasMessageContaining("tag");
    }
}
