package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.objects.Place;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.PodNode;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import dev.shipshape.model.Address;
import dev.shipshape.model.AppSpec;
import dev.shipshape.model.BackendSpec;
import dev.shipshape.model.ContainerSpec;
import dev.shipshape.model.EnvSource;
import dev.shipshape.model.EnvVarSpec;
import dev.shipshape.model.NamespaceIngress;
import dev.shipshape.model.PortSpec;
import dev.shipshape.model.WorkloadSpec;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.ServiceBackendPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code reference.unresolved}: a reference between objects that must resolve inside the manifests and does not: a
 * probe on a port name the container does not expose; an Ingress route, or an HTTPRoute or GRPCRoute backend, to a
 * Service that is missing, has no such
 * port or names none; a Service whose selector selects no pod, or whose target port no selected container exposes;
 * an HPA whose target is missing; a StatefulSet whose serviceName is not a headless Service; a PodDisruptionBudget
 * that selects no pod; a volume mount naming a volume the pod does not have (nor, for a StatefulSet, a claim template);
 * the read host of a store rendered without its read Service.
 */
final class ReferenceUnresolved extends BaseRule {

    ReferenceUnresolved() {
        super(RuleDeclaration.error("reference.unresolved",
                "a probe on a port name the workload does not expose; an endpoint, node port or "
                + "`allowFromNamespace` naming a port the component does not have, or a store's read Service it "
                + "renders without; a route to a workload without ports, to a port it does not have, or to one "
                + "with several ports and none named `http`; an HTTPRoute or GRPCRoute backend Service that is "
                + "missing, or without the port named; a Service selecting no pod or targeting a port no "
                + "selected container has; an HPA target, StatefulSet `serviceName` or volume mount that does "
                + "not resolve (in files read by `check`, a target not among them, or a Service or budget "
                + "selecting no pod among them, is `reference.outside-manifests`)",
                "probe or call an existing port; name the port: `.route(\"/\", api, \"grpc\")`; add `.port(…)`"));
    }

    @Override
    public void register(Registry registry) {
        registry.container(this::probes);
        registry.pod(this::mounts);
        registry.model(this::readHosts);
        registry.model(this::endpoints);
        registry.model(this::portNames);
        registry.graph(this::objects);
    }

    /** A reference to the read host of a store rendered without its read Service. */
    private void readHosts(AppSpec app, CheckContext ctx, Findings findings) {
        for (WorkloadSpec w : app.workloads()) {
            for (ContainerSpec c : w.containers()) {
                for (EnvVarSpec e : c.env()) {
                    if (e.source() instanceof EnvSource.HostRef h && h.kind() == EnvSource.HostKind.READ
                            && app.workload(h.store()).filter(store -> !store.readService()).isPresent()) {
                        findings.report(Place.of(w.id()).child((c.role() == ContainerSpec.Role.MAIN ? "container:" : "initContainer:")
                                        + c.name()).child("env:" + e.name()),
                                "reads the read host of " + h.store().kind().pathSegment() + " '" + h.store().name()
                                        + "', which is rendered without its read Service (.withoutReadService()), so the name"
                                        + " does not resolve.",
                                "use " + h.store().name() + ".primaryHost(), or drop .withoutReadService().");
                    }
                }
            }
        }
    }

