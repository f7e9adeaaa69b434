package dev.shipshape.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.testing.RequiresTool;
import dev.shipshape.testing.Tool;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Graphviz lays every variant's DOT diagram out without complaint. */
@RequiresTool(Tool.GRAPHVIZ)
class GraphvizLayoutTest {

    static java.util.List<JournalParameters> variants() {
        return RenderJournal.variants();
    }

    @ParameterizedTest
    @MethodSource("variants")
    void graphviz_accepts_the_dot_diagram(JournalParameters p) throws Exception {
        Process dot = new ProcessBuilder("dot", "-Tsvg").redirectErrorStream(true).start();
        dot.getOutputStream().write(Journal.define(p).render().topology().dot().getBytes(StandardCharsets.UTF_8));
        dot.getOutputStream().close();
        String out = new String(dot.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(dot.waitFor()).as(out).isZero();
        assertThat(out).contains("<svg").contains("Deployment frontend").doesNotContain("Warning");
    }
}
