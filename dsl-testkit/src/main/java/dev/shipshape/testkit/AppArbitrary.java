package dev.shipshape.testkit;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Ingress;
import net.jqwik.api.Arbitrary;

/**
 * Generates whole applications that break no rule of the catalog (no error and no warning), by construction:
 * web services (each with a versioned config it reads and mounts, a literal env value — any string, one in ten awkward
 * for YAML: empty, null-like, or holding a character kubectl's YAML reads as a line break —, a secret key, the host
 * of a store when there is one, a readiness probe, resources within limits, an HPA with a reachable target or at
 * least 2 replicas, and sometimes a sidecar, an init container, labels, annotations, a node selector, a toleration
 * and a preStop pause within its grace period, a gRPC port with a gRPC liveness probe, a load balancer (open or limited
 * to source ranges), a node port, or callers from another namespace), stateful stores (with volumes of the default or a
 * named storage class, or ephemeral), static sites, workers, jobs, cron jobs (valid schedules, sometimes a time zone),
 * up to six typed calls between them (a web service or worker calling a web service over http or gRPC, a static
 * site, a store's primary or read endpoint, or a Service of another namespace; written in an env var, qualified, in
 * a {@code Template}, in the arguments, in a config entry the caller mounts or reads, in a sidecar or in an init
 * container), and one Ingress routing to every web service and site in a valid order. Images are pinned; no literal
 * names one of the app's Services. Defaults: 1-4 web services, 0-2 stores, 0-2 static
 * sites, 0-2 workers, 0-1 job, 0-1 cron job.
 *
 * <pre>{@code
 * @Provide Arbitrary<App> bigApps() {
 *     return ShipshapeArbitraries.apps().webServices(5, 20).stores(0, 3);
 * }
 * }</pre>
 *
 * <p>Every generated value is a fresh {@link App}: the property may add to it freely.
 */
public interface AppArbitrary extends Arbitrary<App> {

    /**
     * Between {@code min} and {@code max} workers.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the app arbitrary
     */
    AppArbitrary workers(int min, int max);

    /**
     * Between {@code min} and {@code max} jobs.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the app arbitrary
     */
    AppArbitrary jobs(int min, int max);

    /**
     * Between {@code min} and {@code max} cron jobs.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the app arbitrary
     */
    AppArbitrary cronJobs(int min, int max);

    /**
     * Between {@code min} and {@code max} web services.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the app arbitrary
     */
    AppArbitrary webServices(int min, int max);

    /**
     * Between {@code min} and {@code max} stateful stores.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the app arbitrary
     */
    AppArbitrary stores(int min, int max);

    /**
     * Between {@code min} and {@code max} static sites.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the app arbitrary
     */
    AppArbitrary staticSites(int min, int max);
}
