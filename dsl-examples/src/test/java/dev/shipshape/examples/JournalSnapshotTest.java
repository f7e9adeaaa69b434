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

    /** Graphviz, where installed, must lay the DOT diagram out without complaint. */
    @ParameterizedTest
    @MethodSource("variants")
    void graphviz_accepts_the_dot_diagram(JournalParameters p) throws Exception {
        Process probe;
        try {
            probe = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("graphviz (dot) not installed");
            return;
        }
        probe.getInputStream().readAllBytes();
        org.junit.jupiter.api.Assumptions.assumeTrue(probe.waitFor() == 0, "graphviz (dot) not working");
        Process dot = new ProcessBuilder("dot", "-Tsvg").redirectErrorStream(true).start();
        dot.getOutputStream().write(Journal.define(p).render().topology().dot().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        dot.getOutputStream().close();
        String out = new String(dot.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(dot.waitFor()).as(out).isZero();
        org.assertj.core.api.Assertions.assertThat(out).contains("<svg").contains("Deployment frontend").doesNotContain("Warning");
    }
}
