package dev.shipshape.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.Shipshape;
import dev.shipshape.testkit.Snapshots;
import dev.shipshape.validation.Violation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@code Shipshape.check} over third-party YAML it did not write (src/test/resources/third-party: kubernetes/website
 * examples, kubernetes/examples, and three public demo applications, each with its source and license): the website
 * examples pass the API server in upstream's CI, so no finding may claim the API server refuses them; the false
 * positives issue 27 found are gone.
 */
class CorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/third-party");

    @Test
    void nothing_the_api_server_accepts_is_said_to_be_refused() {
        List<Violation> found = Shipshape.check(CORPUS);
        assertThat(found).hasSizeGreaterThan(300);
        assertThat(found).filteredOn(v -> v.rule().startsWith("api.") || v.rule().equals("input.unreadable"))
                .filteredOn(Violation::isError).isEmpty();
        assertThat(Shipshape.check(CORPUS.resolve("kubernetes-website"))).filteredOn(Violation::isError)
                .noneMatch(v -> v.message().contains("API server refuses") || v.rule().startsWith("api."));
    }

    /**
     * Every finding per file, by rule, with its severity (snapshot {@code corpus-findings.txt}, reviewed like code; update
     * with {@code -Dshipshape.snapshots=update}): a change of any rule shows here as a diff per file.
     */
    @Test
    void the_findings_per_file_match_their_reviewed_snapshot() {
        Map<String, Map<String, Integer>> byFile = new TreeMap<>();
        for (Violation v : Shipshape.check(CORPUS)) {
            String path = v.path().substring(CORPUS.toString().length() + 1);
            String file = path.contains("#") ? path.substring(0, path.indexOf('#')) : path;
            byFile.computeIfAbsent(file, f -> new TreeMap<>()).merge(v.rule() + " (" + v.severity().name().toLowerCase()
                    + ")", 1, Integer::sum);
        }
        StringBuilder out = new StringBuilder();
        byFile.forEach((file, rules) -> {
            out.append(file).append('\n');
            rules.forEach((rule, n) -> out.append("  ").append(rule).append(" ×").append(n).append('\n'));
        });
        Snapshots.assertMatches(out.toString(), "corpus-findings.txt");
    }

    @Test
    void the_false_positives_of_issue_27_are_gone() {
        List<Violation> found = Shipshape.check(CORPUS.resolve("kubernetes-website"));
        // an RBAC name is a path segment: ':' is allowed
        assertThat(found).noneMatch(v -> v.rule().equals("name.invalid") && v.path().contains("endpoints-aggregated"));
        // a pod in its own user namespace is not running as root on the node
        assertThat(found).noneMatch(v -> v.rule().equals("security.run-as-root") && v.path().contains("Pod:userns"));
        // the rest of what these examples do is still found: the literal password of the MySQL example
        assertThat(found).anyMatch(v -> v.rule().equals("secret.literal-value") && v.path().endsWith("env:MYSQL_ROOT_PASSWORD"));
    }
}
