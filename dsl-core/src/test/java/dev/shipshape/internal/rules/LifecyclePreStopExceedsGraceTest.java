package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LifecycleHandler;
import io.fabric8.kubernetes.api.model.LifecycleHandlerBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests of {@link LifecyclePreStopExceedsGrace}: where it fires, where it does not, and what it says. */
class LifecyclePreStopExceedsGraceTest {

    @Test
    void a_prestop_pause_as_long_as_the_grace_period() {
        Fixture f = new Fixture();
        f.web.preStop(java.time.Duration.ofSeconds(30));
        Violation v = f.only("lifecycle.prestop-exceeds-grace");
        assertThat(v.path()).isEqualTo("shop/webService:web/container:web/lifecycle/preStop");
        assertThat(v.message()).contains("pauses 30 s before stopping, but the pod's grace period is 30 s (Kubernetes' default)");
        f.web.terminationGracePeriod(java.time.Duration.ofSeconds(45));
        assertThat(f.violations()).isEmpty();
    }

    private static List<Violation> check(LifecycleHandler preStop, Long grace) {
        Fixture f = new Fixture();
        var pod = new PodTemplateSpecBuilder().withNewMetadata().addToLabels("app", "legacy").endMetadata().withNewSpec()
                .withTerminationGracePeriodSeconds(grace).addNewContainer().withName("app").withImage("my-repo/a:1" + Fixture.DIGEST)
                .withNewLifecycle().withPreStop(preStop).endLifecycle().endContainer().endSpec().build();
        HasMetadata d = new DeploymentBuilder().withNewMetadata().withName("legacy").endMetadata().withNewSpec().withReplicas(2)
                .withNewSelector().addToMatchLabels("app", "legacy").endSelector().withTemplate(pod).endSpec().build();
        f.app.include(d);
        return f.violations().stream().filter(v -> v.rule().equals("lifecycle.prestop-exceeds-grace")).toList();
    }

    private static LifecycleHandler sleep(long seconds) {
        return new LifecycleHandlerBuilder().withNewSleep().withSeconds(seconds).endSleep().build();
    }

    @Test
    void a_pause_shorter_than_the_grace_period_passes_and_one_as_long_does_not() {
        assertThat(check(sleep(29), null)).isEmpty();
        assertThat(check(sleep(30), null)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("shop/Deployment:legacy/container:app/lifecycle/preStop");
            assertThat(v.message()).isEqualTo("container app pauses 30 s before stopping, but the pod's grace period is 30 s"
                    + " (Kubernetes' default) and counts from the start of preStop: the container is killed before it can"
                    + " shut down.");
            assertThat(v.fix()).isEqualTo("shorten the preStop pause or raise terminationGracePeriodSeconds above it.");
        });
        assertThat(check(sleep(9), 10L)).isEmpty();
        assertThat(check(sleep(11), 10L)).singleElement().extracting(Violation::message).asString()
                .startsWith("container app pauses 11 s before stopping, but the pod's grace period is 10 s and counts");
    }

    private static LifecycleHandler exec(String... command) {
        return new LifecycleHandlerBuilder().withNewExec().withCommand(command).endExec().build();
    }

    @Test
    void a_sleep_is_read_from_exec_commands_written_either_way() {
        assertThat(check(exec("sleep", "40"), null)).hasSize(1);
        assertThat(check(exec("/bin/sleep", "40"), null)).hasSize(1);
        assertThat(check(exec("/bin/sh", "-c", "sleep 40"), null)).hasSize(1);
        assertThat(check(exec("sh", "-c", "  sleep   40  "), null)).hasSize(1);
        assertThat(check(exec("sleep", "20"), null)).isEmpty();
        // not a plain sleep: nothing is assumed
        for (LifecycleHandler h : List.of(exec("sleep", "40s"), exec("sleep", "1e3"), exec("sleep"), exec(),
                exec("sh", "-c", "sleep 40; echo done"), exec("nginx", "-s", "quit"), exec("wait", "40"),
                exec("sleep", "40", "extra"), exec("sh", "-c", "usleep 40 more"))) {
            assertThat(check(h, null)).as(String.join(" ", h.getExec().getCommand())).isEmpty();
        }
    }

    @Test
    void the_dsl_pause_and_grace_period_are_checked_with_the_dsl_fix() {
        Fixture f = new Fixture();
        f.web.preStop(Duration.ofSeconds(10)).terminationGracePeriod(Duration.ofSeconds(11));
        assertThat(f.violations()).isEmpty();
        f.web.terminationGracePeriod(Duration.ofSeconds(10));
        assertThat(f.only("lifecycle.prestop-exceeds-grace").fix()).isEqualTo("shorten .preStop(…) or raise"
                + " .terminationGracePeriod(…) to the pause plus the time the application needs to stop.");
    }
}
