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
}
