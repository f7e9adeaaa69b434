package dev.shipshape.validation;

import dev.shipshape.dsl.Shipshape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tests of the rules over YAML read from files share: a temporary directory to write the YAML in, and
 * {@code Shipshape.check} over it. A test class extends it and writes its YAML inline.
 */
public abstract class YamlCheck {

    /** Where the YAML of one test is written. */
    @TempDir
    protected Path tmp;

    /** Writes {@code yaml} to {@code name} below {@link #tmp} (directories made) and returns the file. */
    protected Path write(String name, String yaml) throws IOException {
        Path file = tmp.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, yaml);
    }

    /** The findings of {@code rule} when {@code yaml} is checked as {@code o.yaml}. */
    protected List<Violation> found(String rule, String yaml) throws IOException {
        return Shipshape.check(write("o.yaml", yaml)).stream().filter(v -> v.rule().equals(rule)).toList();
    }

    /** The findings of {@code all} that say the API server would refuse the input, or that it could not be read. */
    protected static List<Violation> api(List<Violation> all) {
        return all.stream().filter(v -> v.rule().startsWith("api.") || v.rule().startsWith("input.")).toList();
    }
}
