package dev.shipshape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.Shipshape;
import dev.shipshape.report.ReportSchemas;
import dev.shipshape.report.SampleYaml;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Rules;
import dev.shipshape.validation.Violation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line in this JVM: what it prints, what it writes, and its exit codes. */
class ShipshapeCliTest {

    static final String WEB = SampleYaml.WEB;
    static final String SERVICE = SampleYaml.SERVICE;
    static final String CONFIG = SampleYaml.CONFIG;

    @TempDir
    Path tmp;

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ShipshapeCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    Path write(String name, String yaml) throws IOException {
        Path f = tmp.resolve(name);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, yaml);
    }

    @Test
    void errors_exit_1_and_the_text_report_says_what_check_says() throws IOException {
        Path web = write("k8s/web.yaml", WEB);
        Run r = cli("check", tmp.resolve("k8s").toString());
        assertThat(r.code()).isEqualTo(ShipshapeCli.ERRORS);
        assertThat(r.err()).isEmpty();
        for (Violation v : Shipshape.check(web)) {
            assertThat(r.out()).contains("[" + v.rule() + "]").contains(v.message());
        }
        assertThat(r.out()).contains("ERROR   [resources.requests-exceed-limits]").containsPattern("[0-9]+ error\\(s\\)");
    }

    @Test
    void a_clean_input_exits_0() throws IOException {
        write("k8s/settings.yaml", CONFIG);
        Run r = cli("check", tmp.resolve("k8s").toString());
        assertThat(r.code()).as(r.out()).isEqualTo(ShipshapeCli.CLEAN);
        assertThat(r.out()).contains("0 error(s), 0 warning(s), 0 info in 1 file(s)");
    }

    @Test
    void warnings_pass_by_default_and_fail_under_the_strict_policy() throws IOException {
        Path service = write("service.yaml", SERVICE);
        assertThat(Shipshape.check(service)).isNotEmpty().noneMatch(Violation::isError);
        assertThat(cli("check", service.toString()).code()).isEqualTo(ShipshapeCli.CLEAN);
        assertThat(cli("check", service.toString(), "--policy", "strict").code()).isEqualTo(ShipshapeCli.ERRORS);
        assertThat(cli("check", service.toString(), "-p", "STRICT").code()).isEqualTo(ShipshapeCli.ERRORS);
    }

    @Test
    void allowed_registries_and_waivers_reach_the_policy() throws IOException {
        Path web = write("web.yaml", WEB);
        Run untrusted = cli("check", web.toString(), "--allow-registry", "ghcr.io/acme", "--format", "json");
        assertThat(untrusted.out()).contains("\"rule\" : \"image.untrusted-registry\"");
        Run allowed = cli("check", web.toString(), "--allow-registry", "docker.io", "--format", "json");
        assertThat(allowed.out()).doesNotContain("image.untrusted-registry");
        Run waived = cli("check", web.toString(), "--off", "resources.requests-exceed-limits=load test only", "-f", "json");
        assertThat(waived.out()).doesNotContain("\"resources.requests-exceed-limits\"");
        List<Violation> expected = Shipshape.check(Policy.defaults().off("resources.requests-exceed-limits", "x"), web);
        assertThat(waived.code()).isEqualTo(expected.stream().anyMatch(Violation::isError) ? 1 : 0);
    }

    @Test
    void sarif_to_a_file_validates_and_prints_a_summary() throws IOException {
        write("k8s/web.yaml", WEB);
        Path out = tmp.resolve("reports/shipshape.sarif");
        Run r = cli("check", tmp.resolve("k8s").toString(), "--format", "sarif", "--output", out.toString());
        assertThat(r.code()).isEqualTo(ShipshapeCli.ERRORS);
        assertThat(r.out()).contains("sarif report written to " + out).contains("error(s)");
        String sarif = Files.readString(out);
        assertThat(ReportSchemas.sarifErrors(sarif)).isEmpty();
        JsonNode results = JsonMapper.builder().build().readTree(sarif).get("runs").get(0).get("results");
        assertThat(results.size()).isEqualTo(Shipshape.check(tmp.resolve("k8s")).size());
    }

    @Test
    void junit_to_standard_output_validates() throws IOException {
        write("k8s/web.yaml", WEB);
        write("k8s/settings.yaml", CONFIG);
        Run r = cli("check", tmp.resolve("k8s").toString(), "--format", "junit");
        assertThat(ReportSchemas.junitError(r.out())).isEmpty();
        assertThat(r.out()).contains("<testsuite name=\"" + tmp.resolve("k8s/settings.yaml") + "\"");
    }

    @Test
    void unreadable_input_exits_2_with_the_reason_and_still_reports_the_rest() throws IOException {
        write("k8s/web.yaml", WEB);
        Path broken = write("k8s/broken.yaml", "kind: [unclosed\n");
        Run r = cli("check", tmp.resolve("k8s").toString());
        assertThat(r.code()).isEqualTo(ShipshapeCli.USAGE);
        assertThat(r.err().lines().toList()).singleElement().asString()
                .startsWith("shipshape: cannot read " + broken);
        assertThat(r.out()).contains("[resources.requests-exceed-limits]");
    }

    @Test
    void usage_errors_exit_2_with_a_one_line_reason() {
        assertThat(cli()).satisfies(r -> assertUsage(r, "a command is needed"));
        assertThat(cli("check")).satisfies(r -> assertUsage(r, "Missing required parameter"));
        assertThat(cli("check", tmp.toString(), "--format", "xml")).satisfies(r -> assertUsage(r, "unknown report format 'xml'"));
        assertThat(cli("check", tmp.toString(), "--policy", "lax")).satisfies(r -> assertUsage(r, "--policy"));
        assertThat(cli("check", tmp.toString(), "--bogus")).satisfies(r -> assertUsage(r, "Unknown option: '--bogus'"));
        assertThat(cli("check", tmp.toString(), "--off", "image.not-pinned")).satisfies(r -> assertUsage(r, "RULE=REASON"));
        assertThat(cli("check", tmp.toString(), "--off", "no.such-rule=x")).satisfies(r -> assertUsage(r, "unknown rule id"));
        assertThat(cli("check", tmp.toString(), "--kubernetes-version", "1.9")).satisfies(r -> assertUsage(r, "1.9"));
        assertThat(cli("frobnicate")).satisfies(r -> assertUsage(r, "frobnicate"));
        Run missing = cli("check", tmp.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(ShipshapeCli.USAGE);
        assertThat(missing.err()).isEqualTo("shipshape: cannot read " + tmp.resolve("nope") + ": no such file or directory\n");
    }

    private static void assertUsage(Run r, String reason) {
        assertThat(r.code()).isEqualTo(ShipshapeCli.USAGE);
        assertThat(r.out()).isEmpty();
        List<String> lines = r.err().lines().toList();
        assertThat(lines.get(0)).startsWith("shipshape: ").contains(reason);
        assertThat(lines).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void a_dash_reads_standard_input_reported_as_stdin() throws IOException {
        Path settings = write("k8s/settings.yaml", CONFIG);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        java.io.InputStream in = new java.io.ByteArrayInputStream(WEB.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        int code = ShipshapeCli.run(in, new PrintWriter(out), new PrintWriter(err), "check", settings.toString(), "-",
                "--format", "json");
        assertThat(code).as(err.toString()).isEqualTo(ShipshapeCli.ERRORS);
        JsonNode doc = JsonMapper.builder().build().readTree(out.toString());
        assertThat(doc.get("files").toString()).isEqualTo("[\"" + settings + "\",\"<stdin>\"]");
        JsonNode first = doc.get("violations").get(0);
        assertThat(first.get("file").asString()).isEqualTo("<stdin>");
        assertThat(first.get("path").asString()).startsWith("<stdin>#L1/Deployment:web");
        // the same findings as the file itself
        Path web = write("web.yaml", WEB);
        assertThat(doc.get("violations").size()).isEqualTo(Shipshape.check(web).size());
        int twice = ShipshapeCli.run(new java.io.ByteArrayInputStream(new byte[0]), new PrintWriter(out),
                new PrintWriter(err), "check", "-", "-");
        assertThat(twice).isEqualTo(ShipshapeCli.USAGE);
        assertThat(err.toString()).contains("- (standard input) is given twice");
        int bad = ShipshapeCli.run(new java.io.ByteArrayInputStream(new byte[] {(byte) 0xff, 'a'}), new PrintWriter(out),
                new PrintWriter(err), "check", "-");
        assertThat(bad).isEqualTo(ShipshapeCli.USAGE);
        assertThat(err.toString()).contains("cannot read <stdin>: it is not UTF-8 text");
    }

    @Test
    void rules_lists_the_catalog() {
        Run r = cli("rules");
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(Rules.all().size());
        for (int i = 0; i < lines.size(); i++) {
            var rule = Rules.all().get(i);
            assertThat(lines.get(i)).startsWith(rule.id() + " ").contains(" " + rule.defaultSeverity().name().toLowerCase()
                    + " ").endsWith(rule.description());
        }
    }

    @Test
    void help_and_version_as_cli_users_expect() {
        Run help = cli("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: shipshape").contains("check").contains("rules").contains("Exit codes:");
        Run checkHelp = cli("check", "--help");
        assertThat(checkHelp.out()).contains("--format").contains("--policy").contains("--allow-registry")
                .contains("--output").contains("text, json, sarif or junit");
        assertThat(cli("help", "check").out()).isEqualTo(checkHelp.out());
        Run version = cli("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("shipshape " + Shipshape.version() + " (Kubernetes ");
    }
}
