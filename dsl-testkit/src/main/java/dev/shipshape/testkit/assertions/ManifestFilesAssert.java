package dev.shipshape.testkit.assertions;

import dev.shipshape.dsl.Shipshape;
import java.nio.file.Path;
import java.util.List;

/**
 * Assertions on existing manifests (Helm or kustomize output, hand-written YAML), checked once with
 * {@link Shipshape#check(Path...)} when the assertion is created.
 *
 * <pre>{@code
 * assertThatManifests(Path.of("k8s")).hasNoErrors();
 * assertThatManifests(Path.of("helm-output.yaml")).hasViolation("image.mutable-tag")
 *         .at("helm-output.yaml#L40/Deployment:api/container:api/image");
 * }</pre>
 */
public final class ManifestFilesAssert extends AbstractViolationsAssert<ManifestFilesAssert, List<Path>> {

    /**
     * Assertions on manifest files, checked now with {@code Shipshape.check}; start from
     * {@code ShipshapeAssertions.assertThatManifests(paths)}.
     *
     * @param paths the files and directories under test
     */
    public ManifestFilesAssert(List<Path> paths) {
        super(paths, ManifestFilesAssert.class, Shipshape.check(paths.toArray(Path[]::new)));
    }

    @Override
    String subject() {
        return "manifests " + actual;
    }
}
