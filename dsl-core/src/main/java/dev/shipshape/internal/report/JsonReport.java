package dev.shipshape.internal.report;

import dev.shipshape.validation.Severity;
import dev.shipshape.validation.Violation;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON report (README, "Check in CI", for the field names, which are stable):
 *
 * <pre>{@code
 * {"tool": {"name": "Shipshape", "version": "0.2.0"},
 *  "files": ["k8s/web.yaml"],
 *  "summary": {"errors": 1, "warnings": 0, "info": 0},
 *  "violations": [{"rule": "resources.requests-exceed-limits", "severity": "error",
 *                  "path": "k8s/web.yaml#L1/Deployment:web/container:web/resources/cpu",
 *                  "file": "k8s/web.yaml", "line": 1, "message": "request 2 exceeds limit 1.",
 *                  "fix": "lower the request or raise the limit."}]}
 * }</pre>
 *
 * {@code file} and {@code line} are left out for a violation of an application's own objects. Not API.
 */
public final class JsonReport {

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonReport() {
    }

    /** {@return the report of {@code violations} found in {@code files}} */
    public static String of(List<Violation> violations, List<String> files) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode tool = root.putObject("tool");
        tool.put("name", Tool.NAME);
        tool.put("version", Tool.version());
        ArrayNode checked = root.putArray("files");
        files.forEach(checked::add);
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", count(violations, Severity.ERROR));
        summary.put("warnings", count(violations, Severity.WARNING));
        summary.put("info", count(violations, Severity.INFO));
        ArrayNode list = root.putArray("violations");
        for (Located l : Located.all(violations, files)) {
            Violation v = l.violation();
            ObjectNode o = list.addObject();
            o.put("rule", v.rule());
            o.put("severity", Levels.word(v.severity()));
            o.put("path", v.path());
            l.file().ifPresent(f -> o.put("file", f));
            if (l.line() > 0) {
                o.put("line", l.line());
            }
            o.put("message", v.message());
            o.put("fix", v.fix());
        }
        return JSON.writeValueAsString(root) + "\n";
    }

    static int count(List<Violation> violations, Severity s) {
        return (int) violations.stream().filter(v -> v.severity() == s).count();
    }
}
