package dev.shipshape.internal.report;

import dev.shipshape.validation.Severity;

/** The words the formats use for a severity. Not API. */
final class Levels {

    private Levels() {
    }

    /** {@return SARIF's level: {@code error}, {@code warning} or {@code note}} */
    static String sarif(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** {@return the lower-case name: {@code error}, {@code warning} or {@code info}} */
    static String word(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "info";
        };
    }
}
