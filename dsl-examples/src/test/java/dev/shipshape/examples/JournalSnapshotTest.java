package dev.shipshape.examples;

import dev.shipshape.render.Manifests;
import dev.shipshape.testkit.Snapshots;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every journal variant's manifests and topology diagrams, reviewed like code. Update with
 * {@code -Dshipshape.snapshots=update}.
 */
class JournalSnapshotTest {

    static java.util.List<JournalParameters> variants() {
        return RenderJournal.variants();
    }

    @ParameterizedTest
    @MethodSource("variants")
    void manifests_match_their_snapshot(JournalParameters p) {
        Snapshots.assertMatches(Journal.define(p).render(), "journal-" + p.variant());
    }

    @ParameterizedTest
    @MethodSource("variants")
    void topology_diagrams_match_their_snapshots(JournalParameters p) {
        Manifests m = Journal.define(p).render();
        Snapshots.assertMatches(m.topology().markdown(), "topology-" + p.variant() + ".md");
        Snapshots.assertMatches(m.topology().dot(), "topology-" + p.variant() + ".dot");
    }
}
