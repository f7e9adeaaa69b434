package dev.shipshape.internal.report;

import dev.shipshape.validation.Rule;
import dev.shipshape.validation.Rules;
import dev.shipshape.validation.Severity;
import dev.shipshape.validation.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The JUnit XML report, as Jenkins, GitLab and Ant read it: one {@code <testsuite>} per file checked (or per
 * component of an application), one {@code <testcase>} per rule of the catalog in it ({@code classname} the file,
 * {@code name} the rule id), failing with every error of that rule there; warnings and information are the test
 * case's {@code <system-out>}, a rule the policy switched off is {@code <skipped>} with its reason. So a CI server
 * shows which rules each file passes, and a fixed error turns its test green. Not API.
 */
public final class JunitReport {

    private JunitReport() {
    }

    /**
     * {@return the report}
     *
     * @param violations what was found
     * @param files      the files checked (each is a suite, with or without violations)
     * @param waived     the rules switched off, with their reasons
     */
    public static String of(List<Violation> violations, List<String> files, SortedMap<String, String> waived) {
        Map<String, List<Located>> groups = new LinkedHashMap<>();
        Map<String, Boolean> isFile = new LinkedHashMap<>();
        for (String f : files) {
            groups.put(f, new ArrayList<>());
            isFile.put(f, true);
        }
        for (Located l : Located.all(violations, files)) {
            groups.computeIfAbsent(l.group(), g -> new ArrayList<>()).add(l);
            isFile.putIfAbsent(l.group(), l.file().isPresent());
        }
        StringBuilder suites = new StringBuilder();
        int tests = 0;
        int failures = 0;
        int skipped = 0;
        for (Map.Entry<String, List<Located>> g : groups.entrySet()) {
            StringBuilder cases = new StringBuilder();
            int suiteTests = 0;
            int suiteFailures = 0;
            int suiteSkipped = 0;
            Map<String, List<Violation>> byRule = new HashMap<>();
            for (Located l : g.getValue()) {
                byRule.computeIfAbsent(l.violation().rule(), k -> new ArrayList<>()).add(l.violation());
            }
            for (Rule r : Rules.all()) {
                if (!isFile.get(g.getKey()) && !r.appliesToApps()) {
                    continue;
                }
                List<Violation> found = byRule.getOrDefault(r.id(), List.of());
                suiteTests++;
                cases.append("    <testcase classname=\"").append(xml(g.getKey())).append("\" name=\"").append(r.id())
                        .append('"');
                if (isFile.get(g.getKey())) {
                    cases.append(" file=\"").append(xml(g.getKey())).append('"');
                }
                String reason = waived.get(r.id());
                List<Violation> errors = found.stream().filter(Violation::isError).toList();
                List<Violation> others = found.stream().filter(v -> !v.isError()).toList();
                if (reason == null && found.isEmpty()) {
                    cases.append("/>\n");
                    continue;
                }
                cases.append(">\n");
                if (reason != null) {
                    suiteSkipped++;
                    cases.append("      <skipped message=\"").append(xml("switched off by the policy: " + reason))
                            .append("\"/>\n");
                }
                if (!errors.isEmpty()) {
                    suiteFailures++;
                    cases.append("      <failure type=\"").append(r.id()).append("\" message=\"")
                            .append(xml(errors.size() + " error(s): " + errors.get(0).message())).append("\">")
                            .append(xml(lines(errors))).append("</failure>\n");
                }
                if (!others.isEmpty()) {
                    cases.append("      <system-out>").append(xml(lines(others))).append("</system-out>\n");
                }
                cases.append("    </testcase>\n");
            }
            tests += suiteTests;
            failures += suiteFailures;
            skipped += suiteSkipped;
            suites.append("  <testsuite name=\"").append(xml(g.getKey())).append("\" tests=\"").append(suiteTests)
                    .append("\" failures=\"").append(suiteFailures).append("\" errors=\"0\" skipped=\"")
                    .append(suiteSkipped).append("\">\n").append(cases).append("  </testsuite>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuites name=\"" + Tool.NAME + " " + xml(Tool.version()) + "\" tests=\"" + tests
                + "\" failures=\"" + failures + "\" errors=\"0\" disabled=\"" + skipped + "\">\n"
                + suites + "</testsuites>\n";
    }

    /** Each violation as one line of text: {@code SEVERITY path: message Fix: fix}. */
    private static String lines(List<Violation> violations) {
        StringBuilder b = new StringBuilder();
        for (Violation v : violations) {
            b.append(v.severity() == Severity.ERROR ? "ERROR " : v.severity() == Severity.WARNING ? "WARNING " : "INFO ")
                    .append(v.path()).append(": ").append(v.message()).append(" Fix: ").append(v.fix()).append('\n');
        }
        return b.toString();
    }

    /**
     * {@code s} as XML 1.0 character data or attribute value: markup escaped, line breaks kept as character
     * references in attributes, and characters XML 1.0 cannot carry (most control characters, lone surrogates)
     * replaced by U+FFFD.
     */
    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\n' -> b.append("&#10;");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append("&#9;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
