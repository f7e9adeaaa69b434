package dev.shipshape.report;

import java.util.Arrays;
import java.util.Locale;

/**
 * The formats a {@link Report} is written in.
 *
 * <pre>{@code
 * ReportFormat f = ReportFormat.of("sarif");       // ReportFormat.SARIF
 * Path file = Path.of("target/shipshape").resolve(f.fileName());   // shipshape.sarif
 * }</pre>
 */
public enum ReportFormat {
    /** Readable text: the violations grouped by file or component, each with its fix, then a summary line. */
    TEXT("shipshape.txt"),
    /** JSON with stable field names: {@code tool}, {@code files}, {@code summary}, {@code violations} (README). */
    JSON("shipshape.json"),
    /** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: each finding at its file and line. */
    SARIF("shipshape.sarif"),
    /** JUnit XML, for Jenkins and GitLab: a test suite per file, a test case per rule, failures for errors. */
    JUNIT("shipshape-junit.xml");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    /** {@return the file name the CLI and the Maven plugin give a report of this format: {@code shipshape.sarif}} */
    public String fileName() {
        return fileName;
    }

    /**
     * The format of this name, in any case: {@code text}, {@code json}, {@code sarif} or {@code junit}.
     *
     * @param name the name
     * @return the format
     * @throws IllegalArgumentException if no format has that name, listing the names
     */
    public static ReportFormat of(String name) {
        for (ReportFormat f : values()) {
            if (f.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + name + "'; the formats are "
                + String.join(", ", Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList()));
    }
}
