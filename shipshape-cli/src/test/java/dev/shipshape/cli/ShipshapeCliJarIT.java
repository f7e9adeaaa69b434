package dev.shipshape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.Shipshape;
import dev.shipshape.report.ReportSchemas;
import dev.shipshape.validation.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as users run it, {@code java -jar shipshape-cli-<version>.jar}, in a process of its own: every
 * dependency is inside (fabric8 finds its model classes through the merged service files), and the exit codes reach
 * the shell.
 */
class ShipshapeCliJarIT {

    private static Path jar;

    @TempDir
    Path tmp;

    @BeforeAll
    static void jar() {
        jar = Path.of(System.getProperty("shipshape.cliJar", "target/shipshape-cli.jar"));
        assertThat(jar).as("failsafe runs after package, which builds the jar").isRegularFile();
    }

    /** What one process printed and returned. */
    record Exit(int code, String out, String err) {
    }

    private Exit java(String... args) throws IOException, InterruptedException {
        return java(null, args);
    }

    private Exit java(Path stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        ProcessBuilder b = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        if (stdin != null) {
            b.redirectInput(stdin.toFile());
        }
        Process p = b.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the jar finished").isTrue();
        return new Exit(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void the_jar_checks_files_and_exits_1_on_errors_with_the_same_findings_as_check() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("k8s"));
        Files.writeString(dir.resolve("web.yaml"), ShipshapeCliTest.WEB);
        Files.writeString(dir.resolve("api.yaml"), ShipshapeCliTest.SERVICE);
        Path sarif = tmp.resolve("shipshape.sarif");
        Exit e = java("check", dir.toString(), "--format", "sarif", "--output", sarif.toString());
        assertThat(e.code()).as(e.err()).isEqualTo(1);
        String report = Files.readString(sarif);
        assertThat(ReportSchemas.sarifErrors(report)).isEmpty();
        for (Violation v : Shipshape.check(dir)) {
            assertThat(report).contains("\"ruleId\" : \"" + v.rule() + "\"");
        }
        Exit text = java("check", dir.resolve("api.yaml").toString());
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("[reference.outside-manifests]");
    }

    @Test
    void a_pipe_is_checked_as_stdin() throws Exception {
        Path yaml = Files.writeString(tmp.resolve("rendered.yaml"), ShipshapeCliTest.WEB + "---\n" + ShipshapeCliTest.CONFIG);
        Exit e = java(yaml, "check", "-");
        assertThat(e.code()).as(e.err()).isEqualTo(1);
        assertThat(e.out()).startsWith("<stdin>#L1\n").contains("[resources.requests-exceed-limits]");
    }

    @Test
    void usage_errors_and_version_reach_the_shell() throws Exception {
        Exit usage = java("check", "--format", "xml", tmp.toString());
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err()).startsWith("shipshape: unknown report format 'xml'");
        Exit version = java("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("shipshape " + Shipshape.version());
    }
}