    /** An endpoint on a port its target does not have, or through a read Service its store renders without. */
    private void endpoints(AppSpec app, CheckContext ctx, Findings findings) {
        for (Uses.At at : Uses.of(app)) {
            if (!(at.use().address() instanceof Address.ServiceEndpoint e) || !app.owns(e.target())) {
                continue;
            }
            app.workload(e.target()).ifPresent(target -> {
                String name = target.kind().pathSegment() + " '" + target.name() + "'";
                if (e.servicePort().isEmpty()) {
                    findings.report(at.place(), "calls port '" + e.port() + "' of " + name + ", which it does not have (it has "
                                    + portNames(target) + "); the address does not resolve.",
                            target.ports().isEmpty() ? "add .port(\"" + e.port() + "\", …) to " + target.name() + "."
                                    : "call one of its ports: " + target.name() + "." + method(e) + "(\""
                                    + target.ports().get(0).name() + "\").");
                } else if (e.via() == Address.Via.READ && !target.readService()) {
                    findings.report(at.place(), "calls the read Service of " + name + ", which is rendered without it"
                                    + " (.withoutReadService()), so the name does not resolve.",
                            "use " + target.name() + ".primaryEndpoint(\"" + e.port() + "\"), or drop .withoutReadService().");
                }
            });
        }
    }

    private static String method(Address.ServiceEndpoint e) {
        return switch (e.via()) {
            case SERVICE -> "endpoint";
            case PRIMARY -> "primaryEndpoint";
            case READ -> "readEndpoint";
        };
    }

    private static String portNames(WorkloadSpec w) {
        return w.ports().isEmpty() ? "no ports" : w.ports().stream().map(PortSpec::name).collect(Collectors.joining(", "));
    }

    /** A gRPC probe, a node port or an {@code allowFromNamespace} naming a port the component does not have. */
    private void portNames(AppSpec app, CheckContext ctx, Findings findings) {
        for (WorkloadSpec w : app.workloads()) {
            for (ContainerSpec c : w.containers()) {
                grpcProbe(w, c, "readinessProbe", c.readinessProbe(), findings);
                grpcProbe(w, c, "livenessProbe", c.livenessProbe(), findings);
                grpcProbe(w, c, "startupProbe", c.startupProbe(), findings);
            }
            for (NamespaceIngress in : w.pod().ingressFrom()) {
                for (String port : in.ports()) {
                    if (w.port(port).isEmpty()) {
                        findings.report(Place.of(w.id()).child("allowFromNamespace:" + in.namespace()), "lets namespace "
                                        + in.namespace() + " call port '" + port + "', which " + w.name() + " does not have (it has "
                                        + portNames(w) + ").",
                                "name one of its ports, or none for every port.");
                    }
                }
            }
            w.pod().exposure().ifPresent(e -> e.nodePorts().keySet().stream().filter(p -> w.port(p).isEmpty())
                    .forEach(p -> findings.report(Place.of(w.id()).child("nodePort:" + p), "serves port '" + p + "' on a"
                                    + " node port, but " + w.name() + " has no port of that name (it has " + portNames(w) + ").",
                            "name one of its ports in .nodePort(…).")));
        }
    }

    /** A gRPC probe on a port name the container lacks: {@code grpc.port} is a number, so the name must resolve. */
    private static void grpcProbe(WorkloadSpec w, ContainerSpec c, String which, Optional<dev.shipshape.model.Probe> probe,
                                  Findings findings) {
        if (probe.isEmpty() || !(probe.get().action() instanceof dev.shipshape.model.Probe.Grpc g) || c.exposes(g.port())) {
            return;
        }
        findings.report(Uses.container(w, c).child(which), "probes gRPC on port '" + g.port() + "', which " + c.name()
                        + " does not expose (it has " + (c.ports().isEmpty() ? "no ports"
                        : c.ports().stream().map(PortSpec::name).collect(Collectors.joining(", "))) + "); grpc.port needs its number.",
                "probe one of its ports, or add .port(\"" + g.port() + "\", …).");
    }

