package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import dev.shipshape.units.Storage;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Severity;
import dev.shipshape.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests of {@link RequestsExceedLimits}: where it fires, where it does not, and what it says. */
class RequestsExceedLimitsTest {

    @Test
    void sidecars_and_init_containers_are_checked_like_the_main_container() {
        Fixture f = new Fixture();
        f.web.sidecar("proxy", "envoyproxy/envoy:v1.31.0" + Fixture.DIGEST, c -> c.resources(
                Resources.of(Cpu.millis(200), Memory.mebibytes(64)).limits(Cpu.millis(100), Memory.mebibytes(64))));
        Violation v = f.only("resources.requests-exceed-limits");
        assertThat(v.path()).isEqualTo("shop/webService:web/initContainer:proxy/resources/cpu");
        Fixture latest = new Fixture();
        latest.web.initContainer("wait", "busybox:latest", c -> c.resources(Fixture.resources()));
        assertThat(latest.violations()).extracting(Violation::rule).contains("image.mutable-tag");
        assertThat(latest.violations()).filteredOn(x -> x.rule().equals("image.mutable-tag")).singleElement()
                .extracting(Violation::path).isEqualTo("shop/webService:web/initContainer:wait/image");
    }

    private static List<Violation> violations(Resources r) {
        App app = Shipshape.app("journal");
        app.webService("frontend", "my-repo/journal-server:v1").port("http", 8080).resources(r);
        return app.validate().stream().filter(v -> v.rule().equals("resources.requests-exceed-limits")).toList();
    }

    @Test
    void accepts_requests_equal_to_or_below_limits_compared_exactly() {
        assertThat(violations(Resources.of(Cpu.parse("500m"), Memory.parse("1Gi")).limits(Cpu.parse("0.5"), Memory.parse("1024Mi")))).isEmpty();
        assertThat(violations(Resources.of(Cpu.millis(250), Memory.mebibytes(256)).limits(Cpu.cores(1), Memory.gibibytes(1)))).isEmpty();
        assertThat(violations(Resources.of(Cpu.millis(250), Memory.mebibytes(256)))).isEmpty();
    }

    @Test
    void rejects_cpu_request_above_limit_with_path_values_and_fix() {
        List<Violation> v = violations(Resources.of(Cpu.cores(2), Memory.gibibytes(1)).limits(Cpu.cores(1), Memory.gibibytes(1)));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.path()).isEqualTo("journal/webService:frontend/container:frontend/resources/cpu");
            assertThat(x.message()).isEqualTo("request 2 exceeds limit 1.");
            assertThat(x.fix()).isEqualTo("lower the request or raise the limit.");
            assertThat(x.toString()).isEqualTo("[resources.requests-exceed-limits] journal/webService:frontend/container:frontend/"
                    + "resources/cpu: request 2 exceeds limit 1. Fix: lower the request or raise the limit.");
        });
    }

    @Test
    void one_gibibyte_exceeds_one_gigabyte_and_every_resource_is_reported() {
        Resources r = Resources.of(Cpu.millis(501), Memory.parse("1Gi")).limits(Cpu.parse("0.5"), Memory.parse("1G"))
                .ephemeralStorage(Storage.gibibytes(2), Storage.gibibytes(1));
        assertThat(violations(r)).extracting(Violation::path).containsExactly(
                "journal/webService:frontend/container:frontend/resources/cpu",
                "journal/webService:frontend/container:frontend/resources/ephemeral-storage",
                "journal/webService:frontend/container:frontend/resources/memory");
        assertThat(violations(r)).extracting(Violation::message).contains("request 501m exceeds limit 500m.",
                "request 1Gi exceeds limit 1G.");
    }
}
