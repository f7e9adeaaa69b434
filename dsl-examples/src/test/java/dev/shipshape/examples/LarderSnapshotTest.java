package dev.shipshape.examples;

import dev.shipshape.render.Manifests;
import dev.shipshape.testkit.Snapshots;
import org.junit.jupiter.api.Test;

/**
 * The Larder shop's manifests and diagrams, reviewed like code: a change to how calls render, or to the policies they
 * derive, shows here first. Update with {@code -Dshipshape.snapshots=update}.
 */
class LarderSnapshotTest {

    @Test
    void manifests_and_diagrams_match_their_snapshots() {
        Manifests m = Larder.define(LarderParameters.defaults()).render();
        Snapshots.assertMatches(m, "larder");
        Snapshots.assertMatches(m.topology().markdown(), "topology-larder.md");
        Snapshots.assertMatches(m.topology().dot(), "topology-larder.dot");
    }
}