    private void mounts(PodNode pod, CheckContext ctx, Findings findings) {
        Set<String> volumes = new HashSet<>();
        pod.volumes().forEach(v -> volumes.add(v.getName()));
        if (pod.item().object() instanceof StatefulSet set && set.getSpec() != null && set.getSpec().getVolumeClaimTemplates() != null) {
            set.getSpec().getVolumeClaimTemplates().forEach(c -> volumes.add(c.getMetadata() == null ? null : c.getMetadata().getName()));
        }
        for (ContainerNode c : pod.containers()) {
            for (VolumeMount m : c.container().getVolumeMounts() == null ? List.<VolumeMount>of() : c.container().getVolumeMounts()) {
                if (m != null && !volumes.contains(m.getName())) {
                    findings.report(c.place().child("mount:" + m.getMountPath()), c.describe() + " mounts volume '"
                                    + m.getName() + "', which " + pod.item().ref() + " does not have; the API server refuses it.",
                            "add the volume to the pod, or mount one it has.");
                }
            }
        }
    }

    private void probes(ContainerNode c, CheckContext ctx, Findings findings) {
        Map<String, Probe> probes = new LinkedHashMap<>();
        probes.put("readinessProbe", c.container().getReadinessProbe());
        probes.put("livenessProbe", c.container().getLivenessProbe());
        probes.put("startupProbe", c.container().getStartupProbe());
        probes.forEach((which, probe) -> {
            if (probe == null) {
                return;
            }
            IntOrString port = probe.getHttpGet() != null ? probe.getHttpGet().getPort()
                    : probe.getTcpSocket() != null ? probe.getTcpSocket().getPort() : null;
            if (port != null && port.getStrVal() != null && !c.exposes(port.getStrVal())) {
                String has = c.ports().isEmpty() ? "no ports"
                        : c.ports().stream().map(p -> p.getName() != null ? p.getName() : String.valueOf(p.getContainerPort()))
                        .collect(Collectors.joining(", "));
                findings.report(c.place().child(which),
                        "probes port '" + port.getStrVal() + "', which " + c.name() + " does not expose (it has " + has
                                + "); the probe would always fail.",
                        c.pod().item().isRendered() ? "probe one of its ports, or add .port(\"" + port.getStrVal() + "\", …)."
                                : "probe one of its ports, or name a containerPort '" + port.getStrVal() + "'.");
            }
        });
    }

    private void objects(CheckContext ctx, Findings findings) {
        for (Item ingress : ctx.index().ofKind("Ingress")) {
            for (List<IngressRoutes> routes : IngressRoutes.byHost(ingress).values()) {
                for (IngressRoutes r : routes) {
                    route(r, ctx, findings);
                }
            }
        }
        for (RouteBackends b : RouteBackends.all(ctx)) {
            routeBackend(b, ctx, findings);
        }
        for (Item service : ctx.index().ofKind("Service")) {
            service(service, ctx, findings);
        }
        for (Item hpa : ctx.index().ofKind("HorizontalPodAutoscaler")) {
            Autoscalers.of(hpa).filter(a -> a.target(ctx).isEmpty())
                    // in files read by check, a target elsewhere is reference.outside-manifests
                    .filter(a -> a.spec().getScaleTargetRef() == null || !hpa.isReadByCheck())
                    .ifPresent(a -> findings.report(a.place(),
                    a.spec().getScaleTargetRef() == null ? "the HPA has no scaleTargetRef, so it scales nothing; the API"
                            + " server refuses it." : "scales " + a.targetRef() + ", which is not among the manifests.",
                    "point scaleTargetRef at a Deployment or StatefulSet of the manifests."));
        }
        for (Item s : ctx.index().ofKind("StatefulSet")) {
            if (s.object() instanceof StatefulSet set && set.getSpec() != null && set.getSpec().getServiceName() != null
                    && !set.getSpec().getServiceName().isEmpty()) {
                String name = set.getSpec().getServiceName();
                var service = ctx.index().find("Service", s.namespace(), name);
                if (service.isEmpty() && s.isReadByCheck()) {
                    continue; // reference.outside-manifests
                }
                if (service.isEmpty() || !Services.headless(service.get())) {
                    findings.report(s.place().child("serviceName"),
                            "serviceName '" + name + "' " + (service.isEmpty() ? "is not among the manifests"
                                    : "is not a headless Service (clusterIP: None)")
                                    + ", so the pods get no stable DNS names ('" + s.name() + "-0." + name + "' does not resolve).",
                            "point serviceName at a headless Service that selects the StatefulSet's pods.");
                }
            }
        }
        for (Item pdb : ctx.index().ofKind("PodDisruptionBudget")) {
            if (pdb.object() instanceof PodDisruptionBudget p && p.getSpec() != null && p.getSpec().getSelector() != null
                    && ctx.index().selected(pdb.namespace(), p.getSpec().getSelector()).isEmpty() && !pdb.isReadByCheck()) {
                findings.report(pdb.place().child("disruptionBudget"), "PodDisruptionBudget " + pdb.name() + " selects no pod, so it protects nothing.",
                        "make its selector match the labels of the pods it is meant to protect.");
            }
        }
    }

