package dev.shipshape.testkit;

import dev.shipshape.dsl.App;
import dev.shipshape.render.Manifests;
import dev.shipshape.testkit.assertions.AppAssert;
import dev.shipshape.testkit.assertions.ManifestFilesAssert;
import dev.shipshape.testkit.assertions.ManifestsAssert;
import java.nio.file.Path;
import java.util.List;
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
 * assertThatManifests(Path.of("k8s")).hasNoErrors();   // existing YAML, checked by the same rules
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

    /**
     * Assertions on existing manifest files and directories, checked with {@code Shipshape.check}:
     * {@code assertThatManifests(Path.of("k8s")).hasNoErrors()}.
     *
     * @param paths files and directories
     * @return the manifest files assert
     */
    public static ManifestFilesAssert assertThatManifests(Path... paths) {
        if (paths == null || paths.length == 0) {
            throw new IllegalArgumentException("assertThatManifests needs at least one file or directory");
        }
        return new ManifestFilesAssert(List.of(paths));
    }
}
