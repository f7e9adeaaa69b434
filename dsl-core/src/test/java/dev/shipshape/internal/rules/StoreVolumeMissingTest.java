package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import org.junit.jupiter.api.Test;

/** The tests of {@link StoreVolumeMissing}: where it fires, where it does not, and what it says. */
class StoreVolumeMissingTest {

    @Test
    void stores_need_a_volume_unless_ephemeral() {
        Fixture f = new Fixture();
        f.app.statefulStore("cache", "redis:7" + Fixture.DIGEST).port("redis", 6379).resources(Fixture.resources());
        Violation v = f.only("store.volume-missing");
        assertThat(v.path()).isEqualTo("shop/statefulStore:cache");
        assertThat(v.fix()).contains(".ephemeral()");
    }
}
