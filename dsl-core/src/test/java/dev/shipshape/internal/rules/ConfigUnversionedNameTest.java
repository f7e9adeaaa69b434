package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Config;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.WebService;
import dev.shipshape.validation.InvalidAppException;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import dev.shipshape.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests of {@link ConfigUnversionedName}: where it fires, where it does not, and what it says. */
class ConfigUnversionedNameTest {

    private final App app = Shipshape.app("journal");

    private final Config config = app.config("frontend-config").entry("journalEntries", "10");

    private final WebService frontend = app.webService("frontend", "my-repo/journal-server:v1").port("http", 8080);

    private List<Violation> violations() {
        return app.validate().stream().filter(v -> v.rule().equals("config.unversioned-name")).toList();
    }

    @Test
    void a_consumed_config_is_versioned_by_default_or_explicitly() {
        frontend.env("JOURNAL_ENTRIES", config.key("journalEntries"));
        assertThat(violations()).isEmpty();
        config.version("v2");
        assertThat(violations()).isEmpty();
    }

    @Test
    void an_unversioned_config_nobody_consumes_is_fine() {
        config.unversioned();
        assertThat(violations()).isEmpty();
    }

    @Test
    void an_unversioned_consumed_config_is_an_error_naming_consumer_and_fix() {
        config.unversioned();
        frontend.mount(config, "/etc/frontend");
        assertThat(violations()).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.path()).isEqualTo("journal/config:frontend-config");
            assertThat(v.message()).contains("consumed by webService 'frontend'").contains("carries no version");
            assertThat(v.fix()).contains("remove .unversioned()");
        });
        assertThatThrownBy(app::render).isInstanceOf(InvalidAppException.class)
                .hasMessageContaining("[config.unversioned-name]").hasMessageContaining("journal/config:frontend-config")
                .hasMessageContaining("Fix: remove .unversioned()");
    }

    @Test
    void lowering_the_rule_still_warns_and_renders_the_plain_name() {
        config.unversioned();
        frontend.env("JOURNAL_ENTRIES", config.key("journalEntries"));
        app.policy(Policy.defaults().severity("config.unversioned-name", Severity.WARNING));
        assertThat(violations()).singleElement().extracting(Violation::severity).isEqualTo(Severity.WARNING);
        var manifests = app.render();
        assertThat(manifests.warnings()).extracting(Violation::rule).contains("config.unversioned-name");
        assertThat(manifests.toYaml()).contains("name: frontend-config\n").doesNotContain("immutable");
    }
}
