package dev.shipshape.internal.render;

import dev.shipshape.internal.Traffic;
import dev.shipshape.internal.naming.KustomizeHash;
import dev.shipshape.internal.naming.StoreNames;
import dev.shipshape.internal.validation.Index;
import dev.shipshape.internal.validation.Item;
import dev.shipshape.internal.validation.Origin;
import dev.shipshape.model.AppSpec;
import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.ComponentId;
import dev.shipshape.model.ComponentKind;
import dev.shipshape.model.ConfigSpec;
import dev.shipshape.model.ContainerSecurity;
import dev.shipshape.model.ContainerSpec;
import dev.shipshape.model.CronOptions;
import dev.shipshape.model.Customization;
import dev.shipshape.model.EgressRule;
import dev.shipshape.model.EnvSource;
import dev.shipshape.model.EnvVarSpec;
import dev.shipshape.model.IncludedObject;
import dev.shipshape.model.IngressSpec;
import dev.shipshape.model.JobOptions;
import dev.shipshape.model.MountSpec;
import dev.shipshape.model.PodOptions;
import dev.shipshape.model.PodSecurity;
import dev.shipshape.model.PortSpec;
import dev.shipshape.model.Resources;
import dev.shipshape.model.RollingUpdate;
import dev.shipshape.model.RouteSpec;
import dev.shipshape.model.SecretSpec;
import dev.shipshape.model.Toleration;
import dev.shipshape.model.VolumeSpec;
import dev.shipshape.model.WorkloadSpec;
import dev.shipshape.validation.Policy;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.LocalObjectReferenceBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraintBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpecBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpec;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpecBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPathBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLSBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPortBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Turns a frozen application into fabric8 objects, each with the component it was rendered for. Total: any frozen
 * model renders, valid or not, because validation checks the rendered objects. Never validates and never mutates
 * the model. Deterministic: maps are sorted, lists keep definition order, objects are sorted by kind (Namespace,
 * Secret, ConfigMap, PersistentVolumeClaim, Service, Deployment, StatefulSet, HorizontalPodAutoscaler,
 * PodDisruptionBudget, Ingress) and then by name. Not API.
 *
 * <pre>{@code
 * Renderer.Rendered r = Renderer.render(app.model(), Policy.defaults());
 * }</pre>
 */
public final class Renderer {

    /** Annotation prefix recording a rule the policy switched off, with the reason. */
    public static final String WAIVED_ANNOTATION = Item.WAIVED;

    /** The node label the pods of a workload spread over. */
    static final String ZONE_LABEL = "topology.kubernetes.io/zone";
    private static final List<String> KIND_ORDER = List.of("Namespace", "ServiceAccount", "Secret", "ConfigMap",
            "PersistentVolumeClaim", "Service", "Deployment", "StatefulSet", "Job", "CronJob", "HorizontalPodAutoscaler",
            "PodDisruptionBudget", "NetworkPolicy", "Ingress");
    /** The Pod Security admission labels of the Namespace, and the version of the standards they pin. */
    static final String PSS_ENFORCE = "pod-security.kubernetes.io/enforce";
    static final String PSS_WARN = "pod-security.kubernetes.io/warn";
    static final String PSS_VERSION = "v1.32";
    /** Kinds of objects that live outside namespaces; an included object of another kind gets the app's namespace. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "Node", "PersistentVolume", "StorageClass",
            "CSIDriver", "CSINode", "VolumeAttachment", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition",
            "APIService", "PriorityClass", "IngressClass", "RuntimeClass", "ValidatingWebhookConfiguration",
            "MutatingWebhookConfiguration", "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding",
            "CertificateSigningRequest", "FlowSchema", "PriorityLevelConfiguration", "ClusterIssuer");

    /** Known kinds in {@link #KIND_ORDER}, then other kinds by name; within a kind, by name. */
    private static final Comparator<Item> ORDER = Comparator
            .comparingInt((Item i) -> {
                int k = KIND_ORDER.indexOf(i.kind());
                return k < 0 ? KIND_ORDER.size() : k;
            })
            .thenComparing(Item::kind)
            .thenComparing(Item::name);

    /**
     * What rendering gives: the objects with their components, in render order, and the stand-ins of the external
     * Secrets the app declares (for checking references; never written).
     *
     * @param items the rendered objects, customized
     * @param known the declared external Secrets
     * @param uncustomized the rendered objects before the customizations, when there are any
     */
    public record Rendered(List<Item> items, List<Item> known, Optional<List<Item>> uncustomized) {
        /** Copies the lists. */
        public Rendered {
            items = List.copyOf(items);
            known = List.copyOf(known);
            uncustomized = uncustomized.map(List::copyOf);
        }

