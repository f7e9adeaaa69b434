package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.PodNode;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code probe.readiness-missing}: a container that serves ingress traffic (an Ingress route → its Service → the
 * selected pods → the container with the Service's target port) without a readiness probe, so new pods get requests
 * before they can answer them.
 */
final class ProbeReadinessMissing extends BaseRule {

    ProbeReadinessMissing() {
        super(RuleDeclaration.warning("probe.readiness-missing",
                "a workload an Ingress routes to without a readiness probe",
                "`.readinessProbe(Probe.http(…))`"));
    }

    @Override
    public void register(Registry registry) {
        registry.graph(this::check);
    }

    private void check(CheckContext ctx, Findings findings) {
        Set<String> reported = new HashSet<>();
        for (Item ingress : ctx.index().ofKind("Ingress")) {
            for (List<IngressRoutes> routes : IngressRoutes.byHost(ingress).values()) {
                for (IngressRoutes r : routes) {
                    if (r.serviceName().isEmpty() || r.raw().getBackend().getService().getPort() == null) {
                        continue;
                    }
                    ctx.index().find("Service", ingress.namespace(), r.serviceName().get()).ifPresent(service ->
                            Services.port(service, r.raw().getBackend().getService().getPort()).ifPresent(port -> {
                                for (PodNode pod : Services.pods(service, ctx)) {
                                    for (ContainerNode c : Services.serving(pod, port)) {
                                        if (c.container().getReadinessProbe() == null && reported.add(c.place().path())) {
                                            report(c, port, findings);
                                        }
                                    }
                                }
                            }));
                }
            }
        }
    }

    private static void report(ContainerNode c, ServicePort port, Findings findings) {
        String portName = Services.servedPort(c, port).map(p -> p.getName() == null || p.getName().isEmpty()
                ? String.valueOf(p.getContainerPort()) : p.getName()).orElseThrow(); // serving(…) chose c for this port
        findings.report(c.place().child("readinessProbe"),
                c.name() + " receives ingress traffic but has no readiness probe, so new pods get requests before"
                        + " they can answer them.",
                c.pod().item().isRendered() ? "add .readinessProbe(Probe.http(\"/healthz\", \"" + portName + "\"))."
                        : "add a readinessProbe to container " + c.name() + " (e.g. httpGet on port " + portName + ").");
    }
}
