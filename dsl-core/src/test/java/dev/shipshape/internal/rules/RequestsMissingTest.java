package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.model.Resources;
import dev.shipshape.units.Memory;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Severity;
import dev.shipshape.validation.Violation;
import org.junit.jupiter.api.Test;

/** The tests of {@link RequestsMissing}: where it fires, where it does not, and what it says. */
class RequestsMissingTest {

    @Test
    void requests_missing_warns_naming_what_is_missing() {
        Fixture f = new Fixture();
        f.web.resources(Resources.none().memoryRequest(Memory.mebibytes(256)).memoryLimit(Memory.mebibytes(256)));
        Violation v = f.only("resources.requests-missing");
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.path()).isEqualTo("shop/webService:web/container:web/resources");
        assertThat(v.message()).startsWith("no cpu request;");
        assertThat(v.fix()).contains("Resources.of(");
    }

    @Test
    void jobs_without_resources_are_reported_like_any_container() {
        Fixture f = new Fixture();
        f.app.job("migrate", "my-repo/migrate:1" + Fixture.DIGEST);
        assertThat(f.violations()).extracting(Violation::rule, Violation::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("resources.requests-missing", "shop/job:migrate/container:migrate/resources"),
                org.assertj.core.groups.Tuple.tuple("resources.memory-limit-missing", "shop/job:migrate/container:migrate/resources/memory"));
    }
}