        /** The objects alone, in render order. */
        public List<HasMetadata> objects() {
            List<HasMetadata> out = new ArrayList<>(items.size());
            for (Item i : items) {
                out.add(i.object());
            }
            return out;
        }
    }

    private final AppSpec app;
    private final Map<ConfigSpec, String> configNames = new IdentityHashMap<>();
    private final Map<String, String> waiverAnnotations = new TreeMap<>();
    private final List<Item> out = new ArrayList<>();
    private final List<Item> known = new ArrayList<>();
    private ComponentId current;

    private Renderer(AppSpec app, Policy policy) {
        this.app = app;
        policy.waived().forEach((rule, reason) -> waiverAnnotations.put(WAIVED_ANNOTATION + rule, reason));
    }

    /**
     * Renders {@code app} under {@code policy} (whose waivers become annotations), then runs its customizations over
     * copies of the objects; the objects before them are kept so that validation can say what an edit introduced.
     *
     * @throws IllegalArgumentException if a customization throws, naming it and the object it edited
     */
    public static Rendered render(AppSpec app, Policy policy) {
        Renderer r = new Renderer(app, policy);
        r.renderAll();
        r.out.sort(ORDER);
        if (app.customizations().isEmpty()) {
            return new Rendered(r.out, r.known, Optional.empty());
        }
        List<Item> customized = new ArrayList<>(r.out.size());
        for (Item item : r.out) {
            customized.add(customize(app, item));
        }
        customized.sort(ORDER);
        return new Rendered(customized, r.known, Optional.of(r.out));
    }

    /** {@code item} after every customization that applies to it, on a copy; marked with the last that changed it. */
    private static Item customize(AppSpec app, Item item) {
        HasMetadata copy = null;
        Optional<String> by = Optional.empty();
        for (Customization c : app.customizations()) {
            if (!c.appliesTo(item.object(), item.component())) {
                continue;
            }
            if (copy == null) {
                copy = Serialization.json().convertValue(item.object(), item.object().getClass());
            }
            try {
                c.edit().accept(copy);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(c.description() + " failed on " + item.ref() + ": " + e, e);
            }
            by = Optional.of(c.description());
        }
        return copy == null ? item : new Item(copy, item.origin(), by);
    }

    /** Adds an object of the component being rendered. */
    private void add(HasMetadata object) {
        out.add(Item.of(object, Origin.Rendered.of(current)));
    }