    private static void route(IngressRoutes r, CheckContext ctx, Findings findings) {
        if (r.serviceName().isEmpty()) {
            return;
        }
        String name = r.serviceName().get();
        var service = ctx.index().find("Service", r.ingress().namespace(), name);
        if (service.isEmpty()) {
            if ((!r.ingress().isRendered() || r.ingress().customizedBy().isPresent()) && !r.ingress().isReadByCheck()) {
                findings.report(r.place(), "routes to Service '" + name + "', which is not among the manifests.",
                        "route to a Service of the manifests, or add the Service.");
            }
            return;
        }
        ServiceBackendPort port = r.raw().getBackend().getService().getPort();
        boolean dsl = r.ingress().isRendered();
        if (Services.ports(service.get()).isEmpty()) {
            findings.report(r.place(), "routes to " + Refs.describe(service.get()) + (service.get().isRendered()
                            ? ", which exposes no port, so its Service has none to send traffic to."
                            : ", which has no port to send traffic to."),
                    dsl ? "give " + name + " a port: .port(\"http\", 8080)." : "give Service " + name + " a port.");
        } else if (port == null || (port.getName() == null || port.getName().isEmpty()) && port.getNumber() == null) {
            findings.report(r.place(), "routes to " + Refs.describe(service.get()) + " without naming a port, and it has several ("
                            + Services.portNames(service.get()) + ") and none named http.",
                    dsl ? "name the port: .route(\"" + r.path() + "\", " + name + ", \"" + Services.ports(service.get()).get(0).getName()
                            + "\"), or name the serving port 'http'." : "set backend.service.port.name or .number.");
        } else if (Services.port(service.get(), port).isEmpty()) {
            String wanted = port.getName() != null && !port.getName().isEmpty() ? "'" + port.getName() + "'" : String.valueOf(port.getNumber());
            findings.report(r.place(), "routes to port " + wanted + " of " + Refs.describe(service.get()) + ", which has "
                            + Services.portNames(service.get()) + ".",
                    dsl ? "route to one of its ports: .route(\"" + r.path() + "\", " + name + ", \"<port>\")."
                            : "name one of the Service's ports in backend.service.port.");
        }
    }

