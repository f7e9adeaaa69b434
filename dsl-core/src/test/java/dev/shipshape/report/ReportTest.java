package dev.shipshape.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.dsl.Shipshape;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Rule;
import dev.shipshape.validation.Rules;
import dev.shipshape.validation.Severity;
import dev.shipshape.validation.Violation;
import dev.shipshape.validation.YamlCheck;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The four report formats over a check of real files: the SARIF validates against the published SARIF 2.1.0 schema and
 * points each result at its file and line, the JUnit XML validates against Jenkins' XSD with a suite per file and a
 * case per rule, the JSON keeps its documented fields, and all say what {@code Shipshape.check} says.
 */
class ReportTest extends YamlCheck {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String WEB = SampleYaml.WEB;
    private static final String CLEAN = SampleYaml.CONFIG;

    private Path web;
    private Path clean;
    private Path broken;

    @BeforeEach
    void files() throws IOException {
        web = write("k8s/web.yaml", WEB);
        clean = write("k8s/settings.yaml", CLEAN);
        broken = write("k8s/z-broken.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [unclosed\n");
    }

    private Report report() {
        return Report.check(Policy.defaults(), tmp.resolve("k8s"));
    }

    @Test
    void a_report_holds_what_check_finds_and_every_file_read() {
        Report r = report();
        assertThat(r.violations()).isEqualTo(Shipshape.check(tmp.resolve("k8s")));
        assertThat(r.files()).containsExactly(clean.toString(), web.toString(), broken.toString());
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.count(Severity.ERROR)).isEqualTo((int) r.violations().stream().filter(Violation::isError).count());
        assertThat(r.summary()).startsWith(r.count(Severity.ERROR) + " error(s), ").endsWith(" in 3 file(s)");
    }

    @Test
    void sarif_validates_against_the_published_schema_and_points_at_file_and_line() throws IOException {
        String sarif = report().format(ReportFormat.SARIF);
        assertThat(ReportSchemas.sarifErrors(sarif)).isEmpty();
        JsonNode run = JSON.readTree(sarif).get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(rules.size()).isEqualTo(Rules.all().size());
        List<String> where = new ArrayList<>();
        for (JsonNode result : run.get("results")) {
            // each result names its rule by id and by index into the driver's rules
            assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asString()).isEqualTo(result.get("ruleId").asString());
            JsonNode physical = result.get("locations").get(0).get("physicalLocation");
            where.add(result.get("ruleId").asString() + " " + physical.get("artifactLocation").get("uri").asString()
                    + ":" + (physical.has("region") ? physical.get("region").get("startLine").asInt() : 0));
        }
        String webUri = web.toUri().toASCIIString();
        assertThat(where).contains(
                "api.field-unknown " + webUri + ":16",                     // the field's own line
                "resources.requests-exceed-limits " + webUri + ":1",       // the line the document starts on
                "input.unreadable " + broken.toUri().toASCIIString() + ":3");
        JsonNode exceed = find(run.get("results"), "resources.requests-exceed-limits");
        assertThat(exceed.get("level").asString()).isEqualTo("error");
        assertThat(exceed.get("message").get("text").asString()).contains("request 2 exceeds limit 1").contains("Fix: ");
        assertThat(exceed.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName").asString())
                .isEqualTo(web + "#L1/Deployment:web/container:web/resources/cpu");
        JsonNode warning = find(run.get("results"), "image.not-pinned");
        assertThat(warning.get("level").asString()).isEqualTo("warning");
    }

    @Test
    void the_sarif_oracle_refuses_what_the_format_forbids() {
        // the oracle has teeth: an unknown level, a missing version and a bad startLine are each refused
        String good = report().format(ReportFormat.SARIF);
        assertThat(ReportSchemas.sarifErrors(good.replaceFirst("\"level\" : \"error\"", "\"level\" : \"fatal\""))).isNotEmpty();
        assertThat(ReportSchemas.sarifErrors(good.replaceFirst("\"version\" : \"2.1.0\",", ""))).isNotEmpty();
        assertThat(ReportSchemas.sarifErrors(good.replaceFirst("\"startLine\" : [0-9]+", "\"startLine\" : 0"))).isNotEmpty();
    }

    @Test
    void relative_files_stay_relative_uris_in_sarif() throws IOException {
        Path here = Path.of("").toAbsolutePath();
        Path relative = here.relativize(web);
        String sarif = Report.check(Policy.defaults(), relative).format(ReportFormat.SARIF);
        assertThat(ReportSchemas.sarifErrors(sarif)).isEmpty();
        JsonNode uri = JSON.readTree(sarif).get("runs").get(0).get("results").get(0).get("locations").get(0)
                .get("physicalLocation").get("artifactLocation").get("uri");
        assertThat(uri.asString()).isEqualTo(relative.toString().replace('\\', '/')).doesNotStartWith("file:");
    }

    @Test
    void junit_validates_against_the_jenkins_xsd_with_a_suite_per_file_and_a_case_per_rule() throws Exception {
        String xml = Report.check(Policy.defaults().off("image.not-pinned", "digests are pinned by the release job"),
                tmp.resolve("k8s")).format(ReportFormat.JUNIT);
        assertThat(ReportSchemas.junitError(xml)).isEmpty();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(3);
        Element settings = suite(suites, clean.toString());
        assertThat(settings.getAttribute("tests")).isEqualTo(String.valueOf(Rules.all().size()));
        assertThat(settings.getAttribute("failures")).isEqualTo("0");
        Element webSuite = suite(suites, web.toString());
        Element exceed = testcase(webSuite, "resources.requests-exceed-limits");
        assertThat(exceed.getElementsByTagName("failure").item(0).getTextContent()).contains("request 2 exceeds limit 1");
        Element pinned = testcase(webSuite, "image.not-pinned");
        assertThat(((Element) pinned.getElementsByTagName("skipped").item(0)).getAttribute("message"))
                .contains("digests are pinned by the release job");
        Element deny = testcase(webSuite, "network.default-deny-missing");
        assertThat(deny.getElementsByTagName("failure").getLength()).isZero();    // a warning is not a failure
        assertThat(deny.getElementsByTagName("system-out").item(0).getTextContent()).startsWith("WARNING ");
        long failed = report().violations().stream().filter(v -> v.isError() && v.path().startsWith(web.toString()))
                .map(Violation::rule).distinct().count();
        assertThat(webSuite.getAttribute("failures")).isEqualTo(String.valueOf(failed));
    }

    @Test
    void the_junit_oracle_refuses_what_the_format_forbids() {
        String good = report().format(ReportFormat.JUNIT);
        // a suite must say how many tests it has (the suites' total is optional)
        assertThat(ReportSchemas.junitError(good.replaceFirst("(<testsuite name=\"[^\"]*\") tests=\"[0-9]+\"", "$1"))).isPresent();
        assertThat(ReportSchemas.junitError(good.replaceFirst("<testcase ", "<testcas "))).isPresent();
    }

    @Test
    void json_has_the_documented_fields() throws IOException {
        Report r = report();
        JsonNode doc = JSON.readTree(r.format(ReportFormat.JSON));
        assertThat(doc.get("tool").get("name").asString()).isEqualTo("Shipshape");
        assertThat(doc.get("tool").get("version").asString()).matches("[0-9]+\\.[0-9]+\\.[0-9]+.*");
        assertThat(doc.get("files").size()).isEqualTo(3);
        assertThat(doc.get("summary").get("errors").asInt()).isEqualTo(r.count(Severity.ERROR));
        assertThat(doc.get("summary").get("warnings").asInt()).isEqualTo(r.count(Severity.WARNING));
        assertThat(doc.get("violations").size()).isEqualTo(r.violations().size());
        for (int i = 0; i < r.violations().size(); i++) {
            Violation v = r.violations().get(i);
            JsonNode o = doc.get("violations").get(i);
            assertThat(o.get("rule").asString()).isEqualTo(v.rule());
            assertThat(o.get("severity").asString()).isEqualTo(v.severity().name().toLowerCase(java.util.Locale.ROOT));
            assertThat(o.get("path").asString()).isEqualTo(v.path());
            assertThat(o.get("message").asString()).isEqualTo(v.message());
            assertThat(o.get("fix").asString()).isEqualTo(v.fix());
            assertThat(o.get("file").asString()).isIn(r.files());
            assertThat(o.get("line").asInt()).isPositive();
        }
    }

    @Test
    void text_is_the_readable_form_and_a_summary() {
        Report r = report();
        String text = r.format(ReportFormat.TEXT);
        assertThat(text).contains(web + "#L1").contains("ERROR   [resources.requests-exceed-limits]")
                .endsWith(r.summary() + "\n");
    }

    @Test
    void every_format_gives_the_same_bytes_for_the_same_input() {
        for (ReportFormat f : ReportFormat.values()) {
            assertThat(report().format(f)).as(f.name()).isEqualTo(report().format(f));
        }
    }

    @Test
    void an_apps_own_violations_are_grouped_by_component_without_a_file() throws Exception {
        Rule rule = Rules.byId("resources.requests-exceed-limits").orElseThrow();
        Report r = Report.of(List.of(
                new Violation(rule.id(), Severity.ERROR, "shop/webService:web/container:web/resources/cpu",
                        "request 2 exceeds limit 1.", "lower the request or raise the limit."),
                new Violation("probe.readiness-missing", Severity.WARNING, "shop/worker:mailer", "no probe <&\u0001>.", "add one.")));
        String sarif = r.format(ReportFormat.SARIF);
        assertThat(ReportSchemas.sarifErrors(sarif)).isEmpty();
        JsonNode location = JSON.readTree(sarif).get("runs").get(0).get("results").get(0).get("locations").get(0);
        assertThat(location.has("physicalLocation")).isFalse();
        assertThat(location.get("logicalLocations").get(0).get("fullyQualifiedName").asString())
                .isEqualTo("shop/webService:web/container:web/resources/cpu");
        String xml = r.format(ReportFormat.JUNIT);
        assertThat(ReportSchemas.junitError(xml)).isEmpty();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        NodeList suites = doc.getElementsByTagName("testsuite");
        assertThat(suite(suites, "shop/webService:web").getAttribute("failures")).isEqualTo("1");
        // an app's suites have the rules an app can break, not those of YAML read from files
        long appRules = Rules.all().stream().filter(Rule::appliesToApps).count();
        assertThat(suite(suites, "shop/worker:mailer").getAttribute("tests")).isEqualTo(String.valueOf(appRules));
        assertThat(testcase(suite(suites, "shop/worker:mailer"), "probe.readiness-missing")
                .getElementsByTagName("system-out").item(0).getTextContent()).contains("no probe <&\uFFFD>.");
    }

    @Test
    void a_file_name_that_looks_like_a_path_segment_is_still_found() throws IOException {
        Path odd = write("odd#L7/x#L2.yaml", WEB);
        JsonNode doc = JSON.readTree(Report.check(Policy.defaults(), odd).format(ReportFormat.JSON));
        JsonNode first = doc.get("violations").get(0);
        assertThat(first.get("file").asString()).isEqualTo(odd.toString());
        assertThat(first.get("line").asInt()).isPositive();
    }

    @Test
    void writes_a_report_where_told_making_the_directory() throws IOException {
        Path out = tmp.resolve("reports/deep/shipshape.sarif");
        report().writeTo(ReportFormat.SARIF, out);
        assertThat(Files.readString(out)).isEqualTo(report().format(ReportFormat.SARIF));
    }

    @Test
    void formats_have_names_and_file_names() {
        assertThat(ReportFormat.of(" Sarif ")).isEqualTo(ReportFormat.SARIF);
        assertThat(ReportFormat.JUNIT.fileName()).isEqualTo("shipshape-junit.xml");
        assertThatThrownBy(() -> ReportFormat.of("xml")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("text, json, sarif, junit");
        assertThatThrownBy(() -> Report.check(Policy.defaults())).isInstanceOf(IllegalArgumentException.class);
    }

    private static JsonNode find(JsonNode results, String rule) {
        for (JsonNode r : results) {
            if (r.get("ruleId").asString().equals(rule)) {
                return r;
            }
        }
        throw new AssertionError("no result of " + rule);
    }

    private static Element suite(NodeList suites, String name) {
        for (int i = 0; i < suites.getLength(); i++) {
            Element e = (Element) suites.item(i);
            if (e.getAttribute("name").equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no suite " + name);
    }

    private static Element testcase(Element suite, String rule) {
        NodeList cases = suite.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element e = (Element) cases.item(i);
            if (e.getAttribute("name").equals(rule)) {
                return e;
            }
        }
        throw new AssertionError("no test case " + rule);
    }

    @Test
    void yaml_given_as_text_is_checked_with_the_files_under_its_own_name() throws IOException {
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("<stdin>", WEB);
        texts.put("<broken>", "kind: [unclosed\n");
        Report r = Report.check(Policy.defaults(), List.of(clean), texts);
        assertThat(r.files()).containsExactly(clean.toString(), "<stdin>", "<broken>");
        List<Violation> asFile = Shipshape.check(web);
        assertThat(r.violations()).filteredOn(v -> v.path().startsWith("<stdin>#L1/")).hasSize(asFile.size());
        assertThat(r.violations()).filteredOn(v -> v.rule().equals("input.unreadable"))
                .singleElement().extracting(Violation::path).asString().startsWith("<broken>#L1");
        assertThatThrownBy(() -> Report.check(Policy.defaults(), List.of(), java.util.Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
