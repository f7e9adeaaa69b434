package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import org.junit.jupiter.api.Test;

/** The tests of {@link ImageNotPinned}: where it fires, where it does not, and what it says. */
class ImageNotPinnedTest {

    @Test
    void unpinned_images_warn_by_default_and_fail_under_strict() {
        Fixture f = new Fixture();
        f.app.webService("worker", "my-repo/worker:1.2.3").replicas(2).port("http", 8080).resources(Fixture.resources());
        assertThat(f.only("image.not-pinned").severity()).isEqualTo(Severity.WARNING);
        f.app.policy(Policy.strict());
        assertThat(f.only("image.not-pinned").severity()).isEqualTo(Severity.ERROR);
    }
}
