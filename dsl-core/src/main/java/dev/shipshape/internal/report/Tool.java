package dev.shipshape.internal.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The tool the reports name: Shipshape, its version (from the build) and its home. Not API. */
public final class Tool {

    /** The name the reports give. */
    public static final String NAME = "Shipshape";
    /** Where users read about the tool and its rules. */
    public static final String URI = "https://github.com/shipshape-dev/shipshape";
    /** Where the rules table is. */
    static final String RULES_URI = URI + "#rules";

    private static final String VERSION = readVersion();

    private Tool() {
    }

    /** {@return the version of dsl-core, as Maven built it: {@code 0.2.0-SNAPSHOT}} */
    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = Tool.class.getResourceAsStream("version.txt")) {
            if (in == null) {
                throw new IllegalStateException("dev/shipshape/internal/report/version.txt is missing from dsl-core's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
