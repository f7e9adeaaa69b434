package dev.shipshape.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.report.ReportSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the real Maven builds of the sample projects in {@code src/it} did (the invoker ran them just before, in this
 * module's integration-test phase): their logs, their manifests and their reports.
 */
class SampleBuildsIT {

    private static final Path IT = Path.of(System.getProperty("shipshape.itDirectory", "target/it"));

    private static String log(String project) throws IOException {
        return Files.readString(IT.resolve(project).resolve("build.log"));
    }

    @Test
    void an_app_source_renders_and_checks_with_no_configuration() throws IOException {
        Path project = IT.resolve("render-and-check");
        String log = log("render-and-check");
        assertThat(log).contains("BUILD SUCCESS")
                .containsPattern("hello: [0-9]+ objects \\(.*Deployment.*\\), [0-9]+ warning\\(s\\)")
                .contains("wrote ").contains("shipshape: 0 error(s)");
        assertThat(project.resolve("target/manifests/kustomization.yaml")).isRegularFile();
        assertThat(project.resolve("target/manifests/topology.md")).isRegularFile();
        assertThat(Files.readString(project.resolve("target/manifests/kustomization.yaml")))
                .contains("deployment-hello.yaml");
        // the default formats: text, sarif, junit; each valid
        assertThat(ReportSchemas.sarifErrors(Files.readString(project.resolve("target/shipshape/shipshape.sarif")))).isEmpty();
        assertThat(ReportSchemas.junitError(Files.readString(project.resolve("target/shipshape/shipshape-junit.xml")))).isEmpty();
        assertThat(project.resolve("target/shipshape/shipshape.txt")).isRegularFile();
        assertThat(project.resolve("target/shipshape/shipshape.json")).doesNotExist();
    }

    @Test
    void a_named_define_method_renders_and_diff_says_what_would_roll() throws IOException {
        Path project = IT.resolve("define-and-diff");
        String log = log("define-and-diff");
        assertThat(log).containsPattern("shop: [0-9]+ objects").contains("BUILD SUCCESS");
        // the second build (shipshape:diff, another tag) reports the change against the first render and writes nothing
        int diff = log.indexOf("shop against ");
        assertThat(diff).as("the diff build's output").isPositive();
        assertThat(log.substring(diff)).contains("Deployment/web rolls").contains("1.27.1");
        assertThat(Files.readString(project.resolve("target/manifests/deployment-web.yaml")))
                .contains("nginx-unprivileged:1.27.0").doesNotContain("1.27.1");
    }

    @Test
    void a_seeded_error_fails_the_build_with_its_message_and_the_reports_written() throws IOException {
        Path project = IT.resolve("check-fails");
        String log = log("check-fails");
        assertThat(log).contains("BUILD FAILURE")
                .contains("[ERROR] [resources.requests-exceed-limits] k8s/web.yaml#L1/Deployment:web/container:web/resources/cpu:"
                        + " request 2 exceeds limit 1.")
                .containsPattern("Shipshape found [0-9]+ error\\(s\\)");
        Path reports = project.resolve("target/shipshape");
        String sarif = Files.readString(reports.resolve("shipshape.sarif"));
        assertThat(ReportSchemas.sarifErrors(sarif)).isEmpty();
        JsonNode results = JsonMapper.builder().build().readTree(sarif).get("runs").get(0).get("results");
        boolean found = false;
        for (JsonNode r : results) {
            if (r.get("ruleId").asString().equals("resources.requests-exceed-limits")) {
                JsonNode physical = r.get("locations").get(0).get("physicalLocation");
                // relative to the project, as a repository's code scanning resolves it
                assertThat(physical.get("artifactLocation").get("uri").asString()).isEqualTo("k8s/web.yaml");
                assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(1);
                found = true;
            }
        }
        assertThat(found).isTrue();
        assertThat(ReportSchemas.junitError(Files.readString(reports.resolve("shipshape-junit.xml")))).isEmpty();
        assertThat(Files.readString(reports.resolve("shipshape.json"))).contains("\"file\" : \"k8s/web.yaml\"");
        assertThat(Files.readString(reports.resolve("shipshape.txt"))).contains("k8s/web.yaml#L1");
    }
}
