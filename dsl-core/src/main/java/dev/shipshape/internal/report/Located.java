package dev.shipshape.internal.report;

import dev.shipshape.validation.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A violation with the file and line it points at, for the formats that show a finding at its line. A violation of an
 * object read from a file has the path {@code <file>#L<line>/<Kind>:<name>/…} (or {@code <file>#L<line>} and
 * {@code <file>} for what could not be read); the file is the longest of the files checked that the path starts with,
 * so a file name with {@code #L} or {@code /} in it is still found. The line is the line of the field when the rule
 * named it ({@code line 16: unknown field …}, as the {@code api.*} rules do), else the line the document starts on.
 * An application's own violations have no file: {@code journal/webService:frontend/…}. Not API.
 *
 * @param violation the violation
 * @param file      the file it was found in, as checked, or empty
 * @param line      the line (1-based), or 0 when there is none
 * @param group     what the violation belongs to: its file, or the app and component ({@code journal/webService:web})
 */
record Located(Violation violation, Optional<String> file, int line, String group) {

    private static final Pattern DOCUMENT_LINE = Pattern.compile("#L([0-9]+)(?:/|$)");
    private static final Pattern FIELD_LINE = Pattern.compile("^line ([0-9]+): ");

    /** Locates each violation, in the order given. */
    static List<Located> all(List<Violation> violations, List<String> files) {
        List<String> longestFirst = new ArrayList<>(files);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<Located> out = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            out.add(locate(v, longestFirst));
        }
        return out;
    }

    private static Located locate(Violation v, List<String> longestFirst) {
        String path = v.path();
        for (String f : longestFirst) {
            if (path.equals(f)) {
                return new Located(v, Optional.of(f), 0, f);
            }
            if (path.startsWith(f) && path.startsWith("#L", f.length())) {
                Matcher document = DOCUMENT_LINE.matcher(path);
                if (document.find(f.length()) && document.start() == f.length()) {
                    Matcher field = FIELD_LINE.matcher(v.message());
                    int line = field.find() ? Integer.parseInt(field.group(1)) : Integer.parseInt(document.group(1));
                    return new Located(v, Optional.of(f), line, f);
                }
            }
        }
        return new Located(v, Optional.empty(), 0, component(path));
    }

    /** The app and the first {@code kind:name} segment of an application's path: {@code journal/webService:web}. */
    static String component(String path) {
        int first = path.indexOf('/');
        int second = first == -1 ? -1 : path.indexOf('/', first + 1);
        return second == -1 ? path : path.substring(0, second);
    }
}
