package dev.shipshape.internal.rules;

import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import io.fabric8.kubernetes.api.model.Lifecycle;
import io.fabric8.kubernetes.api.model.LifecycleHandler;
import java.util.List;
import java.util.OptionalLong;

/**
 * {@code lifecycle.prestop-exceeds-grace}: a preStop pause ({@code sleep} action, or an exec of {@code sleep N}) as
 * long as the pod's termination grace period (30 s unless set) or longer: the grace period counts from the start of
 * preStop, so the container is killed before it ever gets SIGTERM and a chance to shut down cleanly. The API server
 * refuses a sleep action longer than the grace period; one just as long it accepts.
 */
final class LifecyclePreStopExceedsGrace extends BaseRule {

    /** Kubernetes' default termination grace period, in seconds. */
    static final long DEFAULT_GRACE = 30;

    LifecyclePreStopExceedsGrace() {
        super(RuleDeclaration.error("lifecycle.prestop-exceeds-grace",
                "a preStop pause (a `sleep` action, or an exec of `sleep N`) as long as the pod's grace "
                + "period or longer: the grace period counts from the start of preStop, so the container is "
                + "killed before it can shut down (the API server refuses a sleep longer than the grace "
                + "period)",
                "shorten the pause or raise `.terminationGracePeriod(…)`"));
    }

    @Override
    public void register(Registry registry) {
        registry.container(this::check);
    }

    private void check(ContainerNode c, CheckContext ctx, Findings findings) {
        Lifecycle lifecycle = c.container().getLifecycle();
        if (lifecycle == null || lifecycle.getPreStop() == null) {
            return;
        }
        OptionalLong pause = pauseSeconds(lifecycle.getPreStop());
        Long set = c.pod().spec().getTerminationGracePeriodSeconds();
        long grace = set == null ? DEFAULT_GRACE : set;
        if (pause.isPresent() && pause.getAsLong() >= grace) {
            findings.report(c.place().child("lifecycle/preStop"),
                    c.describe() + " pauses " + pause.getAsLong() + " s before stopping, but the pod's grace period is " + grace
                            + " s" + (set == null ? " (Kubernetes' default)" : "") + " and counts from the start of preStop: the"
                            + " container is killed before it can shut down.",
                    c.pod().item().isRendered()
                            ? "shorten .preStop(…) or raise .terminationGracePeriod(…) to the pause plus the time the application needs to stop."
                            : "shorten the preStop pause or raise terminationGracePeriodSeconds above it.");
        }
    }

    /** The seconds a preStop handler pauses, if it is a sleep. */
    static OptionalLong pauseSeconds(LifecycleHandler h) {
        if (h.getSleep() != null && h.getSleep().getSeconds() != null) {
            return OptionalLong.of(h.getSleep().getSeconds());
        }
        if (h.getExec() != null && h.getExec().getCommand() != null) {
            List<String> cmd = h.getExec().getCommand();
            String last = cmd.isEmpty() ? "" : cmd.get(cmd.size() - 1).trim();
            String[] words = last.split("\\s+");
            boolean sleep = cmd.size() == 2 && cmd.get(0).endsWith("sleep") || words.length == 2 && words[0].endsWith("sleep");
            String n = cmd.size() == 2 && cmd.get(0).endsWith("sleep") ? cmd.get(1) : words.length == 2 ? words[1] : "";
            if (sleep && n.matches("[0-9]{1,9}")) {
                return OptionalLong.of(Long.parseLong(n));
            }
        }
        return OptionalLong.empty();
    }
}