    private void renderAll() {
        app.namespace().ifPresent(ns -> {
            Map<String, String> labels = new TreeMap<>(Labels.ofApp(app));
            labels.put(PSS_ENFORCE, app.workloads().stream().map(Renderer::podSecurityLevel)
                    .max(Comparator.naturalOrder()).orElse(PodSecurityLevel.RESTRICTED).label);
            labels.put(PSS_ENFORCE + "-version", PSS_VERSION);
            labels.put(PSS_WARN, "restricted");
            labels.put(PSS_WARN + "-version", PSS_VERSION);
            out.add(Item.of(new NamespaceBuilder().withMetadata(meta(ns, labels, false)).build(),
                    new Origin.Rendered(app.id(), Optional.empty())));
        });
        for (SecretSpec s : app.secrets()) {
            current = s.id();
            if (s.data().isEmpty()) {
                Secret standIn = new Secret();
                standIn.setApiVersion("v1");
                standIn.setKind("Secret");
                standIn.setType(Index.EXTERNAL_SECRET);
                standIn.setMetadata(meta(s.name(), Map.of(), true));
                if (s.keysDeclared()) {
                    Map<String, String> keys = new TreeMap<>();
                    s.declaredKeys().forEach(k -> keys.put(k, ""));
                    standIn.setData(keys);
                }
                known.add(Item.of(standIn, Origin.Rendered.of(s.id())));
            }
            s.data().ifPresent(data -> {
                Map<String, String> encoded = new TreeMap<>();
                data.reveal().forEach((k, v) -> encoded.put(k, Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8))));
                add(new SecretBuilder()
                        .withMetadata(meta(s.name(), Labels.of(app, s.name(), ComponentKind.SECRET), true))
                        .withType("Opaque")
                        .withData(encoded)
                        .build());
            });
        }
        for (ConfigSpec c : app.configs()) {
            current = c.id();
            add(new ConfigMapBuilder()
                    .withMetadata(meta(versionedName(c), Labels.of(app, c.name(), ComponentKind.CONFIG), true))
                    .withData(new TreeMap<>(c.data()))
                    .withImmutable(c.unversioned() ? null : Boolean.TRUE)
                    .build());
        }
        for (WorkloadSpec w : app.workloads()) {
            current = w.id();
            switch (w.kind()) {
                case STATEFUL_STORE -> store(w);
                case JOB -> job(w);
                case CRON_JOB -> cronJob(w);
                default -> deployment(w);
            }
            w.autoscaling().ifPresent(a -> hpa(w, a));
            if (w.minimumReplicas() >= 2) {
                pdb(w);
            }
            serviceAccount(w);
        }
        networkPolicies();
        for (IngressSpec i : app.ingresses()) {
            current = i.id();
            ingress(i);
        }
        for (IncludedObject included : app.included()) {
            HasMetadata o = included.object();
            HasMetadata copy = Serialization.json().convertValue(o, o.getClass());
            if (copy.getMetadata().getNamespace() == null && !CLUSTER_SCOPED.contains(copy.getKind())) {
                app.namespace().ifPresent(copy.getMetadata()::setNamespace);
            }
            out.add(Item.of(copy, new Origin.Included(app.id(), included.file(), included.line())));
        }
    }

    private String versionedName(ConfigSpec c) {
        return configNames.computeIfAbsent(c, ConfigSpec::renderedName);
    }

    private ObjectMeta meta(String name, Map<String, String> labels, boolean namespaced) {
        ObjectMetaBuilder b = new ObjectMetaBuilder().withName(name).withLabels(labels);
        if (namespaced) {
            app.namespace().ifPresent(b::withNamespace);
        }
        Map<String, String> annotations = new TreeMap<>(waiverAnnotations);
        if (current != null) {
            app.waivers(current).forEach((rule, reason) -> annotations.put(WAIVED_ANNOTATION + rule, reason));
        }
        if (!annotations.isEmpty()) {
            b.withAnnotations(annotations);
        }
        return b.build();
    }

    /** The metadata of a component's object: Shipshape's labels, the component's own labels and annotations. */
    private ObjectMeta meta(WorkloadSpec w, String name) {
        return withAnnotations(meta(name, podLabels(w), true), w.pod().annotations());
    }

    /** {@code meta} with the user's annotations added (Shipshape's own, the waivers, win). */
    private static ObjectMeta withAnnotations(ObjectMeta meta, Map<String, String> user) {
        if (!user.isEmpty()) {
            Map<String, String> annotations = new TreeMap<>(user);
            if (meta.getAnnotations() != null) {
                annotations.putAll(meta.getAnnotations());
            }
            meta.setAnnotations(annotations);
        }
        return meta;
    }

    /** Shipshape's labels of the component plus its own (which never reach a selector). */
    private Map<String, String> podLabels(WorkloadSpec w) {
        Map<String, String> labels = new TreeMap<>(w.pod().labels());
        labels.putAll(Labels.of(app, w.name(), w.kind()));
        return labels;
    }

    private void deployment(WorkloadSpec w) {
        DeploymentBuilder b = new DeploymentBuilder()
                .withMetadata(meta(w, w.name()))
                .withNewSpec()
                .withReplicas(w.autoscaling().isPresent() ? null : w.effectiveReplicas())
                .withSelector(new LabelSelectorBuilder().withMatchLabels(Labels.selector(app, w.name())).build())
                .withTemplate(podTemplate(w, Optional.empty()))
                .endSpec();
        w.pod().rollingUpdate().ifPresent(r -> b.editSpec().withNewStrategy().withType("RollingUpdate")
                .withNewRollingUpdate().withMaxSurge(intOrPercent(r.maxSurge())).withMaxUnavailable(intOrPercent(r.maxUnavailable()))
                .endRollingUpdate().endStrategy().endSpec());
        add(b.build());
        if (w.kind().hasService()) {
            add(service(w, w.name(), false));
        }
    }

    private static IntOrString intOrPercent(String v) {
        return RollingUpdate.isPercent(v) ? new IntOrString(v) : new IntOrString(Integer.parseInt(v));
    }

    private void store(WorkloadSpec w) {
        List<io.fabric8.kubernetes.api.model.PersistentVolumeClaim> claims = new ArrayList<>();
        for (VolumeSpec v : w.volumes()) {
            claims.add(new PersistentVolumeClaimBuilder()
                    .withNewMetadata().withName(v.name()).withLabels(podLabels(w)).endMetadata()
                    .withNewSpec()
                    .withAccessModes(v.accessMode().kubernetesName())
                    .withStorageClassName(v.storageClass().orElse(null))
                    .withNewResources().withRequests(Map.of("storage", new Quantity(v.size().toString()))).endResources()
                    .endSpec()
                    .build());
        }
        add(new StatefulSetBuilder()
                .withMetadata(meta(w, w.name()))
                .withNewSpec()
                .withServiceName(w.name())
                .withReplicas(w.autoscaling().isPresent() ? null : w.effectiveReplicas())
                .withSelector(new LabelSelectorBuilder().withMatchLabels(Labels.selector(app, w.name())).build())
                .withTemplate(podTemplate(w, Optional.empty()))
                .withVolumeClaimTemplates(claims)
                .endSpec()
                .build());
        add(service(w, w.name(), true));
        if (w.readService()) {
            add(service(w, StoreNames.readService(w.name()), false));
        }
    }

    private JobSpec jobSpec(WorkloadSpec w) {
        JobOptions o = w.job().orElseThrow();
        return new JobSpecBuilder()
                .withBackoffLimit(o.backoffLimit())
                .withActiveDeadlineSeconds(o.activeDeadline().map(Duration::toSeconds).orElse(null))
                .withTtlSecondsAfterFinished(o.ttlAfterFinished().map(d -> (int) d.toSeconds()).orElse(null))
                .withCompletions(o.completions() == 1 ? null : o.completions())
                .withParallelism(o.parallelism() == 1 ? null : o.parallelism())
                .withTemplate(podTemplate(w, Optional.of(o.restartPolicy().kubernetesName())))
                .build();
    }

    private void job(WorkloadSpec w) {
        add(new JobBuilder().withMetadata(meta(w, w.name())).withSpec(jobSpec(w)).build());
    }

    private void cronJob(WorkloadSpec w) {
        CronOptions c = w.cron().orElseThrow();
        add(new CronJobBuilder()
                .withMetadata(meta(w, w.name()))
                .withNewSpec()
                .withSchedule(c.schedule())
                .withTimeZone(c.timeZone().orElse(null))
                .withConcurrencyPolicy(c.concurrency().kubernetesName())
                .withSuccessfulJobsHistoryLimit(c.successfulJobsHistory())
                .withFailedJobsHistoryLimit(c.failedJobsHistory())
                .withStartingDeadlineSeconds(c.startingDeadline().map(Duration::toSeconds).orElse(null))
                .withNewJobTemplate()
                .withNewMetadata().withLabels(podLabels(w)).endMetadata()
                .withSpec(jobSpec(w))
                .endJobTemplate()
                .endSpec()
                .build());
    }

    private HasMetadata service(WorkloadSpec w, String name, boolean headless) {
        List<ServicePort> ports = new ArrayList<>();
        for (PortSpec p : w.ports()) {
            ports.add(new ServicePortBuilder().withName(p.name()).withPort(p.servicePort())
                    .withTargetPort(new IntOrString(p.name())).build());
        }
        return new ServiceBuilder()
                .withMetadata(meta(w, name))
                .withNewSpec()
                .withClusterIP(headless ? "None" : null)
                .withSelector(Labels.selector(app, w.name()))
                .withPorts(ports)
                .endSpec()
                .build();
    }

    /**
     * The pod template: the main container, sidecars (native: init containers with {@code restartPolicy: Always})
     * and init containers in the order declared, their volumes, and the pod options.
     *
     * @param restartPolicy a Job's restart policy; empty for long-running workloads (Kubernetes' {@code Always})
     */
    private PodTemplateSpec podTemplate(WorkloadSpec w, Optional<String> restartPolicy) {
        List<Volume> volumes = new ArrayList<>();
        Container main = container(w, w.container(), volumes);
        List<Container> init = new ArrayList<>();
        for (ContainerSpec c : w.extraContainers()) {
            init.add(container(w, c, volumes));
        }
        PodOptions o = w.pod();
        PodTemplateSpecBuilder b = new PodTemplateSpecBuilder()
                .withNewMetadata().withLabels(podLabels(w)).withAnnotations(o.annotations().isEmpty() ? null : new TreeMap<>(o.annotations()))
                .endMetadata()
                .withNewSpec()
                .withRestartPolicy(restartPolicy.orElse(null))
                .withServiceAccountName(w.name())
                .withAutomountServiceAccountToken(o.security().serviceAccountToken())
                .withSecurityContext(podSecurity(o.security()))
                .withTerminationGracePeriodSeconds(o.terminationGracePeriod().map(Duration::toSeconds).orElse(null))
                .withNodeSelector(o.nodeSelector().isEmpty() ? null : new TreeMap<>(o.nodeSelector()))
                .withTolerations(o.tolerations().stream().map(Renderer::toleration).toList())
                .withImagePullSecrets(o.imagePullSecrets().stream()
                        .map(s -> new LocalObjectReferenceBuilder().withName(s.name()).build()).toList())
                .withInitContainers(init)
                .withContainers(main)
                .withVolumes(dedupe(volumes))
                .endSpec();
        if (o.spreadAcrossZones() && !w.kind().isBatch() && w.minimumReplicas() >= 2) {
            b.editSpec().withTopologySpreadConstraints(new TopologySpreadConstraintBuilder()
                    .withMaxSkew(1)
                    .withTopologyKey(ZONE_LABEL)
                    .withWhenUnsatisfiable("ScheduleAnyway")
                    .withLabelSelector(new LabelSelectorBuilder().withMatchLabels(Labels.selector(app, w.name())).build())
                    .build()).endSpec();
        }
        return b.build();
    }

    private static io.fabric8.kubernetes.api.model.Toleration toleration(Toleration t) {
        return new TolerationBuilder()
                .withKey(t.key())
                .withOperator(t.value().isPresent() ? "Equal" : "Exists")
                .withValue(t.value().orElse(null))
                .withEffect(t.effect().orElse(null))
                .build();
    }

    /** One volume per source: a config mounted at two paths is one volume; two sources never share a name. */
    private static List<Volume> dedupe(List<Volume> volumes) {
        return new ArrayList<>(new LinkedHashSet<>(volumes));
    }

    /** A container of {@code w}'s pods; the volumes its mounts need are added to {@code volumes}. */
    private Container container(WorkloadSpec w, ContainerSpec c, List<Volume> volumes) {
        List<VolumeMount> mounts = new ArrayList<>();
        for (MountSpec m : c.mounts()) {
            String volume;
            if (m instanceof MountSpec.OfConfig config) {
                volume = volumeName("config-", config.config().name());
                volumes.add(new VolumeBuilder().withName(volume)
                        .withNewConfigMap().withName(versionedName(config.config())).endConfigMap().build());
            } else {
                MountSpec.OfSecret s = (MountSpec.OfSecret) m;
                volume = volumeName("secret-", s.secret().name());
                volumes.add(new VolumeBuilder().withName(volume)
                        .withNewSecret().withSecretName(s.secret().name()).endSecret().build());
            }
            mounts.add(new VolumeMountBuilder().withName(volume).withMountPath(m.path()).withReadOnly(true).build());
        }
        if (c.role() == ContainerSpec.Role.MAIN) {
            for (VolumeSpec v : w.volumes()) {
                mounts.add(new VolumeMountBuilder().withName(v.name()).withMountPath(v.path()).build());
            }
        }
        for (String path : c.security().writablePaths()) {
            String volume = volumeName("writable-", path.substring(1).replace('/', '.'));
            volumes.add(new VolumeBuilder().withName(volume).withNewEmptyDir().endEmptyDir().build());
            mounts.add(new VolumeMountBuilder().withName(volume).withMountPath(path).build());
        }
        ContainerBuilder b = new ContainerBuilder()
                .withName(c.name())
                .withImage(c.image().toString())
                .withCommand(c.command())
                .withArgs(c.args())
                .withPorts(c.ports().stream()
                        .map(p -> new ContainerPortBuilder().withName(p.name()).withContainerPort(p.number()).build())
                        .toList())
                .withEnv(env(c))
                .withVolumeMounts(mounts)
                .withRestartPolicy(c.role() == ContainerSpec.Role.SIDECAR ? "Always" : null)
                .withSecurityContext(containerSecurity(c.security()));
        Resources r = c.resources();
        if (!r.isEmpty()) {
            Map<String, Quantity> requests = new TreeMap<>();
            r.cpuRequest().ifPresent(q -> requests.put("cpu", new Quantity(q.toString())));
            r.memoryRequest().ifPresent(m -> requests.put("memory", new Quantity(m.toString())));
            r.ephemeralRequest().ifPresent(s -> requests.put("ephemeral-storage", new Quantity(s.toString())));
            Map<String, Quantity> limits = new TreeMap<>();
            r.cpuLimit().ifPresent(q -> limits.put("cpu", new Quantity(q.toString())));
            r.memoryLimit().ifPresent(m -> limits.put("memory", new Quantity(m.toString())));
            r.ephemeralLimit().ifPresent(s -> limits.put("ephemeral-storage", new Quantity(s.toString())));
            b.withResources(new ResourceRequirementsBuilder()
                    .withRequests(requests.isEmpty() ? null : requests)
                    .withLimits(limits.isEmpty() ? null : limits)
                    .build());
        }
        c.readinessProbe().ifPresent(p -> b.withReadinessProbe(probe(p)));
        c.livenessProbe().ifPresent(p -> b.withLivenessProbe(probe(p)));
        c.startupProbe().ifPresent(p -> b.withStartupProbe(probe(p)));
        if (c.role() == ContainerSpec.Role.MAIN) {
            w.pod().preStop().ifPresent(d -> b.withNewLifecycle().withNewPreStop().withNewSleep().withSeconds(d.toSeconds())
                    .endSleep().endPreStop().endLifecycle());
        }
        return b.build();
    }

    private List<EnvVar> env(ContainerSpec c) {
        List<EnvVar> env = new ArrayList<>(c.env().size());
        for (EnvVarSpec e : c.env()) {
            EnvVarBuilder b = new EnvVarBuilder().withName(e.name());
            EnvSource source = e.source();
            if (source instanceof EnvSource.Literal l) {
                b.withValue(l.value());
            } else if (source instanceof EnvSource.ConfigKeyRef ref) {
                b.withNewValueFrom().withNewConfigMapKeyRef()
                        .withName(versionedName(ref.config())).withKey(ref.key()).endConfigMapKeyRef().endValueFrom();
            } else if (source instanceof EnvSource.SecretKeyRef s) {
                b.withNewValueFrom().withNewSecretKeyRef()
                        .withName(s.secret().name()).withKey(s.key()).endSecretKeyRef().endValueFrom();
            } else if (source instanceof EnvSource.HostRef h) {
                b.withValue(StoreNames.hostname(h, app.namespace()));
            }
            env.add(b.build());
        }
        return env;
    }


    private static io.fabric8.kubernetes.api.model.Probe probe(dev.shipshape.model.Probe p) {
        ProbeBuilder b = new ProbeBuilder();
        dev.shipshape.model.Probe.Action action = p.action();
        if (action instanceof dev.shipshape.model.Probe.HttpGet h) {
            b.withNewHttpGet().withPath(h.path()).withPort(new IntOrString(h.port())).endHttpGet();
        } else if (action instanceof dev.shipshape.model.Probe.TcpSocket t) {
            b.withNewTcpSocket().withPort(new IntOrString(t.port())).endTcpSocket();
        } else if (action instanceof dev.shipshape.model.Probe.Exec e) {
            b.withNewExec().withCommand(e.command()).endExec();
        }
        if (p.initialDelaySeconds() != 0) {
            b.withInitialDelaySeconds(p.initialDelaySeconds());
        }
        if (p.periodSeconds() != dev.shipshape.model.Probe.DEFAULT_PERIOD) {
            b.withPeriodSeconds(p.periodSeconds());
        }
        if (p.timeoutSeconds() != dev.shipshape.model.Probe.DEFAULT_TIMEOUT) {
            b.withTimeoutSeconds(p.timeoutSeconds());
        }
        if (p.failureThreshold() != dev.shipshape.model.Probe.DEFAULT_FAILURE_THRESHOLD) {
            b.withFailureThreshold(p.failureThreshold());
        }
        return b.build();
    }

    private void hpa(WorkloadSpec w, Autoscaling a) {
        add(new HorizontalPodAutoscalerBuilder()
                .withMetadata(meta(w, w.name()))
                .withNewSpec()
                .withNewScaleTargetRef()
                .withApiVersion("apps/v1")
                .withKind(w.kind().workloadKind().orElseThrow())
                .withName(w.name())
                .endScaleTargetRef()
                .withMinReplicas(a.minReplicas())
                .withMaxReplicas(a.maxReplicas())
                .withMetrics(new MetricSpecBuilder().withType("Resource")
                        .withNewResource().withName("cpu")
                        .withNewTarget().withType("Utilization").withAverageUtilization(a.targetCpuUtilization()).endTarget()
                        .endResource().build())
                .endSpec()
                .build());
    }

    private void pdb(WorkloadSpec w) {
        add(new PodDisruptionBudgetBuilder()
                .withMetadata(meta(w, w.name()))
                .withNewSpec()
                .withMaxUnavailable(new IntOrString(1))
                .withSelector(new LabelSelectorBuilder().withMatchLabels(Labels.selector(app, w.name())).build())
                .endSpec()
                .build());
    }

    private void ingress(IngressSpec i) {
        Map<Optional<String>, List<HTTPIngressPath>> byHost = new LinkedHashMap<>();
        for (RouteSpec r : i.routes()) {
            // the target's name and port come from the route, so a route the policy lets through (a foreign or
            // port-less target) still renders instead of failing
            HTTPIngressPathBuilder path = new HTTPIngressPathBuilder()
                    .withPath(r.path())
                    .withPathType(r.pathType().kubernetesName());
            if (r.port().isPresent()) {
                path.withNewBackend().withNewService().withName(r.target().name())
                        .withNewPort().withName(r.port().get()).endPort().endService().endBackend();
            } else {
                path.withNewBackend().withNewService().withName(r.target().name()).endService().endBackend();
            }
            byHost.computeIfAbsent(r.host(), h -> new ArrayList<>()).add(path.build());
        }
        List<IngressRule> rules = new ArrayList<>();
        byHost.forEach((host, paths) -> rules.add(new IngressRuleBuilder()
                .withHost(host.orElse(null))
                .withNewHttp().withPaths(paths).endHttp()
                .build()));
        Map<String, String> labels = new TreeMap<>(i.labels());
        labels.putAll(Labels.of(app, i.name(), ComponentKind.INGRESS));
        IngressBuilder b = new IngressBuilder()
                .withMetadata(withAnnotations(meta(i.name(), labels, true), i.annotations()))
                .withNewSpec()
                .withIngressClassName(i.className().orElse(null))
                .withRules(rules)
                .endSpec();
        i.tlsSecret().ifPresent(s -> b.editSpec()
                .withTls(new IngressTLSBuilder().withHosts(i.hosts()).withSecretName(s.name()).build())
                .endSpec());
        add(b.build());
    }

    /** The Pod Security Standards levels, strictest first. */
    enum PodSecurityLevel {
        RESTRICTED("restricted"), BASELINE("baseline"), PRIVILEGED("privileged");

        final String label;

        PodSecurityLevel(String label) {
            this.label = label;
        }
    }

    /** The capabilities the "baseline" level lets a container add (the runtime's defaults). */
    private static final Set<String> BASELINE_CAPABILITIES = Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER",
            "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");

    /**
     * The strictest Pod Security Standards level a workload's pods meet, given its opt-outs: running as root leaves
     * "restricted" for "baseline"; adding a capability beyond the runtime's defaults leaves "baseline" too.
     */
    private static PodSecurityLevel podSecurityLevel(WorkloadSpec w) {
        PodSecurityLevel level = w.pod().security().runAsRoot() ? PodSecurityLevel.BASELINE : PodSecurityLevel.RESTRICTED;
        for (ContainerSpec c : w.containers()) {
            for (String cap : c.security().addedCapabilities()) {
                if (!BASELINE_CAPABILITIES.contains(cap)) {
                    return PodSecurityLevel.PRIVILEGED;
                }
                if (!cap.equals("NET_BIND_SERVICE")) {
                    level = PodSecurityLevel.BASELINE;
                }
            }
        }
        return level;
    }

    /** The pod's security context: a non-root user, group and fsGroup, and the runtime's default seccomp profile. */
    private static PodSecurityContext podSecurity(PodSecurity s) {
        PodSecurityContextBuilder b = new PodSecurityContextBuilder()
                .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile();
        if (!s.runAsRoot()) {
            b.withRunAsNonRoot(true).withRunAsUser(s.runAsUser()).withRunAsGroup(s.runAsUser()).withFsGroup(s.runAsUser());
        }
        return b.build();
    }

    /** A container's security context: no privilege escalation, every capability dropped, a read-only root. */
    private static SecurityContext containerSecurity(ContainerSecurity s) {
        return new SecurityContextBuilder()
                .withAllowPrivilegeEscalation(false)
                .withReadOnlyRootFilesystem(!s.writableRootFilesystem())
                .withNewCapabilities().withDrop("ALL").withAdd(s.addedCapabilities().isEmpty() ? null : List.copyOf(s.addedCapabilities()))
                .endCapabilities()
                .build();
    }

    /** One ServiceAccount per component that runs pods; its token is mounted only where asked. */
    private void serviceAccount(WorkloadSpec w) {
        add(new ServiceAccountBuilder().withMetadata(meta(w, w.name())).withAutomountServiceAccountToken(false).build());
    }

    /**
     * The app's NetworkPolicies: deny every ingress and egress of its pods, then allow what the typed graph needs —
     * DNS to kube-dns; the ingress controller's namespace to routed workloads on their routed ports; a workload to a
     * store whose host it reads, on the store's ports (egress at the client, ingress at the store); and the declared
     * {@code egressTo} blocks.
     */
    private void networkPolicies() {
        if (app.workloads().isEmpty()) {
            return;
        }
        current = null;
        Map<String, String> appPods = Map.of(Labels.PART_OF, app.name());
        Origin appWide = new Origin.Rendered(app.id(), Optional.empty());
        out.add(Item.of(new NetworkPolicyBuilder().withMetadata(meta("default-deny", Labels.ofApp(app), true))
                .withNewSpec().withNewPodSelector().withMatchLabels(appPods).endPodSelector()
                .withPolicyTypes("Ingress", "Egress").endSpec().build(), appWide));
        out.add(Item.of(new NetworkPolicyBuilder().withMetadata(meta("allow-dns", Labels.ofApp(app), true))
                .withNewSpec().withNewPodSelector().withMatchLabels(appPods).endPodSelector()
                .withPolicyTypes("Egress")
                .addNewEgress()
                .addNewTo().withNewNamespaceSelector().addToMatchLabels(Traffic.NAMESPACE_NAME, Traffic.DNS_NAMESPACE)
                .endNamespaceSelector().withNewPodSelector().withMatchLabels(Traffic.DNS_PODS).endPodSelector().endTo()
                .addNewPort().withProtocol("UDP").withPort(new IntOrString(Traffic.DNS_PORT)).endPort()
                .addNewPort().withProtocol("TCP").withPort(new IntOrString(Traffic.DNS_PORT)).endPort()
                .endEgress()
                .endSpec().build(), appWide));
        Map<String, SortedSet<String>> routedPorts = Traffic.routedPorts(app);
        Map<String, SortedMap<String, WorkloadSpec>> storesOf = Traffic.storesReadBy(app);
        Map<String, SortedSet<String>> clientsOf = Traffic.clientsOf(storesOf);
        for (WorkloadSpec w : app.workloads()) {
            current = w.id();
            List<NetworkPolicyIngressRule> ingress = new ArrayList<>();
            Set<String> routed = routedPorts.getOrDefault(w.name(), Collections.emptySortedSet());
            if (!routed.isEmpty()) {
                ingress.add(new NetworkPolicyIngressRuleBuilder()
                        .withFrom(controllerPeer())
                        .withPorts(policyPorts(w, routed)).build());
            }
            for (String client : clientsOf.getOrDefault(w.name(), Collections.emptySortedSet())) {
                ingress.add(new NetworkPolicyIngressRuleBuilder()
                        .addNewFrom().withNewPodSelector().withMatchLabels(Labels.selector(app, client)).endPodSelector().endFrom()
                        .withPorts(policyPorts(w, null)).build());
            }
            List<NetworkPolicyEgressRule> egress = new ArrayList<>();
            for (WorkloadSpec target : storesOf.getOrDefault(w.name(), Collections.emptySortedMap()).values()) {
                egress.add(new NetworkPolicyEgressRuleBuilder()
                        .addNewTo().withNewPodSelector().withMatchLabels(Labels.selector(app, target.name())).endPodSelector().endTo()
                        .withPorts(policyPorts(target, null)).build());
            }
            for (EgressRule e : w.pod().egress()) {
                egress.add(new NetworkPolicyEgressRuleBuilder()
                        .addNewTo().withNewIpBlock().withCidr(e.cidr()).endIpBlock().endTo()
                        .withPorts(e.ports().stream().map(p -> new NetworkPolicyPortBuilder().withProtocol("TCP")
                                .withPort(new IntOrString(p)).build()).toList())
                        .build());
            }
            if (ingress.isEmpty() && egress.isEmpty()) {
                continue;
            }
            List<String> types = new ArrayList<>();
            if (!ingress.isEmpty()) {
                types.add("Ingress");
            }
            if (!egress.isEmpty()) {
                types.add("Egress");
            }
            add(new NetworkPolicyBuilder().withMetadata(meta(w, w.name()))
                    .withNewSpec().withNewPodSelector().withMatchLabels(Labels.selector(app, w.name())).endPodSelector()
                    .withPolicyTypes(types).withIngress(ingress).withEgress(egress).endSpec().build());
        }
    }

    /** The ingress controller's pods: its namespace, narrowed to the labels given, if any. */
    private NetworkPolicyPeer controllerPeer() {
        NetworkPolicyPeerBuilder b = new NetworkPolicyPeerBuilder().withNewNamespaceSelector()
                .addToMatchLabels(Traffic.NAMESPACE_NAME, app.ingressControllerNamespace()).endNamespaceSelector();
        if (!app.ingressControllerPods().isEmpty()) {
            b.withNewPodSelector().withMatchLabels(new TreeMap<>(app.ingressControllerPods())).endPodSelector();
        }
        return b.build();
    }

    /** The container ports of {@code w} named in {@code names} (every port when null), as policy ports. */
    private static List<NetworkPolicyPort> policyPorts(WorkloadSpec w, Set<String> names) {
        List<NetworkPolicyPort> ports = new ArrayList<>();
        for (PortSpec p : w.ports()) {
            if (names == null || names.contains(p.name())) {
                ports.add(new NetworkPolicyPortBuilder().withProtocol("TCP").withPort(new IntOrString(p.number())).build());
            }
        }
        return ports;
    }

    /**
     * A pod volume name (DNS-1123 label) that differs for different sources: {@code config-<name>} when that is a
     * label; otherwise dots replaced and shortened, with a hash of the name appended, so {@code a.b} and {@code a-b} get
     * two volumes.
     */
    private static String volumeName(String prefix, String name) {
        String v = prefix + name;
        if (v.length() <= 63 && name.indexOf('.') < 0) {
            return v;
        }
        String hash = KustomizeHash.of(new TreeMap<>(Map.of("name", name)));
        String readable = (prefix + name.replace('.', '-'));
        return readable.substring(0, Math.min(readable.length(), 52)).replaceAll("-+$", "") + "-" + hash;
    }
}
