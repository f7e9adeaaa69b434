package dev.shipshape.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationsTest {

    @Test
    void violations_come_sorted_by_path_then_rule() {
        Fixture f = new Fixture();
        f.web.replicas(1).env("API_TOKEN", "literal");
        f.app.webService("worker", "my-repo/worker:latest").port("http", 8080);
        List<Violation> v = f.violations();
        assertThat(v).isSortedAccordingTo(Violation.ORDER);
        assertThat(v).extracting(x -> x.path() + " " + x.rule()).containsExactly(
                "shop/webService:web/container:web/env:API_TOKEN secret.literal-value",
                "shop/webService:web/replicas workload.single-replica",
                "shop/webService:worker/container:worker/image image.mutable-tag",
                "shop/webService:worker/container:worker/image image.not-pinned",
                "shop/webService:worker/container:worker/resources resources.requests-missing",
                "shop/webService:worker/container:worker/resources/memory resources.memory-limit-missing");
        // no workload.single-replica for the worker: a web service runs 2 replicas unless told otherwise
    }

    @Test
    void text_form_groups_by_component_with_the_fix_under_each_line() {
        Fixture f = new Fixture();
        f.web.replicas(1);
        f.app.statefulStore("cache", "redis:7" + Fixture.DIGEST).port("redis", 6379).resources(Fixture.resources());
        assertThat(Violations.format(f.violations())).isEqualTo(
                "shop/statefulStore:cache\n"
                        + "  ERROR   [store.volume-missing] stateful store cache has no persistent volume; its data is lost"
                        + " whenever a pod moves.\n"
                        + "          Fix: add .volume(\"data\", \"/data\", Storage.gibibytes(10)), or call .ephemeral() if"
                        + " it keeps no data.\n"
                        + "shop/webService:web\n"
                        + "  WARNING [workload.single-replica] replicas: web service web runs a single replica and has no"
                        + " HPA: every rollout, drain or crash is an outage.\n"
                        + "          Fix: set .replicas(2) or more, or .autoscale(Autoscaling.between(2, …)).\n");
    }

    private static Violation v(String path, Severity severity, String rule) {
        return new Violation(rule, severity, path, "m " + rule + ".", "f " + rule + ".");
    }

    @Test
    void format_sorts_first_groups_files_by_line_and_prints_a_component_without_rest() {
        List<Violation> unsorted = List.of(
                v("k8s/app.yaml#L12/Deployment:web/container:web", Severity.ERROR, "b.rule"),
                v("shop", Severity.WARNING, "a.rule"),
                v("k8s/app.yaml#L3/Service:web", Severity.WARNING, "c.rule"),
                v("shop/webService:web", Severity.ERROR, "d.rule"),
                v("k8s/app.yaml#L12/Deployment:web", Severity.ERROR, "e.rule"));
        assertThat(Violations.format(unsorted)).isEqualTo("""
                k8s/app.yaml#L12
                  ERROR   [e.rule] Deployment:web: m e.rule.
                          Fix: f e.rule.
                  ERROR   [b.rule] Deployment:web/container:web: m b.rule.
                          Fix: f b.rule.
                k8s/app.yaml#L3
                  WARNING [c.rule] Service:web: m c.rule.
                          Fix: f c.rule.
                shop
                  WARNING [a.rule] m a.rule.
                          Fix: f a.rule.
                shop/webService:web
                  ERROR   [d.rule] m d.rule.
                          Fix: f d.rule.
                """);
        assertThat(Violations.format(List.of())).isEmpty();
        // a file path with several directories is one component with its line
        assertThat(Violations.format(List.of(v("/srv/k8s/base/app.yaml#L4/Service:web", Severity.ERROR, "a.rule"))))
                .startsWith("/srv/k8s/base/app.yaml#L4\n  ERROR   [a.rule] Service:web: m a.rule.\n");
    }

    @Test
    void the_exception_counts_errors_and_the_rest() {
        List<Violation> one = List.of(v("shop/webService:web", Severity.ERROR, "a.rule"));
        assertThat(new InvalidAppException("shop", one)).hasMessageStartingWith(
                "application 'shop' has 1 error and 0 other violation(s):\nshop/webService:web\n");
        List<Violation> three = List.of(v("shop/webService:web", Severity.ERROR, "a.rule"),
                v("shop/webService:web", Severity.ERROR, "b.rule"), v("shop/webService:web", Severity.WARNING, "c.rule"));
        InvalidAppException e = new InvalidAppException("shop", three);
        assertThat(e).hasMessageStartingWith("application 'shop' has 2 errors and 1 other violation(s):\n");
        assertThat(e.violations()).containsExactlyElementsOf(three);
    }
}
