package dev.shipshape.validation;

import dev.shipshape.internal.lang.Args;
import dev.shipshape.internal.objects.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Text form of a list of violations: grouped by component, one line per violation, then its fix.
 *
 * <pre>{@code
 * System.out.print(Violations.format(app.validate()));
 * // journal/webService:frontend
 * //   ERROR   [resources.requests-exceed-limits] container:frontend/resources/cpu: request 2 exceeds limit 1.
 * //           Fix: lower the request or raise the limit.
 * }</pre>
 */
public final class Violations {

    private static final java.util.regex.Pattern FILE_LINE = java.util.regex.Pattern.compile("#L[0-9]+(?=/)");

    private Violations() {
    }

    /**
     * Formats {@code violations} (sorted in {@link Violation#ORDER} first) as readable text.
     *
     * @param violations any violations, in any order
     * @return the string
     */
    public static String format(List<Violation> violations) {
        List<Violation> sorted = new ArrayList<>(Args.list(violations, "violations"));
        sorted.sort(Violation.ORDER);
        StringBuilder b = new StringBuilder();
        String group = null;
        for (Violation v : sorted) {
            String component = component(v.path());
            if (!Objects.equals(group, component)) {
                b.append(component).append('\n');
                group = component;
            }
            String rest = v.path().length() > component.length() ? v.path().substring(component.length() + 1) : "";
            b.append("  ").append(switch (v.severity()) {
                case ERROR -> "ERROR  ";
                case WARNING -> "WARNING";
                case INFO -> "INFO   ";
            })
                    .append(" [").append(v.rule()).append("] ")
                    .append(rest.isEmpty() ? "" : rest + ": ")
                    .append(v.message()).append('\n')
                    .append("          Fix: ").append(v.fix()).append('\n');
        }
        return b.toString();
    }

    /**
     * The component part of a path: the app and the first {@code kind:name} segment, or for an object read from a file,
     * the file and the line of its document ({@code k8s/app.yaml#L12}).
     */
    static String component(String path) {
        java.util.regex.Matcher file = FILE_LINE.matcher(path);
        if (file.find()) {
            return path.substring(0, file.end());
        }
        return Place.component(path);
    }
}
