package dev.shipshape.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The line diff a failed snapshot shows, exactly: context, numbering on each side, limits. */
class SnapshotDiffTest {

    private static String lines(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i).collect(Collectors.joining("\n", "", "\n"));
    }

    @Test
    void equal_texts_have_no_diff() {
        assertThat(Snapshots.diff(lines(1, 5), lines(1, 5))).isEmpty();
        assertThat(Snapshots.diff("", "")).isEmpty();
    }

    @Test
    void a_changed_line_shows_two_lines_of_context_on_each_side_with_line_numbers() {
        String expected = lines(1, 10);
        String actual = expected.replace("line 5\n", "line five\n");
        assertThat(Snapshots.diff(expected, actual)).isEqualTo("""
                      3   line 3
                      4   line 4
                +     5   line five
                -     5   line 5
                      6   line 6
                      7   line 7
                """);
    }

    @Test
    void lines_added_first_and_removed_last_are_numbered_on_their_own_side() {
        assertThat(Snapshots.diff(lines(1, 3), "line 0\n" + lines(1, 3))).isEqualTo("""
                +     1   line 0
                      1   line 1
                      2   line 2
                """);
        assertThat(Snapshots.diff(lines(1, 4), lines(1, 2))).isEqualTo("""
                      1   line 1
                      2   line 2
                -     3   line 3
                -     4   line 4
                """);
        // a line moved: kept lines in between, one removed and one added
        assertThat(Snapshots.diff("a\nb\nc\n", "b\nc\na\n")).isEqualTo("""
                -     1   a
                      2   b
                      3   c
                +     3   a
                """);
    }

    @Test
    void a_missing_final_newline_is_named() {
        assertThat(Snapshots.diff("a\nb\n", "a\nb")).isEqualTo("""
                      1   a
                      2   b
                (the files differ in their final newline)
                """);
    }

    @Test
    void long_diffs_are_cut_and_huge_ones_are_listed_without_alignment() {
        String many = Snapshots.diff(lines(1, 300), lines(1001, 1300));
        assertThat(many.lines().count()).isEqualTo(61);
        assertThat(many).startsWith("+     1   line 1001\n").endsWith("… 540 more diff lines\n");
        String huge = Snapshots.diff(lines(1, 2001), lines(3001, 5001));
        assertThat(huge).startsWith("- line 1\n- line 2\n").endsWith("… 3942 more diff lines\n");
    }
}