    /**
     * An HTTPRoute or GRPCRoute backend: a Service of the route's namespace must be among the manifests (in files read
     * by check, one that is not is reference.outside-manifests) and have the port named. A backend in another
     * namespace is usually outside the manifests; route.reference-grant-missing checks its grant.
     */
    private static void routeBackend(RouteBackends b, CheckContext ctx, Findings findings) {
        if (!b.isService() || b.crossesNamespaces()) {
            return;
        }
        var service = b.service(ctx);
        if (service.isEmpty()) {
            // a route the DSL rendered has a Service for each target of the app; one of another app is reference.foreign
            if (!b.route().isReadByCheck() && (!b.route().isRendered() || b.route().customizedBy().isPresent())) {
                findings.report(b.place(), b.line() + "routes to Service '" + b.name() + "', which is not among the manifests.",
                        "route to a Service of the manifests, or add the Service.");
            }
            return;
        }
        List<Integer> ports = Services.ports(service.get()).stream().map(ServicePort::getPort).filter(Objects::nonNull).toList();
        if (b.port().isEmpty() && b.route().isReadByCheck()) {
            return; // the CRD's CEL rule: api.invalid says it
        }
        Optional<BackendSpec> spec = b.spec(ctx);
        if (spec.isPresent() && b.port().isEmpty()) {
            String call = b.route().kind().equals("GRPCRoute") ? ".service(\"<gRPC service>\", " : ".route(\"<path>\", ";
            if (Services.ports(service.get()).isEmpty()) {
                findings.report(b.place(), "routes to " + Refs.describe(service.get())
                                + ", which exposes no port, so its Service has none to send traffic to.",
                        "give " + b.name() + " a port: .port(\"" + (call.startsWith(".service") ? "grpc" : "http") + "\", 8080).");
            } else if (spec.get().port().isEmpty()) {
                String preferred = b.route().kind().equals("GRPCRoute") ? "grpc" : "http";
                findings.report(b.place(), "routes to " + Refs.describe(service.get()) + " without naming a port, and it has"
                                + " several (" + Services.portNames(service.get()) + ") and none named " + preferred + ".",
                        "name the port: " + call + b.name() + ", \"" + Services.ports(service.get()).get(0).getName()
                                + "\"), or name the serving port '" + preferred + "'.");
            } else {
                findings.report(b.place(), "routes to port '" + spec.get().port().get() + "' of " + Refs.describe(service.get())
                                + ", which has " + Services.portNames(service.get()) + ".",
                        "route to one of its ports: " + call + b.name() + ", \"<port>\").");
            }
        } else if (b.port().isEmpty()) {
            findings.report(b.place(), b.line() + "routes to " + Refs.describe(service.get()) + " without a port; the"
                            + " Gateway API requires one for a Service (its CRD refuses the route).",
                    "set port to one of the Service's ports: " + Services.portNames(service.get()) + ".");
        } else if (!ports.contains(b.port().get())) {
            findings.report(b.place(), b.line() + "routes to port " + b.port().get() + " of " + Refs.describe(service.get())
                            + ", which has " + Services.portNames(service.get()) + ".",
                    "set port to one of the Service's ports (a backendRef names the Service's port, not the container's).");
        }
    }

    private static void service(Item service, CheckContext ctx, Findings findings) {
        if (Services.selector(service).isEmpty()) {
            return;
        }
        List<PodNode> pods = Services.pods(service, ctx);
        if (pods.isEmpty() && service.isReadByCheck()) {
            return; // the pods may be in files not checked with it: reference.outside-manifests
        }
        if (pods.isEmpty()) {
            findings.report(service.place(), "Service " + service.name() + " selects no pod (selector " + Services.selector(service)
                    + "), so it sends traffic nowhere.", "make the selector match the pod template labels of its workload.");
            return;
        }
        for (ServicePort p : Services.ports(service)) {
            if (p.getTargetPort() == null || p.getTargetPort().getStrVal() == null) {
                continue;
            }
            boolean served = pods.stream().anyMatch(pod -> !Services.serving(pod, p).isEmpty());
            if (!served) {
                String has = pods.stream().flatMap(pod -> pod.containers().stream()).flatMap(c -> c.ports().stream())
                        .map(ContainerPort::getName).filter(Objects::nonNull).distinct().collect(Collectors.joining(", "));
                findings.report(service.place().child("port:" + (p.getName() != null ? p.getName() : p.getPort())),
                        "Service " + service.name() + " sends port " + p.getPort() + " to target port '" + p.getTargetPort().getStrVal()
                                + "', which no selected container exposes (they have " + (has.isEmpty() ? "no named ports" : has) + ").",
                        "name a containerPort '" + p.getTargetPort().getStrVal() + "' or change the targetPort.");
            }
        }
    }
}
