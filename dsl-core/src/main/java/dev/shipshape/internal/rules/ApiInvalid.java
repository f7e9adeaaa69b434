package dev.shipshape.internal.rules;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.schema.SchemaWalk;
import dev.shipshape.internal.validation.CheckContext;
import dev.shipshape.internal.validation.ContainerNode;
import dev.shipshape.internal.validation.Findings;
import dev.shipshape.internal.validation.PodNode;
import dev.shipshape.internal.validation.Registry;
import dev.shipshape.internal.validation.RuleDeclaration;
import dev.shipshape.internal.yaml.Serialization;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.Lifecycle;
import io.fabric8.kubernetes.api.model.LifecycleHandler;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * {@code api.invalid}: what the API server's semantic validation of the built-in kinds refuses and the other rules do
 * not already say, ported from kubernetes {@code pkg/apis/apps/validation} ({@code ValidateDeploymentSpec} and its
 * siblings: a selector that is empty or does not select the template's labels) and
 * {@code pkg/apis/core/validation} ({@code validateHandler}/{@code validateLifecycleHandler}: one handler per probe
 * and hook; {@code validateEnvVarValueFrom}: one source, not with a value; {@code validateVolumeSource}: one type per
 * volume; {@code validateContainerPorts}: port numbers in range; {@code validateContainerResourceName}: resource names) and {@code pkg/apis/autoscaling/validation}
 * ({@code validateMetricTarget}: the value a target's type names), and
 * {@code ValidatePositiveIntOrPercent} (a count given as a string is a percent), {@code ValidatePersistentVolumeClaimSpec}
 * (an access mode and a storage request), the restart policies Jobs and controllers accept, and networking's
 * {@code validateIngressBackend} (a service or a resource) and {@code ValidateNetworkPolicyPeer} (one kind of peer);
 * and some CEL rules of the Gateway API's route CRDs ({@link GatewayApiCel}).
 */
final class ApiInvalid extends BaseRule {

    ApiInvalid() {
        super(RuleDeclaration.error("api.invalid",
                "what the API server's validation refuses and no other rule says: a workload selector that is "
                + "empty or does not select its template's labels, a probe or hook with no handler or several "
                + "or an exec without a command, "
                + "an env var with a value and a `valueFrom` or a `valueFrom` with no source or several, a volume "
                + "with no type or several, a port number out of range, a resource name that is none (`cpus`), a "
                + "container without an image, an HPA metric without the source its type names or a target "
                + "without the value its type names, a count "
                + "given as a string that is not a percent (`maxUnavailable: one`), a claim or claim template "
                + "without an access mode or a storage request, a Job's pods without restartPolicy OnFailure or "
                + "Never, a controller's pods with one other than Always, an Ingress backend with neither a "
                + "service nor a resource, or both, or a service without a port, a NetworkPolicy peer with no selector nor IP block, or an IP "
                + "block with a selector; every CEL rule of the Gateway API's HTTPRoute and GRPCRoute CRDs (paths "
                + "such as `/api/../x`, Service backends without a port, filter fields, types and repeats, redirects "
                + "beside backends, prefix rewrites without one PathPrefix match, CORS wildcards, mirror shares, "
                + "timeouts, parent references, 128 matches per route, gRPC method matches); a custom resource's value "
                + "outside its schema's bounds (`maxItems`, `maxLength`, `pattern`, `maximum`: 16 rules or hostnames "
                + "per route, a hostname that is no DNS name, a weight above 1000000)",
                "as the message says"));
    }

    @Override
    public void register(Registry registry) {
        for (String kind : List.of("Deployment", "ReplicaSet", "StatefulSet", "DaemonSet")) {
            registry.object(kind, this::selector);
        }
        registry.object("HorizontalPodAutoscaler", this::metricTargets);
        registry.object("PersistentVolumeClaim", this::claims);
        registry.object("Ingress", this::backends);
        registry.object("NetworkPolicy", this::peers);
        registry.object("StatefulSet", this::claims);
        for (String kind : List.of("PodDisruptionBudget", "Deployment", "StatefulSet", "DaemonSet")) {
            registry.object(kind, this::percents);
        }
        for (String kind : RouteMatches.KINDS) {
            registry.object(kind, (item, ctx, findings) -> GatewayApiCel.route(item, ctx.kubernetesVersion(), findings));
        }
        registry.container(this::container);
        registry.pod(this::volumes);
        registry.pod(this::restartPolicy);
        registry.graph(this::bounds);
    }

    /**
     * What a custom resource's schema bounds refuse, in files read: too many items, too long, a pattern not matched, a
     * number out of range (a CRD's {@code maxItems}, {@code maxLength}, {@code pattern}, {@code maximum}, …). For the
     * Gateway API these are the counts (16 rules, 16 hostnames, 64 matches), the hostname and header patterns and the
     * weights; the routes Shipshape renders are checked with the same schema by {@link GatewayApiCel}.
     */
    private void bounds(CheckContext ctx, Findings findings) {
        ApiSchemas.each(ctx, ApiSchemas.Checked.class, (item, checked) -> {
            for (SchemaWalk.Problem p : checked.problems()) {
                if (p.kind() == SchemaWalk.Kind.OUT_OF_BOUNDS) {
                    findings.report(item.place().child(p.path()), "line " + ApiSchemas.line(item, p) + ": " + p.message()
                            + "; the API server refuses the " + item.kind() + " (its CustomResourceDefinition's schema).",
                            "keep the value within the schema's bounds; split a route with too many rules or hostnames into two");
                }
            }
        });
    }

    /**
     * batch and apps validation: a Job's pods restart OnFailure or Never (unset is Always, which a Job refuses); the
     * pods of a Deployment, StatefulSet, DaemonSet or ReplicaSet restart Always.
     */
    private void restartPolicy(PodNode pod, CheckContext ctx, Findings findings) {
        String kind = pod.item().kind();
        String policy = pod.spec().getRestartPolicy();
        boolean batch = kind.equals("Job") || kind.equals("CronJob");
        boolean controller = List.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet").contains(kind);
        if (batch && !"OnFailure".equals(policy) && !"Never".equals(policy)) {
            findings.report(pod.place().child("restartPolicy"), pod.item().ref() + "'s pods " + (policy == null
                            ? "have no restartPolicy, so Always applies" : "have restartPolicy " + policy)
                            + "; the API server refuses it for a Job (supported values: \"OnFailure\", \"Never\").",
                    "set the pod template's restartPolicy: Never (or OnFailure).");
        } else if (controller && policy != null && !policy.equals("Always")) {
            findings.report(pod.place().child("restartPolicy"), pod.item().ref() + "'s pods have restartPolicy " + policy
                            + "; the API server refuses it for a " + kind + " (supported values: \"Always\").",
                    "remove restartPolicy, or set it to Always.");
        }
    }

    /**
     * networking validation's {@code ValidateNetworkPolicyPeer}: a peer names a pod selector, a namespace selector or an
     * IP block, and an IP block alone.
     */
    private void peers(Item item, CheckContext ctx, Findings findings) {
        if (!(item.object() instanceof io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy policy) || policy.getSpec() == null) {
            return;
        }
        java.util.Map<String, io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer> peers = new java.util.LinkedHashMap<>();
        int i = 0;
        for (var rule : Refs.list(policy.getSpec().getIngress())) {
            int j = 0;
            for (var peer : Refs.list(rule.getFrom())) {
                peers.put("spec.ingress[" + i + "].from[" + j++ + "]", peer);
            }
            i++;
        }
        i = 0;
        for (var rule : Refs.list(policy.getSpec().getEgress())) {
            int j = 0;
            for (var peer : Refs.list(rule.getTo())) {
                peers.put("spec.egress[" + i + "].to[" + j++ + "]", peer);
            }
            i++;
        }
        peers.forEach((path, peer) -> {
            boolean pods = peer.getPodSelector() != null;
            boolean namespaces = peer.getNamespaceSelector() != null;
            boolean block = peer.getIpBlock() != null;
            if (!pods && !namespaces && !block) {
                findings.report(item.place().child(path), path + " of " + item.ref() + " names no peer; the API server"
                                + " refuses it (\"must specify a peer\").",
                        "give it a podSelector, a namespaceSelector or an ipBlock; {} selects nothing here, podSelector: {} all pods.");
            } else if (block && (pods || namespaces)) {
                findings.report(item.place().child(path), path + " of " + item.ref() + " has an ipBlock and a selector;"
                                + " the API server refuses it (\"may not specify both ipBlock and another peer\").",
                        "split it into two peers.");
            }
        });
    }

    /**
     * networking validation's {@code validateIngressBackend}: a backend names a service or a resource, not both, not
     * neither, and a service backend a port (for a rendered Ingress, {@code reference.unresolved} and
     * {@code port.missing} say why the DSL could not name one).
     */
    private void backends(Item item, CheckContext ctx, Findings findings) {
        if (!(item.object() instanceof io.fabric8.kubernetes.api.model.networking.v1.Ingress ingress) || ingress.getSpec() == null) {
            return;
        }
        java.util.Map<String, io.fabric8.kubernetes.api.model.networking.v1.IngressBackend> backends = new java.util.LinkedHashMap<>();
        backends.put("spec.defaultBackend", ingress.getSpec().getDefaultBackend());
        int r = 0;
        for (var rule : Refs.list(ingress.getSpec().getRules())) {
            int p = 0;
            for (var path : rule.getHttp() == null ? List.<io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath>of()
                    : Refs.list(rule.getHttp().getPaths())) {
                backends.put("spec.rules[" + r + "].http.paths[" + p++ + "].backend", path.getBackend());
            }
            r++;
        }
        backends.forEach((path, backend) -> {
            if (backend == null) {
                return; // a default backend may be left out; a path's is api.field-required
            }
            boolean service = backend.getService() != null;
            boolean resource = backend.getResource() != null;
            if (service == resource) {
                findings.report(item.place().child(path), path + " of " + item.ref() + (service
                                ? " names both a service and a resource" : " names neither a service nor a resource")
                                + "; the API server refuses it (\"" + (service ? "cannot set both resource and service backends"
                                : "resource or service backend is required") + "\").",
                        "give the backend a service: {name: …, port: {number: …}}, or a resource.");
            } else if (service && !item.isRendered() && (backend.getService().getPort() == null
                    || backend.getService().getPort().getNumber() == null && (backend.getService().getPort().getName() == null
                    || backend.getService().getPort().getName().isEmpty()))) {
                findings.report(item.place().child(path + ".service.port"), path + " of " + item.ref() + " names no port"
                                + " of Service " + backend.getService().getName() + "; the API server refuses it (\"port name"
                                + " or number is required\").",
                        "name the port: port: {number: 80} or port: {name: http}.");
            }
        });
    }

    /**
     * core validation's {@code ValidatePersistentVolumeClaimSpec}, for a claim and a StatefulSet's claim templates: at
     * least one access mode, and a storage request.
     */
    private void claims(Item item, CheckContext ctx, Findings findings) {
        java.util.Map<String, io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec> specs = new java.util.LinkedHashMap<>();
        if (item.object() instanceof io.fabric8.kubernetes.api.model.PersistentVolumeClaim pvc) {
            specs.put("spec", pvc.getSpec());
        } else if (item.object() instanceof StatefulSet s && s.getSpec() != null) {
            int i = 0;
            for (var template : Refs.list(s.getSpec().getVolumeClaimTemplates())) {
                specs.put("spec.volumeClaimTemplates[" + i++ + "].spec", template.getSpec());
            }
        }
        specs.forEach((path, spec) -> {
            boolean modes = spec != null && spec.getAccessModes() != null && !spec.getAccessModes().isEmpty();
            boolean storage = spec != null && spec.getResources() != null && spec.getResources().getRequests() != null
                    && spec.getResources().getRequests().containsKey("storage");
            if (!modes || !storage) {
                findings.report(item.place().child(path), path + " of " + item.ref() + " has no "
                                + (!modes && !storage ? "access mode and no storage request" : !modes ? "access mode"
                                : "storage request") + "; the API server refuses the claim (\"Required value\").",
                        "give it accessModes: [ReadWriteOnce] and resources.requests.storage, such as 1Gi.");
            }
        });
    }

    /**
     * apps and policy validation's {@code ValidatePositiveIntOrPercent}: a count given as a string is a percent
     * ({@code 25%}), as in a PodDisruptionBudget's minAvailable and maxUnavailable and a rolling update's maxSurge and
     * maxUnavailable.
     */
    private void percents(Item item, CheckContext ctx, Findings findings) {
        java.util.Map<String, io.fabric8.kubernetes.api.model.IntOrString> counts = new java.util.TreeMap<>();
        if (item.object() instanceof io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget pdb && pdb.getSpec() != null) {
            counts.put("spec.minAvailable", pdb.getSpec().getMinAvailable());
            counts.put("spec.maxUnavailable", pdb.getSpec().getMaxUnavailable());
        } else if (item.object() instanceof Deployment d && d.getSpec() != null && d.getSpec().getStrategy() != null
                && d.getSpec().getStrategy().getRollingUpdate() != null) {
            counts.put("spec.strategy.rollingUpdate.maxSurge", d.getSpec().getStrategy().getRollingUpdate().getMaxSurge());
            counts.put("spec.strategy.rollingUpdate.maxUnavailable", d.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable());
        } else if (item.object() instanceof StatefulSet s && s.getSpec() != null && s.getSpec().getUpdateStrategy() != null
                && s.getSpec().getUpdateStrategy().getRollingUpdate() != null) {
            counts.put("spec.updateStrategy.rollingUpdate.maxUnavailable",
                    s.getSpec().getUpdateStrategy().getRollingUpdate().getMaxUnavailable());
        } else if (item.object() instanceof DaemonSet s && s.getSpec() != null && s.getSpec().getUpdateStrategy() != null
                && s.getSpec().getUpdateStrategy().getRollingUpdate() != null) {
            counts.put("spec.updateStrategy.rollingUpdate.maxSurge", s.getSpec().getUpdateStrategy().getRollingUpdate().getMaxSurge());
            counts.put("spec.updateStrategy.rollingUpdate.maxUnavailable",
                    s.getSpec().getUpdateStrategy().getRollingUpdate().getMaxUnavailable());
        }
        counts.forEach((path, count) -> {
            if (count != null && count.getStrVal() != null && !count.getStrVal().matches("[0-9]+%")) {
                findings.report(item.place().child(path), path + " of " + item.ref() + " is '" + count.getStrVal()
                                + "'; the API server refuses it (\"a valid percent string must be a numeric string followed"
                                + " by an ending '%'\").",
                        "give a number, or a percent such as 25%.");
            }
        });
    }

    /**
     * autoscaling validation's {@code validateMetricTarget}: a target sets the value its type names (Utilization:
     * averageUtilization, at least 1; Value: value; AverageValue: averageValue).
     */
    private void metricTargets(Item item, CheckContext ctx, Findings findings) {
        if (!(item.object() instanceof io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler hpa)
                || hpa.getSpec() == null) {
            return;
        }
        int i = 0;
        for (var metric : Refs.list(hpa.getSpec().getMetrics())) {
            String at = "spec.metrics[" + i++ + "]";
            Object source = metric.getType() == null ? null : switch (metric.getType()) {
                case "Resource" -> metric.getResource();
                case "ContainerResource" -> metric.getContainerResource();
                case "Pods" -> metric.getPods();
                case "Object" -> metric.getObject();
                case "External" -> metric.getExternal();
                default -> ""; // api.value-unsupported says it
            };
            long sources = Stream.of(metric.getResource(), metric.getContainerResource(), metric.getPods(),
                    metric.getObject(), metric.getExternal()).filter(Objects::nonNull).count();
            if (metric.getType() != null && (source == null || sources > 1)) {
                findings.report(item.place().child(at), "metric " + at + " of HorizontalPodAutoscaler " + item.name()
                                + " has type " + metric.getType() + (source == null ? " but no " + Character.toLowerCase(
                                metric.getType().charAt(0)) + metric.getType().substring(1) + " block" : " and "
                                + sources + " source blocks") + "; the API server refuses it (\"must populate"
                                + (source == null ? " information for the given metric source" : " the given metric source only")
                                + "\").",
                        "give the block its type names, and only it.");
                continue;
            }
            io.fabric8.kubernetes.api.model.autoscaling.v2.MetricTarget target = metric.getResource() != null
                    ? metric.getResource().getTarget() : metric.getContainerResource() != null
                    ? metric.getContainerResource().getTarget() : metric.getPods() != null ? metric.getPods().getTarget()
                    : metric.getObject() != null ? metric.getObject().getTarget()
                    : metric.getExternal() != null ? metric.getExternal().getTarget() : null;
            if (target == null || target.getType() == null) {
                continue; // api.field-required says it
            }
            String missing = switch (target.getType()) {
                case "Utilization" -> target.getAverageUtilization() == null ? "averageUtilization" : null;
                case "Value" -> target.getValue() == null ? "value" : null;
                case "AverageValue" -> target.getAverageValue() == null ? "averageValue" : null;
                default -> null; // api.value-unsupported says it
            };
            if (missing != null) {
                findings.report(item.place().child(at + ".target"), "metric " + at + " of HorizontalPodAutoscaler "
                                + item.name() + " has a target of type " + target.getType() + " without " + missing
                                + "; the API server refuses it (\"Required value\").",
                        "set target." + missing + ", or the type of the value it sets.");
            } else if (target.getAverageUtilization() != null && target.getAverageUtilization() < 1) {
                findings.report(item.place().child(at + ".target"), "metric " + at + " of HorizontalPodAutoscaler "
                                + item.name() + " targets averageUtilization " + target.getAverageUtilization()
                                + "; the API server refuses it (\"must be greater than 0\").",
                        "target a utilization of 1 or more, such as 70.");
            }
        }
    }

    private void selector(Item item, CheckContext ctx, Findings findings) {
        LabelSelector selector;
        PodTemplateSpec template;
        if (item.object() instanceof Deployment d && d.getSpec() != null) {
            selector = d.getSpec().getSelector();
            template = d.getSpec().getTemplate();
        } else if (item.object() instanceof StatefulSet s && s.getSpec() != null) {
            selector = s.getSpec().getSelector();
            template = s.getSpec().getTemplate();
        } else if (item.object() instanceof DaemonSet s && s.getSpec() != null) {
            selector = s.getSpec().getSelector();
            template = s.getSpec().getTemplate();
        } else if (item.object() instanceof ReplicaSet s && s.getSpec() != null) {
            selector = s.getSpec().getSelector();
            template = s.getSpec().getTemplate();
        } else {
            return;
        }
        if (selector == null) {
            return; // api.field-required says it
        }
        boolean empty = (selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty());
        if (empty) {
            findings.report(item.place().child("spec.selector"), item.kind() + " " + item.name() + " has an empty selector;"
                            + " the API server refuses it (\"empty selector is invalid for deployment\"): it would select every"
                            + " pod of the namespace.",
                    "select the template's labels: spec.selector.matchLabels: {app: " + item.name() + "}.");
            return;
        }
        Map<String, String> labels = template == null || template.getMetadata() == null
                || template.getMetadata().getLabels() == null ? Map.of() : template.getMetadata().getLabels();
        if (!matches(selector, labels)) {
            findings.report(item.place().child("spec.template.metadata.labels"), item.kind() + " " + item.name()
                            + "'s selector " + describe(selector) + " does not select its template's labels " + labels
                            + "; the API server refuses it (\"`selector` does not match template `labels`\").",
                    "make the template's labels include what the selector asks for.");
        }
    }

    /** apimachinery's {@code LabelSelectorAsSelector(...).Matches}: every requirement holds. */
    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector.getMatchLabels() != null) {
            for (Map.Entry<String, String> e : selector.getMatchLabels().entrySet()) {
                if (!Objects.equals(labels.get(e.getKey()), e.getValue())) {
                    return false;
                }
            }
        }
        for (LabelSelectorRequirement r : Refs.list(selector.getMatchExpressions())) {
            String value = labels.get(r.getKey());
            List<String> values = Refs.list(r.getValues());
            boolean holds = switch (String.valueOf(r.getOperator())) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> true; // api.value-unsupported says it
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    private static String describe(LabelSelector selector) {
        List<String> parts = new ArrayList<>();
        if (selector.getMatchLabels() != null) {
            parts.add(selector.getMatchLabels().toString());
        }
        for (LabelSelectorRequirement r : Refs.list(selector.getMatchExpressions())) {
            parts.add(r.getKey() + " " + r.getOperator() + " " + Refs.list(r.getValues()));
        }
        return String.join(" and ", parts);
    }

    private void container(ContainerNode c, CheckContext ctx, Findings findings) {
        Container container = c.container();
        if (container.getImage() == null || container.getImage().isBlank()) {
            // core validation's validateContainerCommon: "image: Required value" (for pods and pod templates alike)
            findings.report(c.place().child("image"), c.describe() + " has no image; the API server refuses it"
                    + " (\"image: Required value\").", "give it an image, pinned: registry/name:tag@sha256:….");
        }
        probe(c, "livenessProbe", container.getLivenessProbe(), findings);
        probe(c, "readinessProbe", container.getReadinessProbe(), findings);
        probe(c, "startupProbe", container.getStartupProbe(), findings);
        Lifecycle lifecycle = container.getLifecycle();
        if (lifecycle != null) {
            hook(c, "postStart", lifecycle.getPostStart(), findings);
            hook(c, "preStop", lifecycle.getPreStop(), findings);
        }
        for (EnvVar e : Refs.list(container.getEnv())) {
            env(c, e, findings);
        }
        if (container.getResources() != null) {
            resourceNames(c, "requests", container.getResources().getRequests(), findings);
            resourceNames(c, "limits", container.getResources().getLimits(), findings);
        }
        for (ContainerPort p : c.ports()) {
            if (p.getContainerPort() != null && (p.getContainerPort() < 1 || p.getContainerPort() > 65535)) {
                findings.report(c.place().child("port:" + p.getContainerPort()), c.describe() + " has containerPort "
                        + p.getContainerPort() + "; it must be between 1 and 65535.", "use a port number from 1 to 65535.");
            }
            if (p.getHostPort() != null && (p.getHostPort() < 0 || p.getHostPort() > 65535)) {
                findings.report(c.place().child("port:" + p.getContainerPort()), c.describe() + " has hostPort "
                        + p.getHostPort() + "; it must be between 0 and 65535.", "use a port number from 1 to 65535.");
            }
        }
    }

    /**
     * core validation's {@code validateContainerResourceName}: a name without a domain must be a standard container
     * resource (cpu, memory, ephemeral-storage, hugepages-&lt;size&gt;); others are qualified ({@code nvidia.com/gpu}).
     */
    private static void resourceNames(ContainerNode c, String kind, Map<String, ?> resources, Findings findings) {
        if (resources == null) {
            return;
        }
        for (String name : new java.util.TreeSet<>(resources.keySet())) {
            boolean standard = name.equals("cpu") || name.equals("memory") || name.equals("ephemeral-storage")
                    || name.startsWith("hugepages-");
            if (!standard && !name.contains("/")) {
                findings.report(c.place().child("resources").child(kind), c.describe() + " " + kind + " '" + name + "',"
                                + " which is not a resource: the API server refuses it (\"must be a standard resource type or"
                                + " fully qualified\").",
                        "use cpu, memory, ephemeral-storage or hugepages-<size>, or a qualified name such as nvidia.com/gpu.");
            }
        }
    }

    private static void probe(ContainerNode c, String name, Probe probe, Findings findings) {
        if (probe == null) {
            return;
        }
        long handlers = Stream.of(probe.getExec(), probe.getHttpGet(), probe.getTcpSocket(), probe.getGrpc())
                .filter(Objects::nonNull).count();
        handlers(c, name, handlers, "exec, httpGet, tcpSocket or grpc", findings);
        exec(c, name, probe.getExec(), findings);
    }

    private static void hook(ContainerNode c, String name, LifecycleHandler handler, Findings findings) {
        if (handler == null) {
            return;
        }
        long handlers = Stream.of(handler.getExec(), handler.getHttpGet(), handler.getTcpSocket(), handler.getSleep())
                .filter(Objects::nonNull).count();
        handlers(c, "lifecycle." + name, handlers, "exec, httpGet, tcpSocket or sleep", findings);
        exec(c, "lifecycle." + name, handler.getExec(), findings);
    }

    /** core validation's {@code validateExecAction}: an exec handler has a command. */
    private static void exec(ContainerNode c, String name, io.fabric8.kubernetes.api.model.ExecAction exec, Findings findings) {
        if (exec != null && (exec.getCommand() == null || exec.getCommand().isEmpty())) {
            findings.report(c.place().child(name), c.describe() + "'s " + name + " runs exec without a command; the API"
                    + " server refuses it (\"exec.command: Required value\").", "give exec.command, such as [cat, /tmp/ready].");
        }
    }

    private static void handlers(ContainerNode c, String name, long handlers, String kinds, Findings findings) {
        if (handlers == 1) {
            return;
        }
        findings.report(c.place().child(name), c.describe() + "'s " + name + (handlers == 0
                        ? " has no handler; the API server refuses it (\"must specify a handler type\")."
                        : " has " + handlers + " handlers; the API server refuses it (\"may not specify more than 1 handler"
                        + " type\")."),
                "give it exactly one of " + kinds + ".");
    }

    private static void env(ContainerNode c, EnvVar e, Findings findings) {
        EnvVarSource from = e.getValueFrom();
        if (from == null) {
            return;
        }
        String name = e.getName() == null ? "" : e.getName();
        if (e.getValue() != null && !e.getValue().isEmpty()) {
            findings.report(c.place().child("env:" + name), "env var " + name + " of " + c.describe() + " has a value"
                            + " and a valueFrom; the API server refuses it (\"may not be specified when `value` is not empty\").",
                    "keep one of them.");
            return;
        }
        // every source the model has (fileKeyRef since 1.34) and any it does not: the keys of valueFrom that are set
        JsonNode tree = Serialization.json().valueToTree(from);
        long sources = tree.propertyNames().stream().filter(k -> !tree.path(k).isNull()).count();
        if (sources != 1) {
            findings.report(c.place().child("env:" + name), "env var " + name + " of " + c.describe() + " has "
                            + (sources == 0 ? "a valueFrom with no source" : "a valueFrom with " + sources + " sources")
                            + "; the API server refuses it (it takes exactly one of fieldRef, resourceFieldRef,"
                            + " configMapKeyRef, secretKeyRef and fileKeyRef).",
                    "give valueFrom exactly one source.");
        }
    }

    private void volumes(PodNode pod, CheckContext ctx, Findings findings) {
        for (Volume v : pod.volumes()) {
            JsonNode tree = Serialization.json().valueToTree(v);
            long types = tree.propertyNames().stream().filter(k -> !k.equals("name") && !tree.path(k).isNull()).count();
            if (types != 1) {
                String name = v.getName() == null ? "" : v.getName();
                findings.report(pod.place().child("volume:" + name), "volume " + name + " of " + pod.item().ref()
                                + (types == 0 ? " has no type; the API server refuses it (\"must specify a volume type\")."
                                : " has " + types + " types; the API server refuses it (\"may not specify more than 1 volume"
                                + " type\")."),
                        "give it exactly one source, such as emptyDir: {} or configMap: {name: …}.");
            }
        }
    }
}
