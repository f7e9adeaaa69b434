package dev.shipshape.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MutationScoresTest {

    private static String mutation(String status, boolean detected, String type) {
        return "<mutation detected='" + detected + "' status='" + status + "' numberOfTestsRun='1'>"
                + "<sourceFile>X.java</sourceFile><mutatedClass>" + type + "</mutatedClass>"
                + "<mutatedMethod>run</mutatedMethod><methodDescription>()V</methodDescription>"
                + "<lineNumber>7</lineNumber><mutator>m</mutator><description>removed call</description>"
                + "</mutation>";
    }

    private static Map<String, MutationScores.Counts> read(List<String> survivors, String... mutations)
            throws Exception {
        String xml = "<?xml version='1.0' encoding='UTF-8'?><mutations>" + String.join("", mutations)
                + "</mutations>";
        return MutationScores.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), survivors);
    }

    @Test
    void counts_per_package_with_nested_classes_in_their_outer_class_package() throws Exception {
        List<String> survivors = new ArrayList<>();
        Map<String, MutationScores.Counts> p = read(survivors,
                mutation("KILLED", true, "a.b.X"),
                mutation("TIMED_OUT", true, "a.b.X$Inner"),
                mutation("SURVIVED", false, "a.b.Y"),
                mutation("NO_COVERAGE", false, "a.b.Y"),
                mutation("KILLED", true, "a.c.Z"));
        assertThat(p).containsOnlyKeys("a.b", "a.c");
        MutationScores.Counts ab = p.get("a.b");
        assertThat(ab.mutants).isEqualTo(4);
        assertThat(ab.detected).isEqualTo(2);
        assertThat(ab.survived).isEqualTo(1);
        assertThat(ab.noCoverage).isEqualTo(1);
        assertThat(ab.score()).isEqualTo(50.0);
        assertThat(ab.strength()).isCloseTo(66.67, org.assertj.core.data.Offset.offset(0.01));
        assertThat(survivors).containsExactly("SURVIVED a.b.Y.run:7 removed call", "NO_COVERAGE a.b.Y.run:7 removed call");
        assertThat(MutationScores.table(p)).isEqualTo("""
                | package | mutants | killed | survived | no coverage | mutation score | test strength |
                |---|---|---|---|---|---|---|
                | a.b | 4 | 2 | 1 | 1 | 50 % | 66 % |
                | a.c | 1 | 1 | 0 | 0 | 100 % | 100 % |
                | all | 5 | 3 | 1 | 1 | 60 % | 75 % |
                """.replace("\n", System.lineSeparator()));
    }

    @Test
    void a_package_below_either_threshold_is_named_and_one_at_them_is_not() throws Exception {
        Map<String, MutationScores.Counts> p = read(new ArrayList<>(),
                mutation("KILLED", true, "a.b.X"), mutation("KILLED", true, "a.b.X"),
                mutation("KILLED", true, "a.b.X"), mutation("NO_COVERAGE", false, "a.b.X"),
                mutation("KILLED", true, "a.c.Z"));
        // a.b: score 75 %, strength 100 %
        assertThat(MutationScores.belowThresholds(p, 75, 90)).isEmpty();
        assertThat(MutationScores.belowThresholds(p, 76, 90)).containsExactly(
                "a.b: mutation score 75.0 % (needs 76), test strength 100.0 % (needs 90)");
        assertThat(MutationScores.belowThresholds(p, 81, 90)).hasSize(2)
                .anySatisfy(b -> assertThat(b).startsWith("a.b: mutation score 75.0 %"))
                .anySatisfy(b -> assertThat(b).startsWith("all: mutation score 80.0 %"));
        assertThat(MutationScores.belowThresholds(p, 0, 100.0)).isEmpty();
        // gating a.c only: a.b's 75 % does not count, and "all" is a.c's; then all but a.c
        assertThat(MutationScores.belowThresholds(p, 81, 90, "a\\.c")).isEmpty();
        assertThat(MutationScores.belowThresholds(p, 81, 90, "a\\.(?!c).*")).containsExactly(
                "a.b: mutation score 75.0 % (needs 81), test strength 100.0 % (needs 90)",
                "all: mutation score 75.0 % (needs 81), test strength 100.0 % (needs 90)");
    }
}
