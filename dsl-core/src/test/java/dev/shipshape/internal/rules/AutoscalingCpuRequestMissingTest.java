package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.WebService;
import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.units.Memory;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Severity;
import dev.shipshape.validation.Violation;
import org.junit.jupiter.api.Test;

/** The tests of {@link AutoscalingCpuRequestMissing}: where it fires, where it does not, and what it says. */
class AutoscalingCpuRequestMissingTest {

    private Fixture withHpa(Autoscaling a, Resources r) {
        Fixture f = new Fixture();
        WebService w = f.app.webService("api", "my-repo/api:2.0" + Fixture.DIGEST).port("http", 8080)
                .resources(r).readinessProbe(Probe.http("/healthz", "http")).autoscale(a);
        f.app.ingress("api").host("api.shop.example.com").route("/", w);
        return f;
    }

    @Test
    void cpu_request_missing_is_an_error() {
        Violation v = withHpa(Autoscaling.between(2, 10), Resources.none().memoryRequest(Memory.gibibytes(1))
                .memoryLimit(Memory.gibibytes(1))).violations().stream()
                .filter(x -> x.rule().equals("autoscaling.cpu-request-missing")).findFirst().orElseThrow();
        assertThat(v.severity()).isEqualTo(Severity.ERROR);
        assertThat(v.message()).contains("requests no cpu: the HPA never scales");
    }
}
