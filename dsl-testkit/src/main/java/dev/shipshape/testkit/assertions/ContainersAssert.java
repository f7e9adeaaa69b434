package dev.shipshape.testkit.assertions;

import io.fabric8.kubernetes.api.model.Container;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions that must hold for every container, from {@link ManifestsAssert#everyContainer()}; a failure
 * names each container that breaks it.
 *
 * <pre>{@code
 * assertThat(manifests).everyContainer().hasRequests().hasLimits().hasReadinessProbe();
 * }</pre>
 */
public final class ContainersAssert extends AbstractAssert<ContainersAssert, List<ContainersAssert.Located>> {

    /**
     * A container and the workload it belongs to.
     *
     * @param workload          {@code Deployment/frontend}
     * @param container         the container
     * @param runsToCompletion  an init container, or a container of a Job or CronJob
     */
    public record Located(String workload, Container container, boolean runsToCompletion) {
    }

    ContainersAssert(List<Located> actual) {
        super(actual, ContainersAssert.class);
    }

    /** {@return every container has cpu and memory limits} */
    public ContainersAssert hasLimits() {
        return every("cpu and memory limits", c -> c.getResources() != null && c.getResources().getLimits() != null
                && c.getResources().getLimits().containsKey("cpu") && c.getResources().getLimits().containsKey("memory"));
    }

    /** {@return every container has cpu and memory requests} */
    public ContainersAssert hasRequests() {
        return every("cpu and memory requests", c -> c.getResources() != null && c.getResources().getRequests() != null
                && c.getResources().getRequests().containsKey("cpu") && c.getResources().getRequests().containsKey("memory"));
    }

    /**
     * Every container that keeps running has a readiness probe; init containers and the containers of Jobs and
     * CronJobs, which run to completion, are exempt.
     *
     * @return this assert
     */
    public ContainersAssert hasReadinessProbe() {
        List<String> failing = actual.stream().filter(l -> !l.runsToCompletion() && l.container().getReadinessProbe() == null)
                .map(l -> l.workload() + " container " + l.container().getName()).toList();
        if (!failing.isEmpty()) {
            failWithMessage("Expecting every container to have %s but these have not:%n  %s", "a readiness probe",
                    String.join("\n  ", failing));
        }
        return myself;
    }

    /** {@return every container's image carries a digest} */
    public ContainersAssert hasPinnedImage() {
        return every("an image pinned by @sha256 digest", c -> c.getImage().contains("@sha256:"));
    }

    private ContainersAssert every(String what, Predicate<Container> ok) {
        List<String> failing = actual.stream().filter(l -> !ok.test(l.container()))
                .map(l -> l.workload() + " container " + l.container().getName()).toList();
        if (!failing.isEmpty()) {
            failWithMessage("Expecting every container to have %s but these have not:%n  %s", what,
                    failing.stream().collect(Collectors.joining("\n  ")));
        }
        return myself;
    }
}
