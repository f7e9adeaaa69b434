package dev.shipshape.examples;

import dev.shipshape.testkit.Snapshots;
import org.junit.jupiter.api.Test;

/** The journal app's rendered manifests, reviewed like code. Update with {@code -Dshipshape.snapshots=update}. */
class JournalSnapshotTest {

    @Test
    void europe_matches_its_snapshot() {
        Snapshots.assertMatches(Journal.define(JournalParameters.europe()).render(), "journal-eu");
    }

    @Test
    void china_matches_its_snapshot() {
        Snapshots.assertMatches(Journal.define(JournalParameters.china()).render(), "journal-cn");
    }
}
