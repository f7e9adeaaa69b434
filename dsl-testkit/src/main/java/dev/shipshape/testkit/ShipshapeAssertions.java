package dev.shipshape.testkit;

import dev.shipshape.dsl.App;
import dev.shipshape.render.Manifests;
import org.assertj.core.api.Assertions;

/**
 * AssertJ entry point for Shipshape: everything {@link Assertions} has, plus {@code assertThat(App)} and
 * {@code assertThat(Manifests)}. Import it statically instead of {@code Assertions}.
 *
 * <pre>{@code
 * import static dev.shipshape.testkit.ShipshapeAssertions.assertThat;
 *
 * assertThat(app).hasNoErrors();
 * assertThat(app).hasViolation("ingress.path-order").at("journal/ingress:web/host:*\/route:/");
 * assertThat(app.render()).containsDeployment("frontend")
 *         .ingress("frontend-ingress").routesInOrder("/api", "/");
 * assertThat(app.render()).everyContainer().hasLimits();
 * assertThat(app.render()).configMap("frontend-config").isVersioned();
 * }</pre>
 */
public class ShipshapeAssertions extends Assertions {

    /**
     * Assertions on an application definition (validated when asserted).
     *
     * @param actual the value under test
     * @return the app assert
     */
    public static AppAssert assertThat(App actual) {
        return new AppAssert(actual);
    }

    /**
     * Assertions on rendered manifests.
     *
     * @param actual the value under test
     * @return the manifests assert
     */
    public static ManifestsAssert assertThat(Manifests actual) {
        return new ManifestsAssert(actual);
    }
}
