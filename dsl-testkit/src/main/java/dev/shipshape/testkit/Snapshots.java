package dev.shipshape.testkit;

import dev.shipshape.render.Manifests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * Golden-file (snapshot) testing of rendered manifests. A snapshot is a file reviewed like code; a mismatch
 * fails with a line diff, and a missing snapshot fails too: it is never created silently.
 *
 * <pre>{@code
 * @Test
 * void journal_eu_matches_its_snapshot() {
 *     Snapshots.assertMatches(Journal.define(JournalParameters.europe()).render(), "journal-eu");
 * }
 * }</pre>
 *
 * <p>Snapshots live in {@code src/test/resources/snapshots/<name>.yaml} (relative to the module; change it
 * with {@code -Dshipshape.snapshots.dir=…}). To accept the current output after a deliberate change, run
 * the tests with {@code -Dshipshape.snapshots=update}: mismatching and missing snapshots are (re)written and
 * the test passes; review the change with {@code git diff}.
 */
public final class Snapshots {

    /** System property that switches on update mode when set to {@code update}. */
    public static final String MODE_PROPERTY = "shipshape.snapshots";
    /** System property naming the snapshot directory. */
    public static final String DIR_PROPERTY = "shipshape.snapshots.dir";
    /** The default snapshot directory, relative to the module. */
    public static final String DEFAULT_DIR = "src/test/resources/snapshots";
    private static final int MAX_DIFF_LINES = 60;

    private Snapshots() {
    }

    /**
     * Asserts that {@code manifests.toYaml()} equals the snapshot {@code name}.
     *
     * @param manifests the manifests under test
     * @param name the snapshot's file name under {@code src/test/resources/snapshots}, {@code .yaml} added
     */
    public static void assertMatches(Manifests manifests, String name) {
        assertMatches(manifests.toYaml(), name);
    }

    /**
     * Asserts that {@code actual} equals the snapshot {@code name}: a file name, {@code .yaml} added when it has no
     * extension ({@code journal-eu} is {@code journal-eu.yaml}; {@code topology-eu.mmd} stays as it is).
     *
     * @param actual the value under test
     * @param name the snapshot's file name under {@code src/test/resources/snapshots}
     * @throws AssertionFailedError on a mismatch or a missing snapshot (outside update mode)
     * @throws IllegalArgumentException if the name is not a plain file name
     */
    public static void assertMatches(String actual, String name) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("snapshot name '" + name + "' must be a plain file name like 'journal-eu'");
        }
        Path file = directory().resolve(name.contains(".") ? name : name + ".yaml");
        boolean update = "update".equals(System.getProperty(MODE_PROPERTY));
        try {
            if (!Files.exists(file)) {
                if (update) {
                    write(file, actual);
                    return;
                }
                throw new AssertionFailedError("snapshot " + file + " does not exist.\n"
                        + "Run the tests with -D" + MODE_PROPERTY + "=update to create it, then review and commit it.");
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            if (expected.equals(actual)) {
                return;
            }
            if (update) {
                write(file, actual);
                return;
            }
            throw new AssertionFailedError("snapshot " + file + " does not match the rendered output:\n"
                    + diff(expected, actual)
                    + "If the change is intended, run the tests with -D" + MODE_PROPERTY + "=update and review the diff.",
                    expected, actual);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write snapshot " + file, e);
        }
    }

    /** {@return the snapshot directory in force} */
    public static Path directory() {
        return Path.of(System.getProperty(DIR_PROPERTY, DEFAULT_DIR));
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /**
     * A line diff: {@code -} lines only in the snapshot, {@code +} lines only in the output, two lines of context,
     * each line prefixed with its line number in the snapshot or output.
     */
    static String diff(String expected, String actual) {
        if (expected.equals(actual)) {
            return "";
        }
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> midA = a.subList(prefix, a.size() - suffix);
        List<String> midB = b.subList(prefix, b.size() - suffix);
        List<String> out = new ArrayList<>();
        for (int i = Math.max(0, prefix - 2); i < prefix; i++) {
            out.add(String.format("  %5d   %s", i + 1, a.get(i)));
        }
        if ((long) midA.size() * midB.size() <= 4_000_000L) {
            lcsDiff(midA, midB, prefix, out);
        } else {
            midA.forEach(l -> out.add("- " + l));
            midB.forEach(l -> out.add("+ " + l));
        }
        for (int i = a.size() - suffix; i < Math.min(a.size(), a.size() - suffix + 2); i++) {
            out.add(String.format("  %5d   %s", i + 1, a.get(i)));
        }
        if (expected.endsWith("\n") != actual.endsWith("\n")) {
            out.add("(the files differ in their final newline)");
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(out.size(), MAX_DIFF_LINES); i++) {
            s.append(out.get(i)).append('\n');
        }
        if (out.size() > MAX_DIFF_LINES) {
            s.append("… ").append(out.size() - MAX_DIFF_LINES).append(" more diff lines\n");
        }
        return s.toString();
    }

    private static void lcsDiff(List<String> a, List<String> b, int offset, List<String> out) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                out.add(String.format("  %5d   %s", offset + i + 1, a.get(i)));
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.add(String.format("+ %5d   %s", offset + j + 1, b.get(j)));
                j++;
            } else {
                out.add(String.format("- %5d   %s", offset + i + 1, a.get(i)));
                i++;
            }
        }
    }
}
