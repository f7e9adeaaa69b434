package dev.shipshape.internal.report;

import dev.shipshape.validation.Rule;
import dev.shipshape.validation.Rules;
import dev.shipshape.validation.Violation;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SARIF 2.1.0 report: one run, the rule catalog as the driver's rules (summary, fix as help, default level), one
 * result per violation with its rule, level, message and fix, the file and line as a physical location (the line of
 * the field where the rule knows it, else the line the document starts on) and the violation's path as a logical
 * location. GitHub code scanning shows each result at its line. A relative file stays a relative URI (GitHub resolves
 * it against the repository's root), an absolute one becomes a {@code file:} URI. Not API.
 */
public final class SarifReport {

    /** Where the schema of the format is published; the report's {@code $schema}. */
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private SarifReport() {
    }

    /** {@return the report of {@code violations} found in {@code files}} */
    public static String of(List<Violation> violations, List<String> files) {
        ObjectNode root = JsonReport.JSON.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", Tool.NAME);
        driver.put("version", Tool.version());
        driver.put("semanticVersion", Tool.version());
        driver.put("informationUri", Tool.URI);
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (Rule r : Rules.all()) {
            index.put(r.id(), index.size());
            ObjectNode o = rules.addObject();
            o.put("id", r.id());
            o.putObject("shortDescription").put("text", sentence(r.description()));
            ObjectNode help = o.putObject("help");
            help.put("text", "Fix: " + sentence(r.fix()));
            help.put("markdown", "**Fix:** " + sentence(r.fix()));
            o.put("helpUri", Tool.RULES_URI);
            o.putObject("defaultConfiguration").put("level", Levels.sarif(r.defaultSeverity()));
        }
        run.putArray("invocations").addObject().put("executionSuccessful", true);
        ArrayNode results = run.putArray("results");
        for (Located l : Located.all(violations, files)) {
            Violation v = l.violation();
            ObjectNode result = results.addObject();
            result.put("ruleId", v.rule());
            Integer i = index.get(v.rule());
            if (i != null) {
                result.put("ruleIndex", i);
            }
            result.put("level", Levels.sarif(v.severity()));
            result.putObject("message").put("text", v.message() + " Fix: " + v.fix());
            ObjectNode location = result.putArray("locations").addObject();
            l.file().ifPresent(f -> {
                ObjectNode physical = location.putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", uri(f));
                if (l.line() > 0) {
                    physical.putObject("region").put("startLine", l.line());
                }
            });
            location.putArray("logicalLocations").addObject().put("fullyQualifiedName", v.path());
            result.putObject("properties").put("fix", v.fix());
        }
        return JsonReport.JSON.writeValueAsString(root) + "\n";
    }

    /** A catalog text as a sentence: the rules declare theirs without a final period. */
    static String sentence(String s) {
        return s.endsWith(".") ? s : s + ".";
    }

    /**
     * The URI of a file as checked: relative paths stay relative (forward slashes, percent-encoded), absolute ones
     * become {@code file:} URIs.
     */
    static String uri(String file) {
        Path p = Path.of(file);
        if (p.isAbsolute()) {
            return p.toUri().toASCIIString();
        }
        String slashed = file.replace('\\', '/');
        int colon = slashed.indexOf(':');
        int slash = slashed.indexOf('/');
        if (colon >= 0 && (slash < 0 || colon < slash)) {
            slashed = "./" + slashed; // a colon in the first segment would read as a scheme
        }
        try {
            return new URI(null, null, slashed, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot make a URI of " + file, e);
        }
    }
}
