package dev.shipshape.report;

import dev.shipshape.internal.check.FileCheck;
import dev.shipshape.internal.lang.Args;
import dev.shipshape.internal.report.JsonReport;
import dev.shipshape.internal.report.JunitReport;
import dev.shipshape.internal.report.SarifReport;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import dev.shipshape.validation.Violation;
import dev.shipshape.validation.Violations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a check found and in which files: the input of every {@link ReportFormat}. Immutable.
 *
 * <pre>{@code
 * Report report = Report.check(Policy.defaults(), Path.of("k8s"));     // as Shipshape.check, keeping the files
 * Files.writeString(Path.of("shipshape.sarif"), report.format(ReportFormat.SARIF));
 * if (report.hasErrors()) { System.exit(1); }
 *
 * Report.of(app.validate());   // an application's own violations, grouped by component
 * }</pre>
 */
public final class Report {

    private final List<Violation> violations;
    private final List<String> files;
    private final SortedMap<String, String> waived;

    private Report(List<Violation> violations, List<String> files, SortedMap<String, String> waived) {
        List<Violation> sorted = new ArrayList<>(violations);
        sorted.sort(Violation.ORDER);
        this.violations = List.copyOf(sorted);
        this.files = List.copyOf(files);
        this.waived = new TreeMap<>(waived);
    }

    /**
     * Checks files and directories as {@code Shipshape.check(policy, paths)} does, and keeps the files read, so that
     * a report lists the files without findings too (a JUnit suite that passes).
     *
     * @param policy severities, waivers, allowed registries, Kubernetes version
     * @param paths  files and directories (every .yaml, .yml and .json below)
     * @return the report
     * @throws IllegalArgumentException if no path is given or one is null
     */
    public static Report check(Policy policy, Path... paths) {
        Args.notNull(policy, "policy");
        Args.notNull(paths, "paths");
        FileCheck c = FileCheck.run(policy, Arrays.asList(paths));
        return new Report(c.violations(), c.files(), policy.waived());
    }

    /**
     * Checks files and directories together with YAML given as text — standard input, a chart rendered in memory —
     * each text read and reported under its name as if it were a file of that name:
     * {@code Report.check(Policy.defaults(), List.of(), Map.of("<stdin>", yaml))}.
     *
     * @param policy severities, waivers, allowed registries, Kubernetes version
     * @param paths  files and directories, possibly none
     * @param texts  names and their YAML, in the order to read them (a {@code LinkedHashMap} keeps it)
     * @return the report
     * @throws IllegalArgumentException if there is neither a path nor a text, or a path is null
     */
    public static Report check(Policy policy, List<Path> paths, Map<String, String> texts) {
        Args.notNull(policy, "policy");
        FileCheck c = FileCheck.run(policy, Args.list(paths, "paths"), Args.notNull(texts, "texts"));
        return new Report(c.violations(), c.files(), policy.waived());
    }

    /**
     * A report of violations found elsewhere, e.g. an application's {@code app.validate()}: grouped by component.
     *
     * @param violations the violations, in any order
     * @return the report
     */
    public static Report of(List<Violation> violations) {
        return new Report(Args.list(violations, "violations"), List.of(), new TreeMap<>());
    }

    /** {@return every violation, in {@link Violation#ORDER}} */
    public List<Violation> violations() {
        return violations;
    }

    /** {@return the files read or tried, in the order read; empty for {@link #of(List)}} */
    public List<String> files() {
        return files;
    }

    /** {@return whether a violation is an error: the CLI's exit code 1, a failed build} */
    public boolean hasErrors() {
        return violations.stream().anyMatch(Violation::isError);
    }

    /**
     * {@return how many violations have this severity}
     *
     * @param severity error, warning or info
     */
    public int count(Severity severity) {
        Args.notNull(severity, "severity");
        return (int) violations.stream().filter(v -> v.severity() == severity).count();
    }

    /**
     * {@return one line: {@code 2 error(s), 5 warning(s), 0 info in 3 file(s)}}
     */
    public String summary() {
        return count(Severity.ERROR) + " error(s), " + count(Severity.WARNING) + " warning(s), " + count(Severity.INFO)
                + " info" + (files.isEmpty() ? "" : " in " + files.size() + " file(s)");
    }

    /**
     * The report in a format. The same report gives the same bytes.
     *
     * @param format text, JSON, SARIF or JUnit
     * @return the document, ending in a line break
     */
    public String format(ReportFormat format) {
        Args.notNull(format, "format");
        return switch (format) {
            case TEXT -> Violations.format(violations) + summary() + "\n";
            case JSON -> JsonReport.of(violations, files);
            case SARIF -> SarifReport.of(violations, files);
            case JUNIT -> JunitReport.of(violations, files, waived);
        };
    }

    /**
     * Writes the report in a format to a file, in UTF-8, creating its directory.
     *
     * @param format text, JSON, SARIF or JUnit
     * @param file   where
     * @throws IOException if it cannot be written
     */
    public void writeTo(ReportFormat format, Path file) throws IOException {
        Args.notNull(file, "file");
        String document = format(format);
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Files.writeString(file, document, StandardCharsets.UTF_8);
    }

    /** {@return the summary} */
    @Override
    public String toString() {
        return summary();
    }
}
