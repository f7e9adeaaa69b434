package dev.shipshape.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.validation.Severity;
import dev.shipshape.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report of violations found elsewhere: sorted, counted, summarized without files. */
class ReportOfTest {

    private static Violation v(String path, Severity s) {
        return new Violation("image.not-pinned", s, path, "no digest.", "pin it.");
    }

    @Test
    void violations_come_sorted_and_counted() {
        Report r = Report.of(List.of(v("shop/worker:b", Severity.WARNING), v("shop/worker:a", Severity.INFO)));
        assertThat(r.violations()).extracting(Violation::path).containsExactly("shop/worker:a", "shop/worker:b");
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.count(Severity.WARNING)).isEqualTo(1);
        assertThat(r.files()).isEmpty();
        assertThat(r.summary()).isEqualTo("0 error(s), 1 warning(s), 1 info");
        assertThat(r).hasToString(r.summary());
        assertThat(Report.of(List.of(v("shop/worker:c", Severity.ERROR))).hasErrors()).isTrue();
    }

    @Test
    void a_format_needs_a_name() {
        assertThatThrownBy(() -> ReportFormat.of(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown report format 'null'");
        assertThat(ReportFormat.of("JUNIT")).isEqualTo(ReportFormat.JUNIT);
    }
}
