package dev.shipshape.testkit;

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
public class AppAssert extends AbstractViolationsAssert<AppAssert, App> {

    AppAssert(App actual) {
        super(actual, AppAssert.class, actual == null ? List.of() : actual.validate());
    }

    @Override
    String subject() {
        return "app " + actual.name();
    }
}
