package dev.shipshape.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The per-package gate of the mutation profile: reads PIT's {@code mutations.xml}, writes the score table of
 * TESTING.md and the list of surviving mutants next to it, and fails when any package of the mutated code (or the
 * whole) has a mutation score or a test strength below its threshold. PIT's own thresholds apply to the whole run
 * only; the targets apply to every package.
 *
 * <pre>{@code
 * java dev.shipshape.testing.MutationScores target/pit-reports/mutations.xml 85 90
 * }</pre>
 *
 * <p>Mutation score = detected / all mutants; test strength = detected / covered (all but those no test reaches),
 * with "detected" as PIT reports it (killed, timed out, memory or run error).
 */
public final class MutationScores {

    /** Counts of one package (or of the whole). */
    public static final class Counts {
        int mutants;
        int detected;
        int survived;
        int noCoverage;

        /** Detected / all, in percent. */
        public double score() {
            return mutants == 0 ? 100 : 100.0 * detected / mutants;
        }

        /** Detected / covered, in percent. */
        public double strength() {
            int covered = mutants - noCoverage;
            return covered == 0 ? 100 : 100.0 * detected / covered;
        }

        void add(String status, boolean isDetected) {
            mutants++;
            if (isDetected) {
                detected++;
            } else if ("NO_COVERAGE".equals(status)) {
                noCoverage++;
            } else {
                survived++;
            }
        }
    }

    /** Counts per package, sorted by name, read from a PIT XML report. */
    public static Map<String, Counts> read(InputStream xml, List<String> survivors) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList mutations = factory.newDocumentBuilder().parse(xml).getElementsByTagName("mutation");
        Map<String, Counts> packages = new TreeMap<>();
        for (int i = 0; i < mutations.getLength(); i++) {
            Element m = (Element) mutations.item(i);
            String type = text(m, "mutatedClass");
            int dollar = type.indexOf('$');
            String outer = dollar < 0 ? type : type.substring(0, dollar);
            String pkg = outer.substring(0, Math.max(0, outer.lastIndexOf('.')));
            String status = m.getAttribute("status");
            boolean detected = Boolean.parseBoolean(m.getAttribute("detected"));
            packages.computeIfAbsent(pkg, p -> new Counts()).add(status, detected);
            if (!detected) {
                survivors.add(status + " " + type + "." + text(m, "mutatedMethod") + ":" + text(m, "lineNumber")
                        + " " + text(m, "description"));
            }
        }
        return packages;
    }

    /** The Markdown table of TESTING.md, one row per package and one for the whole. */
    public static String table(Map<String, Counts> packages) {
        StringBuilder out = new StringBuilder(
                "| package | mutants | killed | survived | no coverage | mutation score | test strength |\n"
                        + "|---|---|---|---|---|---|---|\n");
        Counts all = new Counts();
        packages.forEach((name, c) -> {
            row(out, name, c);
            all.mutants += c.mutants;
            all.detected += c.detected;
            all.survived += c.survived;
            all.noCoverage += c.noCoverage;
        });
        row(out, "all", all);
        return out.toString();
    }

    /** The packages (and "all") below either threshold, each with its figures; empty when every one meets both. */
    public static List<String> belowThresholds(Map<String, Counts> packages, double score, double strength) {
        return belowThresholds(packages, score, strength, ".*");
    }

    /**
     * As {@link #belowThresholds(Map, double, double)} for the packages whose names match the regular expression
     * {@code gated} ("all" then sums those).
     */
    public static List<String> belowThresholds(Map<String, Counts> packages, double score, double strength, String gated) {
        List<String> below = new ArrayList<>();
        Map<String, Counts> withAll = new TreeMap<>();
        packages.forEach((name, c) -> {
            if (name.matches(gated)) {
                withAll.put(name, c);
            }
        });
        Counts all = new Counts();
        withAll.values().forEach(c -> {
            all.mutants += c.mutants;
            all.detected += c.detected;
            all.noCoverage += c.noCoverage;
        });
        withAll.put("all", all);
        withAll.forEach((name, c) -> {
            if (c.score() < score || c.strength() < strength) {
                below.add(String.format(Locale.ROOT, "%s: mutation score %.1f %% (needs %.0f), test strength %.1f %% "
                        + "(needs %.0f)", name, c.score(), score, c.strength(), strength));
            }
        });
        return below;
    }

    private static void row(StringBuilder out, String name, Counts c) {
        out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %.0f %% | %.0f %% |%n", name, c.mutants,
                c.detected, c.survived, c.noCoverage, Math.floor(c.score()), Math.floor(c.strength())));
    }

    private static String text(Element m, String tag) {
        NodeList n = m.getElementsByTagName(tag);
        return n.getLength() == 0 ? "" : n.item(0).getTextContent();
    }

    /**
     * Reads the report, writes {@code scores.md} and {@code survivors.txt} beside it, prints the table and throws
     * (failing the build that runs it) below a threshold.
     *
     * @param args the report, the mutation score threshold and the test strength threshold (percent), and optionally
     *             a regular expression for the packages the thresholds apply to (all packages when absent)
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 3 && args.length != 4) {
            throw new IllegalArgumentException("usage: MutationScores <mutations.xml> <score %> <strength %> [gated packages, a regular expression]");
        }
        String gated = args.length == 4 ? args[3] : ".*";
        Path report = Path.of(args[0]);
        List<String> survivors = new ArrayList<>();
        Map<String, Counts> packages;
        try (InputStream in = Files.newInputStream(report)) {
            packages = read(in, survivors);
        }
        String table = table(packages);
        write(report.resolveSibling("scores.md"), table);
        write(report.resolveSibling("survivors.txt"), String.join("\n", survivors) + "\n");
        System.out.print(table);
        List<String> below = belowThresholds(packages, Double.parseDouble(args[1]), Double.parseDouble(args[2]), gated);
        if (!below.isEmpty()) {
            throw new IllegalStateException("below the mutation thresholds (survivors listed in "
                    + report.resolveSibling("survivors.txt") + "):\n  " + String.join("\n  ", below));
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private MutationScores() {
    }
}
