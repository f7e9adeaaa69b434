package dev.shipshape.dsl;

import dev.shipshape.model.Probe;

/**
 * A container that keeps running, so the kubelet probes it: the main container of a component and its sidecars.
 * (An init container runs to completion before the others start; its options have no probe methods.)
 *
 * <pre>{@code
 * app.webService("frontend", "my-repo/journal-server:v1.0.1")
 *         .port("http", 8080)
 *         .readinessProbe(Probe.http("/api", "http"))
 *         .startupProbe(Probe.http("/healthz", "http").failureThreshold(30))
 *         .sidecar("proxy", "envoyproxy/envoy:v1.31.0", c -> c.port("admin", 9901).readinessProbe(Probe.tcp("admin")));
 * }</pre>
 *
 * @param <SELF> the concrete builder
 */
public abstract sealed class ProbedContainer<SELF extends ProbedContainer<SELF>> extends ContainerDefinition<SELF>
        permits PodComponent, ContainerOptions {

    ProbedContainer() {
    }

    /**
     * Sets the readiness probe: {@code .readinessProbe(Probe.http("/api", "http"))}.
     *
     * @param probe when the container may receive traffic: {@code Probe.http(…)}, {@code Probe.tcp(…)} or {@code Probe.exec(…)}
     * @return this builder, for chaining
     */
    public SELF readinessProbe(Probe probe) {
        setReadinessProbe(probe);
        return self();
    }

    /**
     * Sets the liveness probe: {@code .livenessProbe(Probe.tcp("redis"))}.
     *
     * @param probe when the container must be restarted
     * @return this builder, for chaining
     */
    public SELF livenessProbe(Probe probe) {
        setLivenessProbe(probe);
        return self();
    }

    /**
     * Sets the startup probe, which holds the other probes back until it succeeds, for a slow start:
     * {@code .startupProbe(Probe.http("/healthz", "http").failureThreshold(30))}.
     *
     * @param probe when the container has started; the other probes wait for it
     * @return this builder, for chaining
     */
    public SELF startupProbe(Probe probe) {
        setStartupProbe(probe);
        return self();
    }
}
