package dev.shipshape.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.validation.Rules;
import dev.shipshape.validation.Severity;
import dev.shipshape.validation.Violation;
import java.io.StringReader;
import java.util.List;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The formats' details, from violations made by hand: counts, escapes, URIs, what is left out. */
class FormatsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EXCEED = "resources.requests-exceed-limits";
    private static final String PINNED = "image.not-pinned";

    private static Violation v(String rule, Severity s, String path, String message) {
        return new Violation(rule, s, path, message, "fix it.");
    }

    private static Document xml(String s) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(s)));
    }

    private static Element child(Element parent, String tag, String name) {
        NodeList n = parent.getElementsByTagName(tag);
        for (int i = 0; i < n.getLength(); i++) {
            Element e = (Element) n.item(i);
            if (e.getAttribute("name").equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no " + tag + " " + name);
    }

    @Test
    void junit_counts_failures_and_skips_per_suite_and_in_total() throws Exception {
        List<Violation> found = List.of(
                v(EXCEED, Severity.ERROR, "a.yaml#L1/Deployment:a/container:a/resources/cpu", "request 2 exceeds limit 1."),
                v(EXCEED, Severity.ERROR, "a.yaml#L9/Deployment:b/container:b/resources/cpu", "request 3 exceeds limit 1."),
                v(PINNED, Severity.WARNING, "a.yaml#L1/Deployment:a/container:a/image", "no digest."),
                v("api.unchecked", Severity.INFO, "a.yaml#L20/Widget:w", "not checked."),
                v(EXCEED, Severity.ERROR, "b.yaml#L1/Deployment:c/container:c/resources/cpu", "request 4 exceeds limit 1."));
        TreeMap<String, String> waived = new TreeMap<>();
        waived.put("probe.readiness-missing", "a batch of jobs");
        Document d = xml(JunitReport.of(found, List.of("a.yaml", "b.yaml", "c.yaml"), waived));
        Element root = d.getDocumentElement();
        int rules = Rules.all().size();
        assertThat(root.getAttribute("tests")).isEqualTo(String.valueOf(3 * rules));
        assertThat(root.getAttribute("failures")).isEqualTo("2");
        assertThat(root.getAttribute("disabled")).isEqualTo("3");
        Element a = child(root, "testsuite", "a.yaml");
        assertThat(a.getAttribute("tests")).isEqualTo(String.valueOf(rules));
        assertThat(a.getAttribute("failures")).isEqualTo("1");
        assertThat(a.getAttribute("skipped")).isEqualTo("1");
        Element exceed = child(a, "testcase", EXCEED);
        assertThat(exceed.getAttribute("file")).isEqualTo("a.yaml");
        Element failure = (Element) exceed.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("2 error(s): request 2 exceeds limit 1.");
        assertThat(failure.getTextContent()).contains("request 3 exceeds limit 1.").startsWith("ERROR a.yaml#L1/")
                .doesNotContain("no digest");
        assertThat(exceed.getElementsByTagName("system-out").getLength()).as("errors are not output").isZero();
        Element pinned = child(a, "testcase", PINNED);
        assertThat(pinned.getElementsByTagName("failure").getLength()).isZero();
        assertThat(pinned.getElementsByTagName("system-out").item(0).getTextContent()).isEqualTo(
                "WARNING a.yaml#L1/Deployment:a/container:a/image: no digest. Fix: fix it.\n");
        assertThat(child(a, "testcase", "api.unchecked").getElementsByTagName("system-out").item(0).getTextContent())
                .startsWith("INFO a.yaml#L20/Widget:w");
        // a waived rule is skipped even with nothing found; a rule with nothing found and not waived passes, empty
        Element readiness = child(child(root, "testsuite", "c.yaml"), "testcase", "probe.readiness-missing");
        assertThat(((Element) readiness.getElementsByTagName("skipped").item(0)).getAttribute("message"))
                .isEqualTo("switched off by the policy: a batch of jobs");
        assertThat(child(child(root, "testsuite", "c.yaml"), "testcase", EXCEED).hasChildNodes()).isFalse();
        assertThat(child(root, "testsuite", "b.yaml").getAttribute("failures")).isEqualTo("1");
    }

    @Test
    void junit_suites_of_an_app_have_no_file_and_only_the_rules_an_app_can_break() throws Exception {
        Document d = xml(JunitReport.of(List.of(v(EXCEED, Severity.ERROR, "shop/webService:web/resources/cpu", "m")),
                List.of(), new TreeMap<>()));
        Element web = child(d.getDocumentElement(), "testsuite", "shop/webService:web");
        assertThat(child(web, "testcase", EXCEED).hasAttribute("file")).isFalse();
        assertThat(web.getAttribute("tests")).isEqualTo(String.valueOf(Rules.all().stream().filter(r -> r.appliesToApps()).count()));
    }

    @Test
    void xml_text_escapes_markup_and_replaces_what_xml_cannot_carry() {
        assertThat(JunitReport.xml("a<b>&\"c\"")).isEqualTo("a&lt;b&gt;&amp;&quot;c&quot;");
        assertThat(JunitReport.xml("l1\nl2\r\tend")).isEqualTo("l1&#10;l2&#13;&#9;end");
        assertThat(JunitReport.xml("bell\u0007 nul\u0000")).isEqualTo("bell\uFFFD nul\uFFFD");
        assertThat(JunitReport.xml("\uFFFE\uFFFF\uFFFD")).isEqualTo("\uFFFD\uFFFD\uFFFD");
        assertThat(JunitReport.xml("smile \uD83D\uDE00")).isEqualTo("smile \uD83D\uDE00");   // a pair stays
        assertThat(JunitReport.xml("lone \uD83D x \uDE00")).isEqualTo("lone \uFFFD x \uFFFD");
        assertThat(JunitReport.xml("ends high \uD83D")).isEqualTo("ends high \uFFFD");
        assertThat(JunitReport.xml(" space")).isEqualTo(" space");
    }

    @Test
    void sarif_uris_and_sentences() {
        assertThat(SarifReport.uri("k8s/web.yaml")).isEqualTo("k8s/web.yaml");
        assertThat(SarifReport.uri("my dir/a b.yaml")).isEqualTo("my%20dir/a%20b.yaml");
        assertThat(SarifReport.uri("k8s\\web.yaml")).isEqualTo("k8s/web.yaml");
        assertThat(SarifReport.uri("a:b/c.yaml")).isEqualTo("./a:b/c.yaml");
        assertThat(SarifReport.uri("a:b.yaml")).isEqualTo("./a:b.yaml");
        assertThat(SarifReport.uri(":a.yaml")).isEqualTo("./:a.yaml");
        assertThat(SarifReport.uri("k8s/a:b.yaml")).isEqualTo("k8s/a:b.yaml");
        assertThat(SarifReport.uri("/abs/k8s/web.yaml")).isEqualTo("file:///abs/k8s/web.yaml");
        assertThat(SarifReport.uri("été.yaml")).isEqualTo("%C3%A9t%C3%A9.yaml");
        assertThat(SarifReport.sentence("lower it")).isEqualTo("lower it.");
        assertThat(SarifReport.sentence("lower it.")).isEqualTo("lower it.");
    }

    @Test
    void a_whole_file_has_no_region_in_sarif_and_no_line_in_json() throws Exception {
        List<Violation> found = List.of(v("input.unreadable", Severity.ERROR, "a.yaml", "not UTF-8."),
                v("input.unreadable", Severity.ERROR, "b.yaml#L1", "not YAML."));
        JsonNode results = JSON.readTree(SarifReport.of(found, List.of("a.yaml", "b.yaml"))).get("runs").get(0).get("results");
        assertThat(results.get(0).get("locations").get(0).get("physicalLocation").has("region")).isFalse();
        assertThat(results.get(1).get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt())
                .isEqualTo(1);
        JsonNode json = JSON.readTree(JsonReport.of(found, List.of("a.yaml", "b.yaml"))).get("violations");
        assertThat(json.get(0).has("line")).isFalse();
        assertThat(json.get(0).get("file").asString()).isEqualTo("a.yaml");
        assertThat(json.get(1).get("line").asInt()).isEqualTo(1);
    }
}
