package dev.shipshape.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.internal.rules.Catalog;
import dev.shipshape.internal.validation.CheckedRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rule catalog against the README's rules table, its independent statement: the same rules in the same order, each
 * with the severity, summary and fix its class declares; and every rule with its own {@code <Rule>Test} beside it
 * (in {@code dev.shipshape.internal.rules}), where its accepting and rejecting cases live.
 */
class RuleCatalogTest {

    private static final Path README = Path.of("..", "README.md");
    private static final String HEADER = "| id | severity | catches | fix |";

    /** One row of the README's rules table. */
    record Row(String id, String severity, String summary, String fix) {
        String line() {
            return "| `" + id + "` | " + severity + " | " + summary + " | " + fix + " |";
        }
    }

    /** The rows of the README's rules table, in order. */
    static List<Row> readmeTable() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int start = lines.indexOf(HEADER);
        assertThat(start).as("the README's rules table, headed " + HEADER).isNotNegative();
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(start + 2, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            String[] cells = line.substring(1, line.length() - 1).split(Pattern.quote(" | "), -1);
            assertThat(cells).as(line).hasSize(4);
            rows.add(new Row(cells[0].trim().replace("`", ""), cells[1].trim(), cells[2].trim(), cells[3].trim()));
        }
        return rows;
    }

    /** The README's table as the catalog declares it. */
    private static List<String> declaredTable() {
        List<String> out = new ArrayList<>();
        for (Rule r : Rules.all()) {
            out.add(new Row(r.id(), r.defaultSeverity().name().toLowerCase(Locale.ROOT), r.description(), r.fix()).line());
        }
        return out;
    }

    @Test
    void the_catalog_has_the_rules_of_the_readme_table_in_its_order() throws IOException {
        List<String> ids = readmeTable().stream().map(Row::id).toList();
        assertThat(Rules.ids()).containsExactlyElementsOf(ids);
        assertThat(Rules.all()).extracting(Rule::id).containsExactlyElementsOf(ids);
        for (Rule r : Rules.all()) {
            assertThat(r.id()).matches("[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*");
            assertThat(r.description()).as(r.id()).isNotBlank();
            assertThat(Rules.byId(r.id())).containsSame(r);
        }
    }

    @Test
    void the_readme_table_says_what_each_rule_declares() throws IOException {
        // on a mismatch the expected rows are printed: paste them into the README (or fix the declaration)
        assertThat(readmeTable().stream().map(Row::line).toList()).containsExactlyElementsOf(declaredTable());
    }

    @Test
    void every_rule_has_its_own_test_beside_it() {
        for (CheckedRule r : Catalog.rules()) {
            String test = r.getClass().getName() + "Test";
            assertThat(exists(test)).as("%s, the tests of %s", test, r.declaration().id()).isTrue();
        }
    }

    @Test
    void the_fixture_breaks_no_rule() {
        assertThat(new Fixture().violations()).isEmpty();
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className, false, RuleCatalogTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
