package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import org.junit.jupiter.api.Test;

/** The tests of {@link ImageMutableTag}: where it fires, where it does not, and what it says. */
class ImageMutableTagTest {

    @Test
    void mutable_tags_are_errors() {
        Fixture f = new Fixture();
        f.app.webService("worker", "my-repo/worker:latest").replicas(2).port("http", 8080).resources(Fixture.resources());
        assertThat(f.violations()).extracting(Violation::rule).containsExactly("image.mutable-tag", "image.not-pinned");
        assertThat(f.violations().get(0).message()).contains("has the tag 'latest'");
    }
}
