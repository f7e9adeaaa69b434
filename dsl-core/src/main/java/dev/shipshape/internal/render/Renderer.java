package dev.shipshape.internal.render;

import dev.shipshape.internal.yaml.Serialization;

import dev.shipshape.internal.graph.Traffic;
import dev.shipshape.internal.lang.KustomizeHash;
import dev.shipshape.internal.graph.StoreNames;
import dev.shipshape.internal.validation.Index;
import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.objects.Origin;
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
import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;
import io.fabric8.kubernetes.api.model.ConfigMapVolumeSource;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EmptyDirVolumeSource;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.ExecAction;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Lifecycle;
import io.fabric8.kubernetes.api.model.LifecycleHandler;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimSpec;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.SecretVolumeSource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.fabric8.kubernetes.api.model.SleepAction;
import io.fabric8.kubernetes.api.model.TCPSocketAction;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.VolumeResourceRequirements;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentSpec;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;
import io.fabric8.kubernetes.api.model.apps.RollingUpdateDeployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.CrossVersionObjectReference;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricTarget;
import io.fabric8.kubernetes.api.model.autoscaling.v2.ResourceMetricSource;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobSpec;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobTemplateSpec;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressRuleValue;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicySpec;
import io.fabric8.kubernetes.api.model.networking.v1.ServiceBackendPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpec;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
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
            Namespace namespace = new Namespace();
            namespace.setMetadata(meta(ns, labels, false));
            out.add(Item.of(namespace,
                    new Origin.Rendered(app.id(), Optional.empty())));
        });
        for (SecretSpec s : app.secrets()) {
            current = s.id();
            if (s.data().isEmpty()) {
                Secret standIn = new Secret(); // v1 Secret: the model's constructor sets apiVersion and kind
                standIn.setType(Item.EXTERNAL_SECRET);
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
                Secret secret = new Secret();
                secret.setMetadata(meta(s.name(), Labels.of(app, s.name(), ComponentKind.SECRET), true));
                secret.setType("Opaque");
                secret.setData(encoded);
                add(secret);
            });
        }
        for (ConfigSpec c : app.configs()) {
            current = c.id();
            ConfigMap config = new ConfigMap();
            config.setMetadata(meta(versionedName(c), Labels.of(app, c.name(), ComponentKind.CONFIG), true));
            config.setData(new TreeMap<>(c.data()));
            config.setImmutable(c.unversioned() ? null : Boolean.TRUE);
            add(config);
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
        ObjectMeta b = new ObjectMeta();
        b.setName(name);
        b.setLabels(new TreeMap<>(labels));
        if (namespaced) {
            app.namespace().ifPresent(b::setNamespace);
        }
        Map<String, String> annotations = new TreeMap<>(waiverAnnotations);
        if (current != null) {
            app.waivers(current).forEach((rule, reason) -> annotations.put(WAIVED_ANNOTATION + rule, reason));
        }
        if (!annotations.isEmpty()) {
            b.setAnnotations(annotations);
        }
        return b;
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
        DeploymentSpec spec = new DeploymentSpec();
        spec.setReplicas(w.autoscaling().isPresent() ? null : w.effectiveReplicas());
        spec.setSelector(selector(Labels.selector(app, w.name())));
        spec.setTemplate(podTemplate(w, Optional.empty()));
        w.pod().rollingUpdate().ifPresent(r -> {
            RollingUpdateDeployment rolling = new RollingUpdateDeployment();
            rolling.setMaxSurge(intOrPercent(r.maxSurge()));
            rolling.setMaxUnavailable(intOrPercent(r.maxUnavailable()));
            DeploymentStrategy strategy = new DeploymentStrategy();
            strategy.setType("RollingUpdate");
            strategy.setRollingUpdate(rolling);
            spec.setStrategy(strategy);
        });
        Deployment d = new Deployment();
        d.setMetadata(meta(w, w.name()));
        d.setSpec(spec);
        add(d);
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
            ObjectMeta claimMeta = new ObjectMeta();
            claimMeta.setName(v.name());
            claimMeta.setLabels(podLabels(w));
            VolumeResourceRequirements resources = new VolumeResourceRequirements();
            resources.setRequests(new LinkedHashMap<>(Map.of("storage", new Quantity(v.size().toString()))));
            PersistentVolumeClaimSpec claimSpec = new PersistentVolumeClaimSpec();
            claimSpec.setAccessModes(list(v.accessMode().kubernetesName()));
            claimSpec.setStorageClassName(v.storageClass().orElse(null));
            claimSpec.setResources(resources);
            io.fabric8.kubernetes.api.model.PersistentVolumeClaim claim = new io.fabric8.kubernetes.api.model.PersistentVolumeClaim();
            claim.setMetadata(claimMeta);
            claim.setSpec(claimSpec);
            claims.add(claim);
        }
        StatefulSetSpec spec = new StatefulSetSpec();
        spec.setServiceName(w.name());
        spec.setReplicas(w.autoscaling().isPresent() ? null : w.effectiveReplicas());
        spec.setSelector(selector(Labels.selector(app, w.name())));
        spec.setTemplate(podTemplate(w, Optional.empty()));
        spec.setVolumeClaimTemplates(claims);
        StatefulSet set = new StatefulSet();
        set.setMetadata(meta(w, w.name()));
        set.setSpec(spec);
        add(set);
        add(service(w, w.name(), true));
        if (w.readService()) {
            add(service(w, StoreNames.readService(w.name()), false));
        }
    }

    private JobSpec jobSpec(WorkloadSpec w) {
        JobOptions o = w.job().orElseThrow();
        JobSpec spec = new JobSpec();
        spec.setBackoffLimit(o.backoffLimit());
        spec.setActiveDeadlineSeconds(o.activeDeadline().map(Duration::toSeconds).orElse(null));
        spec.setTtlSecondsAfterFinished(o.ttlAfterFinished().map(d -> (int) d.toSeconds()).orElse(null));
        spec.setCompletions(o.completions() == 1 ? null : o.completions());
        spec.setParallelism(o.parallelism() == 1 ? null : o.parallelism());
        spec.setTemplate(podTemplate(w, Optional.of(o.restartPolicy().kubernetesName())));
        return spec;
    }

    private void job(WorkloadSpec w) {
        Job job = new Job();
        job.setMetadata(meta(w, w.name()));
        job.setSpec(jobSpec(w));
        add(job);
    }

    private void cronJob(WorkloadSpec w) {
        CronOptions c = w.cron().orElseThrow();
        ObjectMeta templateMeta = new ObjectMeta();
        templateMeta.setLabels(podLabels(w));
        JobTemplateSpec template = new JobTemplateSpec();
        template.setMetadata(templateMeta);
        template.setSpec(jobSpec(w));
        CronJobSpec spec = new CronJobSpec();
        spec.setSchedule(c.schedule());
        spec.setTimeZone(c.timeZone().orElse(null));
        spec.setConcurrencyPolicy(c.concurrency().kubernetesName());
        spec.setSuccessfulJobsHistoryLimit(c.successfulJobsHistory());
        spec.setFailedJobsHistoryLimit(c.failedJobsHistory());
        spec.setStartingDeadlineSeconds(c.startingDeadline().map(Duration::toSeconds).orElse(null));
        spec.setJobTemplate(template);
        CronJob cron = new CronJob();
        cron.setMetadata(meta(w, w.name()));
        cron.setSpec(spec);
        add(cron);
    }

    private HasMetadata service(WorkloadSpec w, String name, boolean headless) {
        List<ServicePort> ports = new ArrayList<>();
        for (PortSpec p : w.ports()) {
            ServicePort port = new ServicePort();
            port.setName(p.name());
            port.setPort(p.servicePort());
            port.setTargetPort(new IntOrString(p.name()));
            ports.add(port);
        }
        ServiceSpec spec = new ServiceSpec();
        spec.setClusterIP(headless ? "None" : null);
        spec.setSelector(new TreeMap<>(Labels.selector(app, w.name())));
        spec.setPorts(ports);
        Service service = new Service();
        service.setMetadata(meta(w, name));
        service.setSpec(spec);
        return service;
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
        ObjectMeta meta = new ObjectMeta();
        meta.setLabels(podLabels(w));
        meta.setAnnotations(o.annotations().isEmpty() ? null : new TreeMap<>(o.annotations()));
        PodSpec spec = new PodSpec();
        spec.setRestartPolicy(restartPolicy.orElse(null));
        spec.setServiceAccountName(w.name());
        spec.setAutomountServiceAccountToken(o.security().serviceAccountToken());
        spec.setSecurityContext(podSecurity(o.security()));
        spec.setTerminationGracePeriodSeconds(o.terminationGracePeriod().map(Duration::toSeconds).orElse(null));
        spec.setNodeSelector(o.nodeSelector().isEmpty() ? null : new TreeMap<>(o.nodeSelector()));
        List<io.fabric8.kubernetes.api.model.Toleration> tolerations = new ArrayList<>();
        o.tolerations().forEach(t -> tolerations.add(toleration(t)));
        spec.setTolerations(tolerations);
        List<LocalObjectReference> pullSecrets = new ArrayList<>();
        o.imagePullSecrets().forEach(s -> pullSecrets.add(new LocalObjectReference(s.name())));
        spec.setImagePullSecrets(pullSecrets);
        spec.setInitContainers(init);
        spec.setContainers(list(main));
        spec.setVolumes(dedupe(volumes));
        if (o.spreadAcrossZones() && !w.kind().isBatch() && w.minimumReplicas() >= 2) {
            TopologySpreadConstraint spread = new TopologySpreadConstraint();
            spread.setMaxSkew(1);
            spread.setTopologyKey(ZONE_LABEL);
            spread.setWhenUnsatisfiable("ScheduleAnyway");
            spread.setLabelSelector(selector(Labels.selector(app, w.name())));
            spec.setTopologySpreadConstraints(list(spread));
        }
        PodTemplateSpec template = new PodTemplateSpec();
        template.setMetadata(meta);
        template.setSpec(spec);
        return template;
    }

    private static io.fabric8.kubernetes.api.model.Toleration toleration(Toleration t) {
        io.fabric8.kubernetes.api.model.Toleration out = new io.fabric8.kubernetes.api.model.Toleration();
        out.setKey(t.key());
        out.setOperator(t.value().isPresent() ? "Equal" : "Exists");
        out.setValue(t.value().orElse(null));
        out.setEffect(t.effect().orElse(null));
        return out;
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
                ConfigMapVolumeSource source = new ConfigMapVolumeSource();
                source.setName(versionedName(config.config()));
                Volume v = new Volume();
                v.setName(volume);
                v.setConfigMap(source);
                volumes.add(v);
            } else {
                MountSpec.OfSecret s = (MountSpec.OfSecret) m;
                volume = volumeName("secret-", s.secret().name());
                SecretVolumeSource source = new SecretVolumeSource();
                source.setSecretName(s.secret().name());
                Volume v = new Volume();
                v.setName(volume);
                v.setSecret(source);
                volumes.add(v);
            }
            mounts.add(mount(volume, m.path(), true));
        }
        if (c.role() == ContainerSpec.Role.MAIN) {
            for (VolumeSpec v : w.volumes()) {
                mounts.add(mount(v.name(), v.path(), null));
            }
        }
        for (String path : c.security().writablePaths()) {
            String volume = volumeName("writable-", path.substring(1).replace('/', '.'));
            Volume v = new Volume();
            v.setName(volume);
            v.setEmptyDir(new EmptyDirVolumeSource());
            volumes.add(v);
            mounts.add(mount(volume, path, null));
        }
        Container b = new Container();
        b.setName(c.name());
        b.setImage(c.image().toString());
        b.setCommand(new ArrayList<>(c.command()));
        b.setArgs(new ArrayList<>(c.args()));
        List<ContainerPort> ports = new ArrayList<>(c.ports().size());
        for (PortSpec p : c.ports()) {
            ContainerPort port = new ContainerPort();
            port.setName(p.name());
            port.setContainerPort(p.number());
            ports.add(port);
        }
        b.setPorts(ports);
        b.setEnv(env(c));
        b.setVolumeMounts(mounts);
        b.setRestartPolicy(c.role() == ContainerSpec.Role.SIDECAR ? "Always" : null);
        b.setSecurityContext(containerSecurity(c.security()));
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
            ResourceRequirements resources = new ResourceRequirements();
            resources.setRequests(requests.isEmpty() ? null : requests);
            resources.setLimits(limits.isEmpty() ? null : limits);
            b.setResources(resources);
        }
        c.readinessProbe().ifPresent(p -> b.setReadinessProbe(probe(p)));
        c.livenessProbe().ifPresent(p -> b.setLivenessProbe(probe(p)));
        c.startupProbe().ifPresent(p -> b.setStartupProbe(probe(p)));
        if (c.role() == ContainerSpec.Role.MAIN) {
            w.pod().preStop().ifPresent(d -> {
                LifecycleHandler preStop = new LifecycleHandler();
                preStop.setSleep(new SleepAction(d.toSeconds()));
                Lifecycle lifecycle = new Lifecycle();
                lifecycle.setPreStop(preStop);
                b.setLifecycle(lifecycle);
            });
        }
        return b;
    }

    private List<EnvVar> env(ContainerSpec c) {
        List<EnvVar> env = new ArrayList<>(c.env().size());
        for (EnvVarSpec e : c.env()) {
            EnvVar b = new EnvVar();
            b.setName(e.name());
            EnvSource source = e.source();
            if (source instanceof EnvSource.Literal l) {
                b.setValue(l.value());
            } else if (source instanceof EnvSource.ConfigKeyRef ref) {
                EnvVarSource from = new EnvVarSource();
                from.setConfigMapKeyRef(new ConfigMapKeySelector(ref.key(), versionedName(ref.config()), null));
                b.setValueFrom(from);
            } else if (source instanceof EnvSource.SecretKeyRef s) {
                EnvVarSource from = new EnvVarSource();
                from.setSecretKeyRef(new SecretKeySelector(s.key(), s.secret().name(), null));
                b.setValueFrom(from);
            } else if (source instanceof EnvSource.HostRef h) {
                b.setValue(StoreNames.hostname(h, app.namespace()));
            }
            env.add(b);
        }
        return env;
    }


    private static io.fabric8.kubernetes.api.model.Probe probe(dev.shipshape.model.Probe p) {
        io.fabric8.kubernetes.api.model.Probe b = new io.fabric8.kubernetes.api.model.Probe();
        dev.shipshape.model.Probe.Action action = p.action();
        if (action instanceof dev.shipshape.model.Probe.HttpGet h) {
            HTTPGetAction get = new HTTPGetAction();
            get.setPath(h.path());
            get.setPort(new IntOrString(h.port()));
            b.setHttpGet(get);
        } else if (action instanceof dev.shipshape.model.Probe.TcpSocket t) {
            TCPSocketAction tcp = new TCPSocketAction();
            tcp.setPort(new IntOrString(t.port()));
            b.setTcpSocket(tcp);
        } else if (action instanceof dev.shipshape.model.Probe.Exec e) {
            b.setExec(new ExecAction(new ArrayList<>(e.command())));
        }
        if (p.initialDelaySeconds() != 0) {
            b.setInitialDelaySeconds(p.initialDelaySeconds());
        }
        if (p.periodSeconds() != dev.shipshape.model.Probe.DEFAULT_PERIOD) {
            b.setPeriodSeconds(p.periodSeconds());
        }
        if (p.timeoutSeconds() != dev.shipshape.model.Probe.DEFAULT_TIMEOUT) {
            b.setTimeoutSeconds(p.timeoutSeconds());
        }
        if (p.failureThreshold() != dev.shipshape.model.Probe.DEFAULT_FAILURE_THRESHOLD) {
            b.setFailureThreshold(p.failureThreshold());
        }
        return b;
    }

    private void hpa(WorkloadSpec w, Autoscaling a) {
        MetricTarget target = new MetricTarget();
        target.setType("Utilization");
        target.setAverageUtilization(a.targetCpuUtilization());
        ResourceMetricSource cpu = new ResourceMetricSource();
        cpu.setName("cpu");
        cpu.setTarget(target);
        MetricSpec metric = new MetricSpec();
        metric.setType("Resource");
        metric.setResource(cpu);
        HorizontalPodAutoscalerSpec spec = new HorizontalPodAutoscalerSpec();
        spec.setScaleTargetRef(new CrossVersionObjectReference("apps/v1", w.kind().workloadKind().orElseThrow(), w.name()));
        spec.setMinReplicas(a.minReplicas());
        spec.setMaxReplicas(a.maxReplicas());
        spec.setMetrics(list(metric));
        HorizontalPodAutoscaler hpa = new HorizontalPodAutoscaler();
        hpa.setMetadata(meta(w, w.name()));
        hpa.setSpec(spec);
        add(hpa);
    }

    private void pdb(WorkloadSpec w) {
        PodDisruptionBudgetSpec spec = new PodDisruptionBudgetSpec();
        spec.setMaxUnavailable(new IntOrString(1));
        spec.setSelector(selector(Labels.selector(app, w.name())));
        PodDisruptionBudget pdb = new PodDisruptionBudget();
        pdb.setMetadata(meta(w, w.name()));
        pdb.setSpec(spec);
        add(pdb);
    }

    private void ingress(IngressSpec i) {
        Map<Optional<String>, List<HTTPIngressPath>> byHost = new LinkedHashMap<>();
        for (RouteSpec r : i.routes()) {
            // the target's name and port come from the route, so a route the policy lets through (a foreign or
            // port-less target) still renders instead of failing
            IngressServiceBackend service = new IngressServiceBackend();
            service.setName(r.target().name());
            r.port().ifPresent(port -> service.setPort(new ServiceBackendPort(port, null)));
            IngressBackend backend = new IngressBackend();
            backend.setService(service);
            HTTPIngressPath path = new HTTPIngressPath();
            path.setPath(r.path());
            path.setPathType(r.pathType().kubernetesName());
            path.setBackend(backend);
            byHost.computeIfAbsent(r.host(), h -> new ArrayList<>()).add(path);
        }
        List<IngressRule> rules = new ArrayList<>();
        byHost.forEach((host, paths) -> {
            IngressRule rule = new IngressRule();
            rule.setHost(host.orElse(null));
            rule.setHttp(new HTTPIngressRuleValue(paths));
            rules.add(rule);
        });
        Map<String, String> labels = new TreeMap<>(i.labels());
        labels.putAll(Labels.of(app, i.name(), ComponentKind.INGRESS));
        io.fabric8.kubernetes.api.model.networking.v1.IngressSpec spec = new io.fabric8.kubernetes.api.model.networking.v1.IngressSpec();
        spec.setIngressClassName(i.className().orElse(null));
        spec.setRules(rules);
        i.tlsSecret().ifPresent(s -> spec.setTls(list(new IngressTLS(new ArrayList<>(i.hosts()), s.name()))));
        Ingress ingress = new Ingress();
        ingress.setMetadata(withAnnotations(meta(i.name(), labels, true), i.annotations()));
        ingress.setSpec(spec);
        add(ingress);
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
        PodSecurityContext b = new PodSecurityContext();
        b.setSeccompProfile(new SeccompProfile(null, "RuntimeDefault"));
        if (!s.runAsRoot()) {
            b.setRunAsNonRoot(true);
            b.setRunAsUser(s.runAsUser());
            b.setRunAsGroup(s.runAsUser());
            b.setFsGroup(s.runAsUser());
        }
        return b;
    }

    /** A container's security context: no privilege escalation, every capability dropped, a read-only root. */
    private static SecurityContext containerSecurity(ContainerSecurity s) {
        Capabilities capabilities = new Capabilities();
        capabilities.setDrop(list("ALL"));
        capabilities.setAdd(s.addedCapabilities().isEmpty() ? null : new ArrayList<>(s.addedCapabilities()));
        SecurityContext b = new SecurityContext();
        b.setAllowPrivilegeEscalation(false);
        b.setReadOnlyRootFilesystem(!s.writableRootFilesystem());
        b.setCapabilities(capabilities);
        return b;
    }

    /** One ServiceAccount per component that runs pods; its token is mounted only where asked. */
    private void serviceAccount(WorkloadSpec w) {
        ServiceAccount account = new ServiceAccount();
        account.setMetadata(meta(w, w.name()));
        account.setAutomountServiceAccountToken(false);
        add(account);
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
        out.add(Item.of(policy(meta("default-deny", Labels.ofApp(app), true), appPods, list("Ingress", "Egress"),
                new ArrayList<>(), new ArrayList<>()), appWide));
        NetworkPolicyPeer dns = new NetworkPolicyPeer();
        dns.setNamespaceSelector(selector(Map.of(Traffic.NAMESPACE_NAME, Traffic.DNS_NAMESPACE)));
        dns.setPodSelector(selector(Traffic.DNS_PODS));
        NetworkPolicyEgressRule toDns = new NetworkPolicyEgressRule();
        toDns.setTo(list(dns));
        toDns.setPorts(list(policyPort("UDP", Traffic.DNS_PORT), policyPort("TCP", Traffic.DNS_PORT)));
        out.add(Item.of(policy(meta("allow-dns", Labels.ofApp(app), true), appPods, list("Egress"), new ArrayList<>(),
                list(toDns)), appWide));
        Map<String, SortedSet<String>> routedPorts = Traffic.routedPorts(app);
        Map<String, SortedMap<String, WorkloadSpec>> storesOf = Traffic.storesReadBy(app);
        Map<String, SortedSet<String>> clientsOf = Traffic.clientsOf(storesOf);
        for (WorkloadSpec w : app.workloads()) {
            current = w.id();
            List<NetworkPolicyIngressRule> ingress = new ArrayList<>();
            Set<String> routed = routedPorts.getOrDefault(w.name(), Collections.emptySortedSet());
            if (!routed.isEmpty()) {
                ingress.add(new NetworkPolicyIngressRule(list(controllerPeer()), policyPorts(w, routed)));
            }
            for (String client : clientsOf.getOrDefault(w.name(), Collections.emptySortedSet())) {
                ingress.add(new NetworkPolicyIngressRule(list(podPeer(Labels.selector(app, client))), policyPorts(w, null)));
            }
            List<NetworkPolicyEgressRule> egress = new ArrayList<>();
            for (WorkloadSpec target : storesOf.getOrDefault(w.name(), Collections.emptySortedMap()).values()) {
                egress.add(new NetworkPolicyEgressRule(policyPorts(target, null), list(podPeer(Labels.selector(app, target.name())))));
            }
            for (EgressRule e : w.pod().egress()) {
                NetworkPolicyPeer block = new NetworkPolicyPeer();
                block.setIpBlock(new IPBlock(e.cidr(), new ArrayList<>()));
                List<NetworkPolicyPort> ports = new ArrayList<>();
                e.ports().forEach(p -> ports.add(policyPort("TCP", p)));
                egress.add(new NetworkPolicyEgressRule(ports, list(block)));
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
            add(policy(meta(w, w.name()), Labels.selector(app, w.name()), types, ingress, egress));
        }
    }

    /** The ingress controller's pods: its namespace, narrowed to the labels given, if any. */
    private NetworkPolicyPeer controllerPeer() {
        NetworkPolicyPeer b = new NetworkPolicyPeer();
        b.setNamespaceSelector(selector(Map.of(Traffic.NAMESPACE_NAME, app.ingressControllerNamespace())));
        if (!app.ingressControllerPods().isEmpty()) {
            b.setPodSelector(selector(new TreeMap<>(app.ingressControllerPods())));
        }
        return b;
    }

    private static NetworkPolicyPeer podPeer(Map<String, String> labels) {
        NetworkPolicyPeer peer = new NetworkPolicyPeer();
        peer.setPodSelector(selector(labels));
        return peer;
    }

    private static NetworkPolicy policy(ObjectMeta meta, Map<String, String> pods, List<String> types,
                                        List<NetworkPolicyIngressRule> ingress, List<NetworkPolicyEgressRule> egress) {
        NetworkPolicySpec spec = new NetworkPolicySpec();
        spec.setPodSelector(selector(pods));
        spec.setPolicyTypes(types);
        spec.setIngress(ingress);
        spec.setEgress(egress);
        NetworkPolicy policy = new NetworkPolicy();
        policy.setMetadata(meta);
        policy.setSpec(spec);
        return policy;
    }

    private static NetworkPolicyPort policyPort(String protocol, int port) {
        NetworkPolicyPort p = new NetworkPolicyPort();
        p.setProtocol(protocol);
        p.setPort(new IntOrString(port));
        return p;
    }

    /** A label selector matching {@code labels} (a sorted copy). */
    private static LabelSelector selector(Map<String, String> labels) {
        LabelSelector s = new LabelSelector();
        s.setMatchLabels(new TreeMap<>(labels));
        return s;
    }

    private static VolumeMount mount(String volume, String path, Boolean readOnly) {
        VolumeMount m = new VolumeMount();
        m.setName(volume);
        m.setMountPath(path);
        m.setReadOnly(readOnly);
        return m;
    }

    /** A mutable list, as fabric8's builders made. */
    @SafeVarargs
    private static <T> List<T> list(T... items) {
        return new ArrayList<>(List.of(items));
    }

    /** The container ports of {@code w} named in {@code names} (every port when null), as policy ports. */
    private static List<NetworkPolicyPort> policyPorts(WorkloadSpec w, Set<String> names) {
        List<NetworkPolicyPort> ports = new ArrayList<>();
        for (PortSpec p : w.ports()) {
            if (names == null || names.contains(p.name())) {
                ports.add(policyPort("TCP", p.number()));
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
