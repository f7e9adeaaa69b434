package dev.shipshape.testkit.assertions;

import dev.shipshape.dsl.App;
import java.util.List;

/**
 * Assertions on an {@link App}: it is validated once, when the assertion is created.
 *
 * <pre>{@code
 * assertThat(app).isValid();                                   // no violation at all
 * assertThat(app).hasNoErrors();                               // warnings allowed
 * assertThat(app).hasViolation("image.not-pinned").at("shop/webService:web/container:web/image");
 * assertThat(app).hasOnlyViolationsOf("image.not-pinned");
 * }</pre>
 */
public final class AppAssert extends AbstractViolationsAssert<AppAssert, App> {

    /**
     * Assertions on {@code actual}, validated now; start from {@code ShipshapeAssertions.assertThat(app)}.
     *
     * @param actual the app under test
     */
    public AppAssert(App actual) {
        super(actual, AppAssert.class, actual == null ? List.of() : actual.validate());
    }

    @Override
    String subject() {
        return "app " + actual.name();
    }
}
