package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.units.Image;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests of {@link ImageUntrustedRegistry}: where it fires, where it does not, and what it says. */
class ImageUntrustedRegistryTest {

    @Test
    void untrusted_registries_are_errors_when_a_list_is_set() {
        Fixture f = new Fixture();
        f.app.policy(Policy.defaults().allowRegistries("my-repo"));
        Violation v = f.only("image.untrusted-registry");
        assertThat(v.path()).isEqualTo("shop/statefulStore:db/container:db/image");
        assertThat(v.message()).contains("docker.io/postgres").contains("[my-repo]");
        f.app.policy(Policy.defaults().allowRegistries("my-repo", "docker.io"));
        assertThat(f.violations()).isEmpty();
    }

    @Test
    void docker_hub_spellings_all_pass_an_allow_list_of_docker_io() {
        for (String image : List.of("nginx:1.27", "library/nginx:1.27", "docker.io/library/nginx:1.27",
                "index.docker.io/library/nginx:1.27")) {
            Fixture f = new Fixture();
            f.app.policy(Policy.defaults().allowRegistries("docker.io", "my-repo").off("image.not-pinned", "test"));
            f.app.staticSite("files", image).resources(Fixture.resources());
            assertThat(f.violations()).as(image).filteredOn(v -> v.rule().equals("image.untrusted-registry")).isEmpty();
            Fixture library = new Fixture();
            library.app.policy(Policy.defaults().allowRegistries("library/nginx", "my-repo", "postgres"));
            library.app.staticSite("files", image).resources(Fixture.resources());
            assertThat(library.violations()).as(image).filteredOn(v -> v.rule().equals("image.untrusted-registry")).isEmpty();
        }
        assertThatThrownBy(() -> Image.parse("a".repeat(64))).hasMessageContaining("image id");
        assertThatThrownBy(() -> Policy.defaults().allowRegistries("not a registry")).isInstanceOf(IllegalArgumentException.class);
    }
}
