package dev.shipshape.internal.report;

import dev.shipshape.internal.objects.Place;
import dev.shipshape.validation.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A violation with the file and line it points at, for the formats that show a finding at its line. A violation of an
 * object read from a file has the path {@code <file>#L<line>/<Kind>:<name>/…} (or {@code <file>#L<line>} and
 * {@code <file>} for what could not be read); the file is the longest part before a {@code #L<line>} marker that is one of
 * the files checked, so a file name with {@code #L} or {@code /} in it is still found. The line is the line of the field when the rule
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

    /** Locates each violation, in the order given: one hash lookup per {@code #L} in its path, never a scan of the files. */
    static List<Located> all(List<Violation> violations, List<String> files) {
        Set<String> known = new HashSet<>(files);
        List<Located> out = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            out.add(locate(v, known));
        }
        return out;
    }

    private static Located locate(Violation v, Set<String> files) {
        String path = v.path();
        if (files.contains(path)) {
            return new Located(v, Optional.of(path), 0, path);
        }
        // the file is what precedes a #L<line> marker; the longest such prefix that is a file read wins
        Matcher document = DOCUMENT_LINE.matcher(path);
        List<MatchResult> markers = new ArrayList<>();
        while (document.find()) {
            markers.add(document.toMatchResult());
        }
        for (int i = markers.size() - 1; i >= 0; i--) {
            String file = path.substring(0, markers.get(i).start());
            if (files.contains(file)) {
                Matcher field = FIELD_LINE.matcher(v.message());
                int line = Integer.parseInt(field.find() ? field.group(1) : markers.get(i).group(1));
                return new Located(v, Optional.of(file), line, file);
            }
        }
        return new Located(v, Optional.empty(), 0, Place.component(path));
    }
}
