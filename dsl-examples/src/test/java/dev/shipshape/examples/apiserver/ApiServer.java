package dev.shipshape.examples.apiserver;

import static dev.shipshape.examples.apiserver.Apimachinery.isConfigMapKey;
import static dev.shipshape.examples.apiserver.Apimachinery.isDns1035Label;
import static dev.shipshape.examples.apiserver.Apimachinery.isDns1123Label;
import static dev.shipshape.examples.apiserver.Apimachinery.isDns1123Subdomain;
import static dev.shipshape.examples.apiserver.Apimachinery.isEnvVarName;
import static dev.shipshape.examples.apiserver.Apimachinery.isValidLabelValue;
import static dev.shipshape.examples.apiserver.Apimachinery.isValidPortName;
import static dev.shipshape.examples.apiserver.Apimachinery.isValidPortNum;

import dev.shipshape.oracles.GatewayApiCrds;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1CronJob;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1DeploymentSpec;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1HTTPIngressPath;
import io.kubernetes.client.openapi.models.V1IPBlock;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1IngressBackend;
import io.kubernetes.client.openapi.models.V1IngressRule;
import io.kubernetes.client.openapi.models.V1IngressSpec;
import io.kubernetes.client.openapi.models.V1IngressTLS;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1LabelSelectorRequirement;
import io.kubernetes.client.openapi.models.V1Lifecycle;
import io.kubernetes.client.openapi.models.V1LifecycleHandler;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1NetworkPolicyEgressRule;
import io.kubernetes.client.openapi.models.V1NetworkPolicyIngressRule;
import io.kubernetes.client.openapi.models.V1NetworkPolicyPeer;
import io.kubernetes.client.openapi.models.V1NetworkPolicyPort;
import io.kubernetes.client.openapi.models.V1NetworkPolicySpec;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimSpec;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimVolumeSource;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1SeccompProfile;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1SecurityContext;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V1ServiceBackendPort;
import io.kubernetes.client.openapi.models.V1ServicePort;
import io.kubernetes.client.openapi.models.V1ServiceSpec;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V1StatefulSetSpec;
import io.kubernetes.client.openapi.models.V1Toleration;
import io.kubernetes.client.openapi.models.V1TopologySpreadConstraint;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import io.kubernetes.client.openapi.models.V2CrossVersionObjectReference;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscalerSpec;
import io.kubernetes.client.openapi.models.V2MetricSpec;
import io.kubernetes.client.openapi.models.V2MetricTarget;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An independent oracle for "the API server accepts this": the checks of the Kubernetes API server's validation
 * ({@code pkg/apis/core/validation}, {@code apps}, {@code networking}, {@code policy} and {@code autoscaling}
 * validation, and apimachinery's {@code pkg/util/validation}), ported from the Go sources field by field for every
 * kind and field Shipshape can emit, applied to the official Kubernetes Java client models
 * ({@code io.kubernetes:client-java-api}) that the object's JSON is read into.
 *
 * <p>As the API server does, the defaults ({@code SetDefaults_*}) are applied before validation for the fields the
 * validation would otherwise find missing (protocols, pull and restart policies, probe periods, strategies). Beyond
 * the object itself, the oracle validates what the object's controller will create and the API server must accept in
 * turn: for a StatefulSet, its pods (template + a claim volume per claim template, hostname and labels the controller
 * sets) and its PersistentVolumeClaims; for a Deployment, its ReplicaSet name and pod template. Fields Shipshape never
 * emits (host networking, ephemeral containers, most volume sources) are not ported; an object carrying one is
 * reported as unsupported so the oracle never passes what it did not check.
 */
public final class ApiServer {

    /** The most bytes a ConfigMap's or a Secret's data may hold ({@code core.MaxSecretSize}). */
    static final int MAX_DATA_SIZE = 1024 * 1024;

    private ApiServer() {
    }

    /**
     * Validates one object given as JSON (as {@code kubectl apply} would send it), and what its controller creates.
     *
     * @param json the object
     * @return the errors, empty when the API server accepts it
     */
    public static List<String> validate(String json) {
        Map<?, ?> head = JSON.deserialize(json, Map.class);
        String kind = String.valueOf(head.get("kind"));
        String apiVersion = String.valueOf(head.get("apiVersion"));
        return switch (apiVersion + "/" + kind) {
            case "v1/Namespace" -> namespace(JSON.deserialize(json, V1Namespace.class));
            case "v1/ConfigMap" -> configMap(JSON.deserialize(json, V1ConfigMap.class));
            case "v1/Secret" -> secret(JSON.deserialize(json, V1Secret.class));
            case "v1/Service" -> service(JSON.deserialize(json, V1Service.class));
            case "v1/PersistentVolumeClaim" -> {
                V1PersistentVolumeClaim pvc = JSON.deserialize(json, V1PersistentVolumeClaim.class);
                Errors errs = new Errors("PersistentVolumeClaim/" + name(pvc.getMetadata()));
                objectMeta(pvc.getMetadata(), true, Apimachinery::isDns1123Subdomain, errs);
                pvcSpec(pvc.getSpec(), "spec", errs);
                yield errs.list();
            }
            case "apps/v1/Deployment" -> deployment(JSON.deserialize(json, V1Deployment.class));
            case "apps/v1/StatefulSet" -> statefulSet(JSON.deserialize(json, V1StatefulSet.class));
            case "autoscaling/v2/HorizontalPodAutoscaler" -> hpa(JSON.deserialize(json, V2HorizontalPodAutoscaler.class));
            case "policy/v1/PodDisruptionBudget" -> pdb(JSON.deserialize(json, V1PodDisruptionBudget.class));
            case "networking.k8s.io/v1/Ingress" -> ingress(JSON.deserialize(json, V1Ingress.class));
            case "batch/v1/Job" -> job(JSON.deserialize(json, V1Job.class));
            case "batch/v1/CronJob" -> cronJob(JSON.deserialize(json, V1CronJob.class));
            case "v1/ServiceAccount" -> serviceAccount(JSON.deserialize(json, V1ServiceAccount.class));
            case "networking.k8s.io/v1/NetworkPolicy" -> networkPolicy(JSON.deserialize(json, V1NetworkPolicy.class));
            // custom resources: the API server validates them against their CRD's schema (and its CEL rules, which
            // the ported GatewayApiCel checks against upstream's CEL tables); the vendored upstream CRDs are the oracle
            case "gateway.networking.k8s.io/v1/HTTPRoute", "gateway.networking.k8s.io/v1/GRPCRoute" ->
                    GatewayApiCrds.errors(kind, json);
            default -> List.of(kind + ": the oracle has no port of " + apiVersion + "/" + kind + "'s validation");
        };
    }

    // ---------------------------------------------------------------- metadata

    private static String name(V1ObjectMeta meta) {
        return meta == null || meta.getName() == null ? "" : meta.getName();
    }

    /** {@code ValidateObjectMeta}: name required and valid for the kind, namespace a DNS-1123 label, labels, annotations. */
    private static void objectMeta(V1ObjectMeta meta, boolean namespaced, Function<String, List<String>> nameFn, Errors errs) {
        if (meta == null) {
            errs.add("metadata", "Required value");
            return;
        }
        String name = name(meta);
        if (name.isEmpty()) {
            errs.add("metadata.name", "Required value: name or generateName is required");
        } else {
            nameFn.apply(name).forEach(m -> errs.add("metadata.name", "Invalid value: \"" + name + "\": " + m));
        }
        if (namespaced) {
            String ns = meta.getNamespace() == null ? "" : meta.getNamespace();
            if (!ns.isEmpty()) {
                isDns1123Label(ns).forEach(m -> errs.add("metadata.namespace", "Invalid value: \"" + ns + "\": " + m));
            }
        } else if (meta.getNamespace() != null && !meta.getNamespace().isEmpty()) {
            errs.add("metadata.namespace", "Forbidden: not allowed on this type");
        }
        Apimachinery.validateLabels(meta.getLabels(), "metadata.labels", errs);
        Apimachinery.validateAnnotations(meta.getAnnotations(), "metadata.annotations", errs);
    }

    /** {@code ValidateLabelSelector}: match labels as labels, expressions with a valid key, operator and values. */
    private static void labelSelector(V1LabelSelector selector, String path, Errors errs) {
        if (selector == null) {
            return;
        }
        Apimachinery.validateLabels(selector.getMatchLabels(), path + ".matchLabels", errs);
        for (V1LabelSelectorRequirement r : list(selector.getMatchExpressions())) {
            String op = r.getOperator() == null ? "" : r.getOperator();
            switch (op) {
                case "In", "NotIn" -> {
                    if (list(r.getValues()).isEmpty()) {
                        errs.add(path + ".matchExpressions.values", "Required value: must be specified when `operator` is 'In' or 'NotIn'");
                    }
                }
                case "Exists", "DoesNotExist" -> {
                    if (!list(r.getValues()).isEmpty()) {
                        errs.add(path + ".matchExpressions.values", "Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'");
                    }
                }
                default -> errs.add(path + ".matchExpressions.operator", "Invalid value: \"" + op + "\": not a valid selector operator");
            }
            Apimachinery.isQualifiedName(r.getKey() == null ? "" : r.getKey())
                    .forEach(m -> errs.add(path + ".matchExpressions.key", m));
            for (String v : list(r.getValues())) {
                isValidLabelValue(v).forEach(m -> errs.add(path + ".matchExpressions.values", m));
            }
        }
    }

    /** Whether {@code selector} selects {@code labels} ({@code metav1.LabelSelectorAsSelector(…).Matches}). */
    static boolean matches(V1LabelSelector selector, Map<String, String> labels) {
        Map<String, String> l = labels == null ? Map.of() : labels;
        if (selector.getMatchLabels() != null) {
            for (Map.Entry<String, String> e : selector.getMatchLabels().entrySet()) {
                if (!e.getValue().equals(l.get(e.getKey()))) {
                    return false;
                }
            }
        }
        for (V1LabelSelectorRequirement r : list(selector.getMatchExpressions())) {
            boolean has = l.containsKey(r.getKey());
            boolean in = has && list(r.getValues()).contains(l.get(r.getKey()));
            boolean ok = switch (String.valueOf(r.getOperator())) {
                case "In" -> in;
                case "NotIn" -> !in;
                case "Exists" -> has;
                case "DoesNotExist" -> !has;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean emptySelector(V1LabelSelector s) {
        return s == null || (s.getMatchLabels() == null || s.getMatchLabels().isEmpty()) && list(s.getMatchExpressions()).isEmpty();
    }

    // ---------------------------------------------------------------- core/v1

    private static List<String> namespace(V1Namespace ns) {
        Errors errs = new Errors("Namespace/" + name(ns.getMetadata()));
        objectMeta(ns.getMetadata(), false, Apimachinery::isDns1123Label, errs);
        return errs.list();
    }

    /** {@code ValidateConfigMap}: keys, no key in both data and binaryData, at most 1 MiB. */
    private static List<String> configMap(V1ConfigMap cm) {
        Errors errs = new Errors("ConfigMap/" + name(cm.getMetadata()));
        objectMeta(cm.getMetadata(), true, Apimachinery::isDns1123Subdomain, errs);
        long total = 0;
        for (Map.Entry<String, String> e : map(cm.getData()).entrySet()) {
            isConfigMapKey(e.getKey()).forEach(m -> errs.add("data[" + e.getKey() + "]", m));
            total += e.getValue() == null ? 0 : e.getValue().getBytes(StandardCharsets.UTF_8).length;
        }
        for (Map.Entry<String, byte[]> e : map(cm.getBinaryData()).entrySet()) {
            isConfigMapKey(e.getKey()).forEach(m -> errs.add("binaryData[" + e.getKey() + "]", m));
            if (map(cm.getData()).containsKey(e.getKey())) {
                errs.add("binaryData[" + e.getKey() + "]", "Invalid value: duplicate of key present in data");
            }
            total += e.getValue() == null ? 0 : e.getValue().length;
        }
        if (total > MAX_DATA_SIZE) {
            errs.add("", "Too long: ConfigMap must have at most 1048576 bytes");
        }
        return errs.list();
    }

    /** {@code ValidateSecret}: keys (stringData merged into data first), at most 1 MiB, what each type requires. */
    private static List<String> secret(V1Secret s) {
        Errors errs = new Errors("Secret/" + name(s.getMetadata()));
        objectMeta(s.getMetadata(), true, Apimachinery::isDns1123Subdomain, errs);
        Map<String, Integer> data = new LinkedHashMap<>();
        map(s.getData()).forEach((k, v) -> data.put(k, v == null ? 0 : v.length));
        map(s.getStringData()).forEach((k, v) -> data.put(k, v == null ? 0 : v.getBytes(StandardCharsets.UTF_8).length));
        long total = 0;
        for (Map.Entry<String, Integer> e : data.entrySet()) {
            isConfigMapKey(e.getKey()).forEach(m -> errs.add("data[" + e.getKey() + "]", m));
            total += e.getValue();
        }
        if (total > MAX_DATA_SIZE) {
            errs.add("data", "Too long: must have at most 1048576 bytes");
        }
        String type = s.getType() == null ? "Opaque" : s.getType();
        if (type.equals("kubernetes.io/tls")) {
            for (String key : List.of("tls.crt", "tls.key")) {
                if (!data.containsKey(key)) {
                    errs.add("data[" + key + "]", "Required value");
                }
            }
        } else if (type.equals("kubernetes.io/basic-auth") && !data.containsKey("username") && !data.containsKey("password")) {
            errs.add("data", "Required value: one of username or password");
        } else if (type.equals("kubernetes.io/ssh-auth") && !data.containsKey("ssh-privatekey")) {
            errs.add("data[ssh-privatekey]", "Required value");
        } else if (type.equals("kubernetes.io/dockerconfigjson") && !data.containsKey(".dockerconfigjson")) {
            errs.add("data[.dockerconfigjson]", "Required value");
        }
        return errs.list();
    }

    /**
     * {@code ValidateService}: ports required unless headless or ExternalName; each port named (when several) with a
     * unique DNS-1123 label, numbered 1-65535, a supported protocol, a valid target port; no two ports with one number
     * and protocol; a valid selector and clusterIP. Node ports: none on a ClusterIP Service, no (protocol, node port)
     * twice, and — where the node-port allocator refuses them at creation — within the default
     * {@code --service-node-port-range} 30000-32767. {@code loadBalancerSourceRanges} only on a LoadBalancer, each a
     * CIDR (spaces trimmed); {@code externalTrafficPolicy} only on an externally accessible Service (NodePort,
     * LoadBalancer), {@code Cluster} or {@code Local}; no headless NodePort or LoadBalancer.
     */
    private static List<String> service(V1Service svc) {
        Errors errs = new Errors("Service/" + name(svc.getMetadata()));
        objectMeta(svc.getMetadata(), true, Apimachinery::isDns1035Label, errs);
        V1ServiceSpec spec = svc.getSpec();
        if (spec == null) {
            errs.add("spec", "Required value");
            return errs.list();
        }
        String type = spec.getType() == null ? "ClusterIP" : spec.getType();
        boolean headless = "None".equals(spec.getClusterIP());
        List<V1ServicePort> ports = list(spec.getPorts());
        if (ports.isEmpty() && !headless && !type.equals("ExternalName")) {
            errs.add("spec.ports", "Required value");
        }
        if (!List.of("ClusterIP", "NodePort", "LoadBalancer", "ExternalName").contains(type)) {
            errs.add("spec.type", "Unsupported value: \"" + type + "\"");
        }
        if (spec.getClusterIP() != null && !spec.getClusterIP().isEmpty() && !headless && !Apimachinery.parsesAsIp(spec.getClusterIP())) {
            errs.add("spec.clusterIP", "Invalid value: must be empty, 'None', or a valid IP address");
        }
        Set<String> names = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        Set<String> nodePorts = new HashSet<>();
        for (int i = 0; i < ports.size(); i++) {
            V1ServicePort p = ports.get(i);
            String path = "spec.ports[" + i + "]";
            String name = p.getName() == null ? "" : p.getName();
            if (ports.size() > 1 && name.isEmpty()) {
                errs.add(path + ".name", "Required value");
            } else if (!name.isEmpty()) {
                isDns1123Label(name).forEach(m -> errs.add(path + ".name", m));
                if (!names.add(name)) {
                    errs.add(path + ".name", "Duplicate value: \"" + name + "\"");
                }
            }
            int number = p.getPort() == null ? 0 : p.getPort();
            isValidPortNum(number).forEach(m -> errs.add(path + ".port", m));
            String protocol = p.getProtocol() == null ? "TCP" : p.getProtocol();   // SetDefaults_Service
            if (!List.of("TCP", "UDP", "SCTP").contains(protocol)) {
                errs.add(path + ".protocol", "Unsupported value: \"" + protocol + "\"");
            }
            IntOrString target = p.getTargetPort() == null ? new IntOrString(number) : p.getTargetPort();   // defaulted to port
            portNumOrName(target, path + ".targetPort", errs);
            if (!numbers.add(number + "/" + protocol)) {
                errs.add(path, "Duplicate value: {\"port\":" + number + ",\"protocol\":\"" + protocol + "\"}");
            }
            if (p.getNodePort() != null && p.getNodePort() != 0) {
                if (type.equals("ClusterIP")) {
                    errs.add(path + ".nodePort", "Forbidden: may not be used when `type` is 'ClusterIP'");
                } else if (!nodePorts.add(p.getNodePort() + "/" + protocol)) {
                    errs.add(path + ".nodePort", "Duplicate value: " + p.getNodePort());
                } else if (p.getNodePort() < 30000 || p.getNodePort() > 32767) {   // portallocator, at creation
                    errs.add(path + ".nodePort", "Invalid value: " + p.getNodePort() + ": provided port is not in the valid"
                            + " range. The range of valid ports is 30000-32767");
                }
            }
        }
        List<String> ranges = list(spec.getLoadBalancerSourceRanges());
        if (!ranges.isEmpty() && !type.equals("LoadBalancer")) {
            errs.add("spec.LoadBalancerSourceRanges", "Forbidden: may only be used when `type` is 'LoadBalancer'");
        }
        for (int i = 0; i < ranges.size(); i++) {
            String r = ranges.get(i) == null ? "" : ranges.get(i).trim();
            if (Apimachinery.parseCidr(r) == null) {
                errs.add("spec.LoadBalancerSourceRanges[" + i + "]", "Invalid value: \"" + r + "\": must be a valid CIDR value,"
                        + " (e.g. 10.9.8.0/24 or 2001:db8::/64)");
            }
        }
        String etp = spec.getExternalTrafficPolicy();
        if (etp != null && !etp.isEmpty()) {
            if (!type.equals("NodePort") && !type.equals("LoadBalancer") && list(spec.getExternalIPs()).isEmpty()) {
                errs.add("spec.externalTrafficPolicy", "Invalid value: \"" + etp + "\": may only be set for externally-accessible"
                        + " services");
            } else if (!etp.equals("Cluster") && !etp.equals("Local")) {
                errs.add("spec.externalTrafficPolicy", "Unsupported value: \"" + etp + "\"");
            }
        }
        if (headless && (type.equals("NodePort") || type.equals("LoadBalancer"))) {
            errs.add("spec.clusterIPs[0]", "Invalid value: \"None\": may not be set to 'None' for " + type + " services");
        }
        Apimachinery.validateLabels(spec.getSelector(), "spec.selector", errs);
        return errs.list();
    }

    /** {@code ValidatePortNumOrName}. */
    private static void portNumOrName(IntOrString port, String path, Errors errs) {
        if (port.isInteger()) {
            isValidPortNum(port.getIntValue()).forEach(m -> errs.add(path, m));
        } else {
            isValidPortName(port.getStrValue()).forEach(m -> errs.add(path, "\"" + port.getStrValue() + "\": " + m));
        }
    }

    /** {@code ValidatePersistentVolumeClaimSpec}: access modes, a storage request greater than zero, a valid class. */
    private static void pvcSpec(V1PersistentVolumeClaimSpec spec, String path, Errors errs) {
        if (spec == null) {
            errs.add(path, "Required value");
            return;
        }
        if (list(spec.getAccessModes()).isEmpty()) {
            errs.add(path + ".accessModes", "Required value: at least 1 access mode is required");
        }
        for (String mode : list(spec.getAccessModes())) {
            if (!List.of("ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod").contains(mode)) {
                errs.add(path + ".accessModes", "Unsupported value: \"" + mode + "\"");
            }
        }
        if (list(spec.getAccessModes()).contains("ReadWriteOncePod") && spec.getAccessModes().size() > 1) {
            errs.add(path + ".accessModes", "Forbidden: may not use ReadWriteOncePod with other access modes");
        }
        Quantity storage = spec.getResources() == null ? null : map(spec.getResources().getRequests()).get("storage");
        if (storage == null) {
            errs.add(path + ".resources[storage]", "Required value");
        } else if (storage.getNumber().signum() <= 0) {
            errs.add(path + ".resources[storage]", "Invalid value: \"" + storage.toSuffixedString() + "\": must be greater than zero");
        }
        if (spec.getStorageClassName() != null && !spec.getStorageClassName().isEmpty()) {
            isDns1123Subdomain(spec.getStorageClassName()).forEach(m -> errs.add(path + ".storageClassName", m));
        }
        if (spec.getVolumeMode() != null && !List.of("Block", "Filesystem").contains(spec.getVolumeMode())) {
            errs.add(path + ".volumeMode", "Unsupported value: \"" + spec.getVolumeMode() + "\"");
        }
    }

    // ---------------------------------------------------------------- pods

    /** {@code ValidatePodTemplateSpec}: labels, annotations and the pod spec. */
    private static void podTemplate(V1PodTemplateSpec template, String path, Map<String, String> extraVolumes, Errors errs) {
        if (template == null) {
            errs.add(path, "Required value");
            return;
        }
        V1ObjectMeta meta = template.getMetadata() == null ? new V1ObjectMeta() : template.getMetadata();
        Apimachinery.validateLabels(meta.getLabels(), path + ".metadata.labels", errs);
        Apimachinery.validateAnnotations(meta.getAnnotations(), path + ".metadata.annotations", errs);
        podSpec(template.getSpec(), path + ".spec", extraVolumes, errs);
    }

    /**
     * {@code ValidatePodSpec} for the fields Shipshape emits: volumes, containers and init containers, restart and DNS
     * policy (defaulted), node selector, service account and image pull secret names, grace periods.
     *
     * @param extraVolumes volumes the controller adds (a StatefulSet's claims), by name, replacing template volumes
     */
    private static void podSpec(V1PodSpec spec, String path, Map<String, String> extraVolumes, Errors errs) {
        if (spec == null) {
            errs.add(path, "Required value");
            return;
        }
        Set<String> volumes = volumes(spec, path, extraVolumes, errs);
        List<V1Container> containers = list(spec.getContainers());
        if (containers.isEmpty()) {
            errs.add(path + ".containers", "Required value");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < containers.size(); i++) {
            V1Container c = containers.get(i);
            String cpath = path + ".containers[" + i + "]";
            container(c, volumes, cpath, errs);
            if (!names.add(String.valueOf(c.getName()))) {
                errs.add(cpath + ".name", "Duplicate value: \"" + c.getName() + "\"");
            }
            probe(c.getLivenessProbe(), cpath + ".livenessProbe", true, errs);
            probe(c.getReadinessProbe(), cpath + ".readinessProbe", false, errs);
            probe(c.getStartupProbe(), cpath + ".startupProbe", true, errs);
            if (c.getRestartPolicy() != null) {
                errs.add(cpath + ".restartPolicy", "Forbidden: may not be set for non-init containers");
            }
        }
        hostPortConflicts(containers, path + ".containers", errs);
        podSecurityContext(spec, path, errs);
        List<V1Container> init = list(spec.getInitContainers());
        for (int i = 0; i < init.size(); i++) {
            V1Container c = init.get(i);
            String cpath = path + ".initContainers[" + i + "]";
            container(c, volumes, cpath, errs);
            if (!names.add(String.valueOf(c.getName()))) {
                errs.add(cpath + ".name", "Duplicate value: \"" + c.getName() + "\"");
            }
            hostPortConflicts(List.of(c), path + ".initContainers", errs);
            boolean sidecar = "Always".equals(c.getRestartPolicy());
            if (c.getRestartPolicy() != null && !sidecar) {
                errs.add(cpath + ".restartPolicy", "Unsupported value: \"" + c.getRestartPolicy() + "\"");
            }
            if (sidecar) {
                lifecycle(c.getLifecycle(), spec.getTerminationGracePeriodSeconds() == null ? 30 : spec.getTerminationGracePeriodSeconds(),
                        cpath + ".lifecycle", errs);
                probe(c.getLivenessProbe(), cpath + ".livenessProbe", true, errs);
                probe(c.getReadinessProbe(), cpath + ".readinessProbe", false, errs);
                probe(c.getStartupProbe(), cpath + ".startupProbe", true, errs);
            } else {
                for (String p : List.of("lifecycle", "livenessProbe", "readinessProbe", "startupProbe")) {
                    Object set = switch (p) {
                        case "lifecycle" -> c.getLifecycle();
                        case "livenessProbe" -> c.getLivenessProbe();
                        case "readinessProbe" -> c.getReadinessProbe();
                        default -> c.getStartupProbe();
                    };
                    if (set != null) {
                        errs.add(cpath + "." + p, "Forbidden: may not be set for init containers without restartPolicy=Always");
                    }
                }
            }
        }
        String restart = spec.getRestartPolicy() == null ? "Always" : spec.getRestartPolicy();   // SetDefaults_PodSpec
        if (!List.of("Always", "OnFailure", "Never").contains(restart)) {
            errs.add(path + ".restartPolicy", "Unsupported value: \"" + restart + "\"");
        }
        String dns = spec.getDnsPolicy() == null ? "ClusterFirst" : spec.getDnsPolicy();
        if (!List.of("ClusterFirstWithHostNet", "ClusterFirst", "Default", "None").contains(dns)) {
            errs.add(path + ".dnsPolicy", "Unsupported value: \"" + dns + "\"");
        }
        Apimachinery.validateLabels(spec.getNodeSelector(), path + ".nodeSelector", errs);
        if (spec.getServiceAccountName() != null && !spec.getServiceAccountName().isEmpty()) {
            isDns1123Subdomain(spec.getServiceAccountName()).forEach(m -> errs.add(path + ".serviceAccountName", m));
        }
        for (var ref : list(spec.getImagePullSecrets())) {
            isDns1123Subdomain(ref.getName() == null ? "" : ref.getName()).forEach(m -> errs.add(path + ".imagePullSecrets", m));
        }
        if (spec.getTerminationGracePeriodSeconds() != null && spec.getTerminationGracePeriodSeconds() < 0) {
            errs.add(path + ".terminationGracePeriodSeconds", "Invalid value: must be greater than or equal to 0");
        }
        if (spec.getActiveDeadlineSeconds() != null && spec.getActiveDeadlineSeconds() <= 0) {
            errs.add(path + ".activeDeadlineSeconds", "Invalid value: must be between 1 and 2147483647, inclusive");
        }
        if (spec.getHostname() != null) {
            isDns1123Label(spec.getHostname()).forEach(m -> errs.add(path + ".hostname", m));
        }
        tolerations(list(spec.getTolerations()), path + ".tolerations", errs);
        topologySpread(list(spec.getTopologySpreadConstraints()), path + ".topologySpreadConstraints", errs);
        long grace = spec.getTerminationGracePeriodSeconds() == null ? 30 : spec.getTerminationGracePeriodSeconds();
        for (int i = 0; i < containers.size(); i++) {
            lifecycle(containers.get(i).getLifecycle(), grace, path + ".containers[" + i + "].lifecycle", errs);
        }
        if (spec.getSubdomain() != null) {
            isDns1123Label(spec.getSubdomain()).forEach(m -> errs.add(path + ".subdomain", m));
        }
        if (spec.getHostNetwork() != null && spec.getHostNetwork() || !list(spec.getEphemeralContainers()).isEmpty()
                || spec.getAffinity() != null && spec.getAffinity().getPodAffinity() != null) {
            errs.add(path, "the oracle does not port the validation of host networking, ephemeral containers or pod affinity");
        }
    }

    private static final List<String> EFFECTS = List.of("NoSchedule", "PreferNoSchedule", "NoExecute");

    /** {@code ValidateTolerations}. */
    private static void tolerations(List<V1Toleration> tolerations, String path, Errors errs) {
        for (int i = 0; i < tolerations.size(); i++) {
            V1Toleration t = tolerations.get(i);
            String tpath = path + "[" + i + "]";
            String key = t.getKey() == null ? "" : t.getKey();
            if (!key.isEmpty()) {
                Apimachinery.isQualifiedName(key).forEach(m -> errs.add(tpath + ".key", m));
            }
            String op = t.getOperator() == null ? "Equal" : t.getOperator();
            if (key.isEmpty() && !op.equals("Exists")) {
                errs.add(tpath + ".operator", "Invalid value: operator must be Exists when `key` is empty");
            }
            switch (op) {
                case "Equal" -> isValidLabelValue(t.getValue() == null ? "" : t.getValue()).forEach(m -> errs.add(tpath + ".value", m));
                case "Exists" -> {
                    if (t.getValue() != null && !t.getValue().isEmpty()) {
                        errs.add(tpath + ".operator", "Invalid value: value must be empty when `operator` is 'Exists'");
                    }
                }
                default -> errs.add(tpath + ".operator", "Unsupported value: \"" + op + "\"");
            }
            if (t.getTolerationSeconds() != null && !"NoExecute".equals(t.getEffect())) {
                errs.add(tpath + ".effect", "Invalid value: effect must be 'NoExecute' when `tolerationSeconds` is set");
            }
            if (t.getEffect() != null && !t.getEffect().isEmpty() && !EFFECTS.contains(t.getEffect())) {
                errs.add(tpath + ".effect", "Unsupported value: \"" + t.getEffect() + "\"");
            }
        }
    }

    /** {@code validateTopologySpreadConstraints}. */
    private static void topologySpread(List<V1TopologySpreadConstraint> constraints, String path, Errors errs) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < constraints.size(); i++) {
            V1TopologySpreadConstraint c = constraints.get(i);
            String cpath = path + "[" + i + "]";
            if (c.getMaxSkew() == null || c.getMaxSkew() <= 0) {
                errs.add(cpath + ".maxSkew", "Invalid value: must be greater than zero");
            }
            String key = c.getTopologyKey() == null ? "" : c.getTopologyKey();
            if (key.isEmpty()) {
                errs.add(cpath + ".topologyKey", "Required value: can not be empty");
            } else {
                Apimachinery.isQualifiedName(key).forEach(m -> errs.add(cpath + ".topologyKey", m));
            }
            String when = c.getWhenUnsatisfiable() == null ? "" : c.getWhenUnsatisfiable();
            if (!List.of("DoNotSchedule", "ScheduleAnyway").contains(when)) {
                errs.add(cpath + ".whenUnsatisfiable", "Unsupported value: \"" + when + "\"");
            }
            if (!seen.add(key + "/" + when)) {
                errs.add(cpath, "Duplicate value: {" + key + ", " + when + "}");
            }
            if (c.getMinDomains() != null && !when.equals("DoNotSchedule")) {
                errs.add(cpath + ".minDomains", "Invalid value: can only use minDomains if whenUnsatisfiable=DoNotSchedule");
            }
            labelSelector(c.getLabelSelector(), cpath + ".labelSelector", errs);
        }
    }

    /**
     * {@code validateLifecycle}: one handler each; an exec with a command; a sleep of more than 0 seconds and at most the
     * grace period.
     */
    private static void lifecycle(V1Lifecycle lifecycle, long grace, String path, Errors errs) {
        if (lifecycle == null) {
            return;
        }
        for (var h : new Object[][] {{"postStart", lifecycle.getPostStart()}, {"preStop", lifecycle.getPreStop()}}) {
            if (h[1] == null) {
                continue;
            }
            V1LifecycleHandler handler = (V1LifecycleHandler) h[1];
            int handlers = (handler.getExec() != null ? 1 : 0) + (handler.getHttpGet() != null ? 1 : 0)
                    + (handler.getTcpSocket() != null ? 1 : 0) + (handler.getSleep() != null ? 1 : 0);
            if (handlers != 1) {
                errs.add(path + "." + h[0], handlers == 0 ? "Required value: must specify a handler type"
                        : "Forbidden: may not specify more than 1 handler type");
            }
            // validateLifecycleHandler → validateExecAction, as for probes
            if (handler.getExec() != null && list(handler.getExec().getCommand()).isEmpty()) {
                errs.add(path + "." + h[0] + ".exec.command", "Required value");
            }
            if (handler.getSleep() != null) {
                long seconds = handler.getSleep().getSeconds() == null ? 0 : handler.getSleep().getSeconds();
                if (seconds <= 0 || seconds > grace) {
                    errs.add(path + "." + h[0] + ".sleep", "Invalid value: " + seconds + ": must be greater than 0 and less than"
                            + " terminationGracePeriodSeconds (" + grace + ")");
                }
            }
        }
    }

    /** {@code ValidateVolumes}: unique DNS-1123 label names, exactly one source, the sources Shipshape emits checked. */
    private static Set<String> volumes(V1PodSpec spec, String path, Map<String, String> extra, Errors errs) {
        Set<String> valid = new HashSet<>();
        Set<String> names = new HashSet<>();
        List<V1Volume> vols = new ArrayList<>();
        for (V1Volume v : list(spec.getVolumes())) {
            if (!extra.containsKey(v.getName())) {
                vols.add(v);
            }
        }
        extra.forEach((name, claim) -> vols.add(new V1Volume().name(name)
                .persistentVolumeClaim(new V1PersistentVolumeClaimVolumeSource().claimName(claim))));
        for (int i = 0; i < vols.size(); i++) {
            V1Volume v = vols.get(i);
            String vpath = path + ".volumes[" + i + "]";
            List<String> el = new ArrayList<>();
            int sources = 0;
            if (v.getConfigMap() != null) {
                sources++;
                if (v.getConfigMap().getName() == null || v.getConfigMap().getName().isEmpty()) {
                    el.add("configMap.name: Required value");
                }
                defaultMode(v.getConfigMap().getDefaultMode(), el);
                for (var item : list(v.getConfigMap().getItems())) {
                    isConfigMapKey(String.valueOf(item.getKey())).forEach(m -> el.add("configMap.items.key: " + m));
                }
            }
            if (v.getSecret() != null) {
                sources++;
                if (v.getSecret().getSecretName() == null || v.getSecret().getSecretName().isEmpty()) {
                    el.add("secret.secretName: Required value");
                }
                defaultMode(v.getSecret().getDefaultMode(), el);
                for (var item : list(v.getSecret().getItems())) {
                    isConfigMapKey(String.valueOf(item.getKey())).forEach(m -> el.add("secret.items.key: " + m));
                }
            }
            if (v.getEmptyDir() != null) {
                sources++;
                if (v.getEmptyDir().getSizeLimit() != null && v.getEmptyDir().getSizeLimit().getNumber().signum() < 0) {
                    el.add("emptyDir.sizeLimit: Forbidden: SizeLimit field must be a valid resource quantity");
                }
            }
            if (v.getPersistentVolumeClaim() != null) {
                sources++;
                String claim = v.getPersistentVolumeClaim().getClaimName();
                if (claim == null || claim.isEmpty()) {
                    el.add("persistentVolumeClaim.claimName: Required value");
                }
            }
            if (v.getProjected() != null || v.getDownwardAPI() != null || v.getHostPath() != null || v.getCsi() != null
                    || v.getEphemeral() != null || v.getNfs() != null) {
                sources++;
                el.add("the oracle does not port the validation of this volume source");
            }
            if (sources == 0) {
                el.add("Required value: must specify a volume type");
            } else if (sources > 1) {
                el.add("Forbidden: may not specify more than 1 volume type");
            }
            String name = v.getName() == null ? "" : v.getName();
            if (name.isEmpty()) {
                el.add("name: Required value");
            } else {
                isDns1123Label(name).forEach(m -> el.add("name: " + m));
            }
            if (names.contains(name)) {
                el.add("name: Duplicate value: \"" + name + "\"");
            }
            if (el.isEmpty()) {
                names.add(name);
                valid.add(name);
            } else {
                el.forEach(m -> errs.add(vpath, m));
            }
        }
        return valid;
    }

    private static void defaultMode(Integer mode, List<String> el) {
        if (mode != null && (mode < 0 || mode > 0777)) {
            el.add("defaultMode: Invalid value: must be a number between 0 and 0777 (octal), both inclusive");
        }
    }

    /** {@code validateContainerCommon}: name, image, ports, env, mounts, pull policy, resources. */
    private static void container(V1Container c, Set<String> volumes, String path, Errors errs) {
        String name = c.getName() == null ? "" : c.getName();
        if (name.isEmpty()) {
            errs.add(path + ".name", "Required value");
        } else {
            isDns1123Label(name).forEach(m -> errs.add(path + ".name", m));
        }
        if (c.getImage() == null || c.getImage().isEmpty()) {
            errs.add(path + ".image", "Required value");
        }
        String tmp = c.getTerminationMessagePolicy() == null ? "File" : c.getTerminationMessagePolicy();
        if (!List.of("File", "FallbackToLogsOnError").contains(tmp)) {
            errs.add(path + ".terminationMessagePolicy", "Unsupported value: \"" + tmp + "\"");
        }
        String pull = c.getImagePullPolicy() == null ? "IfNotPresent" : c.getImagePullPolicy();
        if (!List.of("Always", "IfNotPresent", "Never").contains(pull)) {
            errs.add(path + ".imagePullPolicy", "Unsupported value: \"" + pull + "\"");
        }
        containerPorts(list(c.getPorts()), path + ".ports", errs);
        List<V1EnvVar> env = list(c.getEnv());
        for (int i = 0; i < env.size(); i++) {
            env(env.get(i), path + ".env[" + i + "]", errs);
        }
        if (c.getEnvFrom() != null && !c.getEnvFrom().isEmpty()) {
            errs.add(path + ".envFrom", "the oracle does not port the validation of envFrom");
        }
        Set<String> mountPaths = new HashSet<>();
        List<V1VolumeMount> mounts = list(c.getVolumeMounts());
        for (int i = 0; i < mounts.size(); i++) {
            V1VolumeMount m = mounts.get(i);
            String mpath = path + ".volumeMounts[" + i + "]";
            if (m.getName() == null || m.getName().isEmpty()) {
                errs.add(mpath + ".name", "Required value");
            }
            if (!volumes.contains(m.getName())) {
                errs.add(mpath + ".name", "Not found: \"" + m.getName() + "\"");
            }
            if (m.getMountPath() == null || m.getMountPath().isEmpty()) {
                errs.add(mpath + ".mountPath", "Required value");
            }
            if (!mountPaths.add(String.valueOf(m.getMountPath()))) {
                errs.add(mpath + ".mountPath", "Invalid value: \"" + m.getMountPath() + "\": must be unique");
            }
            if (m.getSubPath() != null && !m.getSubPath().isEmpty()) {
                localDescendingPath(m.getSubPath(), mpath + ".subPath", errs);
            }
        }
        resources(c.getResources(), path + ".resources", errs);
        securityContext(c.getSecurityContext(), path + ".securityContext", errs);
    }

    // ---------------------------------------------------------------- security contexts

    /**
     * {@code validatePodSpecSecurityContext} for the fields Shipshape emits: user, group and fsGroup ids
     * ({@code IsValidUserID}/{@code IsValidGroupID}), the seccomp profile; host namespaces and any other field are
     * reported as not ported.
     */
    private static void podSecurityContext(V1PodSpec spec, String path, Errors errs) {
        for (String hostField : List.of("hostNetwork", "hostPID", "hostIPC", "hostUsers", "shareProcessNamespace")) {
            Boolean set = switch (hostField) {
                case "hostNetwork" -> spec.getHostNetwork();
                case "hostPID" -> spec.getHostPID();
                case "hostIPC" -> spec.getHostIPC();
                case "hostUsers" -> spec.getHostUsers();
                default -> spec.getShareProcessNamespace();
            };
            if (set != null) {
                errs.add(path + "." + hostField, "the oracle does not port the validation of " + hostField);
            }
        }
        V1PodSecurityContext sc = spec.getSecurityContext();
        if (sc == null) {
            return;
        }
        String scPath = path + ".securityContext";
        if (sc.getFsGroup() != null) {
            isValidId(sc.getFsGroup()).forEach(m -> errs.add(scPath + ".fsGroup", "Invalid value: " + sc.getFsGroup() + ": " + m));
        }
        if (sc.getRunAsUser() != null) {
            isValidId(sc.getRunAsUser()).forEach(m -> errs.add(scPath + ".runAsUser", "Invalid value: " + sc.getRunAsUser() + ": " + m));
        }
        if (sc.getRunAsGroup() != null) {
            isValidId(sc.getRunAsGroup()).forEach(m -> errs.add(scPath + ".runAsGroup", "Invalid value: " + sc.getRunAsGroup() + ": " + m));
        }
        seccompProfile(sc.getSeccompProfile(), scPath + ".seccompProfile", errs);
        if (!list(sc.getSupplementalGroups()).isEmpty() || !list(sc.getSysctls()).isEmpty() || sc.getFsGroupChangePolicy() != null
                || sc.getSeLinuxOptions() != null || sc.getWindowsOptions() != null || sc.getAppArmorProfile() != null
                || sc.getSupplementalGroupsPolicy() != null || sc.getSeLinuxChangePolicy() != null) {
            errs.add(scPath, "the oracle ports runAsUser, runAsGroup, runAsNonRoot, fsGroup and seccompProfile only");
        }
    }

    /**
     * {@code ValidateSecurityContext}: user and group ids, the seccomp profile, and {@code allowPrivilegeEscalation:
     * false} with neither {@code privileged: true} nor {@code CAP_SYS_ADMIN} added.
     */
    private static void securityContext(V1SecurityContext sc, String path, Errors errs) {
        if (sc == null) {
            return;
        }
        if (sc.getRunAsUser() != null) {
            isValidId(sc.getRunAsUser()).forEach(m -> errs.add(path + ".runAsUser", "Invalid value: " + sc.getRunAsUser() + ": " + m));
        }
        if (sc.getRunAsGroup() != null) {
            isValidId(sc.getRunAsGroup()).forEach(m -> errs.add(path + ".runAsGroup", "Invalid value: " + sc.getRunAsGroup() + ": " + m));
        }
        seccompProfile(sc.getSeccompProfile(), path + ".seccompProfile", errs);
        if (Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
            if (Boolean.TRUE.equals(sc.getPrivileged())) {
                errs.add(path, "Invalid value: cannot set `allowPrivilegeEscalation` to false and `privileged` to true");
            }
            if (sc.getCapabilities() != null && list(sc.getCapabilities().getAdd()).contains("CAP_SYS_ADMIN")) {
                errs.add(path, "Invalid value: cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN");
            }
        }
        if (sc.getProcMount() != null || sc.getSeLinuxOptions() != null || sc.getWindowsOptions() != null
                || sc.getAppArmorProfile() != null) {
            errs.add(path, "the oracle does not port procMount, seLinuxOptions, windowsOptions or appArmorProfile");
        }
    }

    /** {@code IsValidUserID} / {@code IsValidGroupID}: 0 to {@code math.MaxInt32}. */
    private static List<String> isValidId(long id) {
        return id >= 0 && id <= Integer.MAX_VALUE ? List.of() : List.of("must be between 0 and 2147483647, inclusive");
    }

    /** {@code validateSeccompProfileField}: a known type; {@code localhostProfile} exactly when the type is Localhost. */
    private static void seccompProfile(V1SeccompProfile sp, String path, Errors errs) {
        if (sp == null) {
            return;
        }
        String type = sp.getType() == null ? "" : sp.getType();
        switch (type) {
            case "Localhost", "RuntimeDefault", "Unconfined" -> { }
            case "" -> errs.add(path + ".type", "Required value: type is required when seccompProfile is set");
            default -> errs.add(path + ".type", "Unsupported value: \"" + type + "\"");
        }
        if (type.equals("Localhost")) {
            if (sp.getLocalhostProfile() == null) {
                errs.add(path + ".localhostProfile", "Required value: must be set when seccomp type is Localhost");
            } else {
                localDescendingPath(sp.getLocalhostProfile(), path + ".localhostProfile", errs);
            }
        } else if (sp.getLocalhostProfile() != null) {
            errs.add(path + ".localhostProfile", "Invalid value: can only be set when seccomp type is Localhost");
        }
    }

    // ---------------------------------------------------------------- ServiceAccount and NetworkPolicy

    /** {@code ValidateServiceAccount}: the metadata, with a DNS-1123 subdomain name. */
    private static List<String> serviceAccount(V1ServiceAccount sa) {
        Errors errs = new Errors("ServiceAccount/" + name(sa.getMetadata()));
        objectMeta(sa.getMetadata(), true, Apimachinery::isDns1123Subdomain, errs);
        if (!list(sa.getSecrets()).isEmpty() || !list(sa.getImagePullSecrets()).isEmpty()) {
            errs.add("", "the oracle does not port the validation of secrets and imagePullSecrets");
        }
        return errs.list();
    }

    /**
     * {@code ValidateNetworkPolicy} (networking validation): metadata, the pod selector, each rule's ports
     * ({@code ValidateNetworkPolicyPort}, with endPort) and peers ({@code ValidateNetworkPolicyPeer},
     * {@code ValidateIPBlock}), and at most two known policy types.
     */
    private static List<String> networkPolicy(V1NetworkPolicy np) {
        Errors errs = new Errors("NetworkPolicy/" + name(np.getMetadata()));
        objectMeta(np.getMetadata(), true, Apimachinery::isDns1123Subdomain, errs);
        V1NetworkPolicySpec spec = np.getSpec();
        if (spec == null) {
            errs.add("spec", "Required value");
            return errs.list();
        }
        if (spec.getPodSelector() == null) {
            errs.add("spec.podSelector", "Required value");
        }
        labelSelector(spec.getPodSelector(), "spec.podSelector", errs);
        List<V1NetworkPolicyIngressRule> ingress = list(spec.getIngress());
        for (int i = 0; i < ingress.size(); i++) {
            String rule = "spec.ingress[" + i + "]";
            List<V1NetworkPolicyPort> ports = list(ingress.get(i).getPorts());
            for (int j = 0; j < ports.size(); j++) {
                policyPort(ports.get(j), rule + ".ports[" + j + "]", errs);
            }
            List<V1NetworkPolicyPeer> from = list(ingress.get(i).getFrom());
            for (int j = 0; j < from.size(); j++) {
                policyPeer(from.get(j), rule + ".from[" + j + "]", errs);
            }
        }
        List<V1NetworkPolicyEgressRule> egress = list(spec.getEgress());
        for (int i = 0; i < egress.size(); i++) {
            String rule = "spec.egress[" + i + "]";
            List<V1NetworkPolicyPort> ports = list(egress.get(i).getPorts());
            for (int j = 0; j < ports.size(); j++) {
                policyPort(ports.get(j), rule + ".ports[" + j + "]", errs);
            }
            List<V1NetworkPolicyPeer> to = list(egress.get(i).getTo());
            for (int j = 0; j < to.size(); j++) {
                policyPeer(to.get(j), rule + ".to[" + j + "]", errs);
            }
        }
        List<String> types = list(spec.getPolicyTypes());
        if (types.size() > 2) {
            errs.add("spec.policyTypes", "Invalid value: may not specify more than two policyTypes");
            return errs.list();
        }
        for (int i = 0; i < types.size(); i++) {
            if (!List.of("Ingress", "Egress").contains(types.get(i))) {
                errs.add("spec.policyTypes[" + i + "]", "Unsupported value: \"" + types.get(i) + "\"");
            }
        }
        return errs.list();
    }

    /** {@code ValidateNetworkPolicyPort}: protocol TCP, UDP or SCTP; a valid port number or name; endPort only after a number. */
    private static void policyPort(V1NetworkPolicyPort port, String path, Errors errs) {
        if (port.getProtocol() != null && !List.of("TCP", "UDP", "SCTP").contains(port.getProtocol())) {
            errs.add(path + ".protocol", "Unsupported value: \"" + port.getProtocol() + "\"");
        }
        IntOrString p = port.getPort();
        if (p != null) {
            if (p.isInteger()) {
                isValidPortNum(p.getIntValue()).forEach(m -> errs.add(path + ".port", "Invalid value: " + p.getIntValue() + ": " + m));
            } else {
                isValidPortName(p.getStrValue()).forEach(m -> errs.add(path + ".port", "Invalid value: \"" + p.getStrValue() + "\": " + m));
            }
        }
        if (port.getEndPort() != null) {
            if (p == null) {
                errs.add(path + ".endPort", "Required value: may not be specified when `port` is not specified");
            } else if (!p.isInteger()) {
                errs.add(path + ".endPort", "Forbidden: may not be specified when `port` is non-numeric");
            } else if (port.getEndPort() < p.getIntValue()) {
                errs.add(path + ".endPort", "Invalid value: must be greater than or equal to `port`");
            }
        }
    }

    /** {@code ValidateNetworkPolicyPeer}: at least one peer, and an ipBlock alone. */
    private static void policyPeer(V1NetworkPolicyPeer peer, String path, Errors errs) {
        int peers = 0;
        if (peer.getPodSelector() != null) {
            peers++;
            labelSelector(peer.getPodSelector(), path + ".podSelector", errs);
        }
        if (peer.getNamespaceSelector() != null) {
            peers++;
            labelSelector(peer.getNamespaceSelector(), path + ".namespaceSelector", errs);
        }
        if (peer.getIpBlock() != null) {
            peers++;
            ipBlock(peer.getIpBlock(), path + ".ipBlock", errs);
        }
        if (peers == 0) {
            errs.add(path, "Required value: must specify a peer");
        } else if (peers > 1 && peer.getIpBlock() != null) {
            errs.add(path, "Forbidden: may not specify both ipBlock and another peer");
        }
    }

    /** {@code ValidateIPBlock}: a valid CIDR, each exception a valid CIDR strictly inside it. */
    private static void ipBlock(V1IPBlock block, String path, Errors errs) {
        String cidr = block.getCidr() == null ? "" : block.getCidr();
        if (cidr.isEmpty()) {
            errs.add(path + ".cidr", "Required value");
            return;
        }
        byte[][] net = Apimachinery.parseCidr(cidr);
        if (net == null) {
            errs.add(path + ".cidr", "Invalid value: \"" + cidr + "\": not a valid CIDR");
            return;
        }
        List<String> except = list(block.getExcept());
        for (int i = 0; i < except.size(); i++) {
            byte[][] ex = Apimachinery.parseCidr(except.get(i));
            if (ex == null) {
                errs.add(path + ".except[" + i + "]", "Invalid value: \"" + except.get(i) + "\": not a valid CIDR");
                return;
            }
            if (!Apimachinery.cidrContains(net, ex[0]) || net[1][0] >= ex[1][0]) {
                errs.add(path + ".except[" + i + "]", "Invalid value: \"" + except.get(i) + "\": must be a strict subset of `cidr`");
            }
        }
    }

    /** {@code validateLocalDescendingPath}: relative, without '..' elements. */
    private static void localDescendingPath(String p, String path, Errors errs) {
        if (p.startsWith("/")) {
            errs.add(path, "Invalid value: must be a relative path");
        }
        for (String part : p.split("/")) {
            if (part.equals("..")) {
                errs.add(path, "Invalid value: must not contain '..'");
            }
        }
    }

    /** {@code validateContainerPorts}: valid, unique names; numbers 1-65535; host ports valid; protocol supported. */
    private static void containerPorts(List<V1ContainerPort> ports, String path, Errors errs) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < ports.size(); i++) {
            V1ContainerPort p = ports.get(i);
            String ppath = path + "[" + i + "]";
            if (p.getName() != null && !p.getName().isEmpty()) {
                List<String> bad = isValidPortName(p.getName());
                if (!bad.isEmpty()) {
                    bad.forEach(m -> errs.add(ppath + ".name", m));
                } else if (!names.add(p.getName())) {
                    errs.add(ppath + ".name", "Duplicate value: \"" + p.getName() + "\"");
                }
            }
            if (p.getContainerPort() == null || p.getContainerPort() == 0) {
                errs.add(ppath + ".containerPort", "Required value");
            } else {
                isValidPortNum(p.getContainerPort()).forEach(m -> errs.add(ppath + ".containerPort", m));
            }
            if (p.getHostPort() != null && p.getHostPort() != 0) {
                isValidPortNum(p.getHostPort()).forEach(m -> errs.add(ppath + ".hostPort", m));
            }
            String protocol = p.getProtocol() == null ? "TCP" : p.getProtocol();   // SetDefaults_ContainerPort
            if (!List.of("TCP", "UDP", "SCTP").contains(protocol)) {
                errs.add(ppath + ".protocol", "Unsupported value: \"" + protocol + "\"");
            }
        }
    }

    /** {@code AccumulateUniqueHostPorts}: no two ports of the containers on one protocol/hostIP/hostPort. */
    private static void hostPortConflicts(List<V1Container> containers, String path, Errors errs) {
        Set<String> seen = new HashSet<>();
        for (V1Container c : containers) {
            for (V1ContainerPort p : list(c.getPorts())) {
                if (p.getHostPort() == null || p.getHostPort() == 0) {
                    continue;
                }
                String key = (p.getProtocol() == null ? "TCP" : p.getProtocol()) + "/" + (p.getHostIP() == null ? "" : p.getHostIP())
                        + "/" + p.getHostPort();
                if (!seen.add(key)) {
                    errs.add(path + ".ports.hostPort", "Duplicate value: \"" + key + "\"");
                }
            }
        }
    }

    /** {@code ValidateEnv} and {@code validateEnvVarValueFrom}. */
    private static void env(V1EnvVar e, String path, Errors errs) {
        String name = e.getName() == null ? "" : e.getName();
        if (name.isEmpty()) {
            errs.add(path + ".name", "Required value");
        } else {
            isEnvVarName(name).forEach(m -> errs.add(path + ".name", "\"" + name + "\": " + m));
        }
        if (e.getValueFrom() == null) {
            return;
        }
        var from = e.getValueFrom();
        int sources = 0;
        if (from.getConfigMapKeyRef() != null) {
            sources++;
            keySelector(from.getConfigMapKeyRef().getName(), from.getConfigMapKeyRef().getKey(), path + ".valueFrom.configMapKeyRef", errs);
        }
        if (from.getSecretKeyRef() != null) {
            sources++;
            keySelector(from.getSecretKeyRef().getName(), from.getSecretKeyRef().getKey(), path + ".valueFrom.secretKeyRef", errs);
        }
        if (from.getFieldRef() != null || from.getResourceFieldRef() != null) {
            sources++;
            errs.add(path + ".valueFrom", "the oracle does not port the validation of fieldRef and resourceFieldRef");
        }
        if (sources == 0) {
            errs.add(path + ".valueFrom", "Invalid value: must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`");
        } else if (e.getValue() != null && !e.getValue().isEmpty()) {
            errs.add(path + ".valueFrom", "Invalid value: may not be specified when `value` is not empty");
        } else if (sources > 1) {
            errs.add(path + ".valueFrom", "Invalid value: may not have more than one field specified at a time");
        }
    }

    /** {@code validateConfigMapKeySelector} / {@code validateSecretKeySelector}: a subdomain name and a config key. */
    private static void keySelector(String name, String key, String path, Errors errs) {
        isDns1123Subdomain(name == null ? "" : name).forEach(m -> errs.add(path + ".name", m));
        if (key == null || key.isEmpty()) {
            errs.add(path + ".key", "Required value");
        } else {
            isConfigMapKey(key).forEach(m -> errs.add(path + ".key", m));
        }
    }

    /**
     * {@code ValidateContainerResourceRequirements}: standard or qualified resource names, non-negative quantities,
     * whole millicores for cpu, requests not above limits.
     */
    private static void resources(V1ResourceRequirements r, String path, Errors errs) {
        if (r == null) {
            return;
        }
        Map<String, Quantity> limits = map(r.getLimits());
        Map<String, Quantity> requests = map(r.getRequests());
        limits.forEach((name, q) -> resource(name, q, path + ".limits[" + name + "]", errs));
        requests.forEach((name, q) -> {
            resource(name, q, path + ".requests[" + name + "]", errs);
            Quantity limit = limits.get(name);
            if (limit != null && q.getNumber().compareTo(limit.getNumber()) > 0) {
                errs.add(path + ".requests[" + name + "]", "Invalid value: \"" + q.toSuffixedString()
                        + "\": must be less than or equal to " + name + " limit of " + limit.toSuffixedString());
            }
        });
    }

    private static void resource(String name, Quantity q, String path, Errors errs) {
        Apimachinery.isQualifiedName(name).forEach(m -> errs.add(path, m));
        if (!name.contains("/") && !List.of("cpu", "memory", "ephemeral-storage").contains(name) && !name.startsWith("hugepages-")) {
            errs.add(path, "Invalid value: \"" + name + "\": must be a standard resource type or fully qualified");
        }
        if (q.getNumber().signum() < 0) {
            errs.add(path, "Invalid value: \"" + q.toSuffixedString() + "\": must be greater than or equal to 0");
        }
    }

    /** {@code IsHTTPHeaderName}: Go's header field names, a stricter subset of RFC 7230. */
    private static final java.util.regex.Pattern HTTP_HEADER_NAME = java.util.regex.Pattern.compile("^[-A-Za-z0-9]+$");

    /**
     * {@code validateProbe} (after {@code SetDefaults_Probe}): one handler, valid port, valid HTTP header names,
     * non-negative numbers.
     */
    private static void probe(V1Probe p, String path, boolean successMustBeOne, Errors errs) {
        if (p == null) {
            return;
        }
        int handlers = 0;
        if (p.getExec() != null) {
            handlers++;
            if (list(p.getExec().getCommand()).isEmpty()) {
                errs.add(path + ".exec.command", "Required value");
            }
        }
        if (p.getHttpGet() != null) {
            handlers++;
            if (p.getHttpGet().getPort() == null) {
                errs.add(path + ".httpGet.port", "Required value");
            } else {
                portNumOrName(p.getHttpGet().getPort(), path + ".httpGet.port", errs);
            }
            String scheme = p.getHttpGet().getScheme() == null ? "HTTP" : p.getHttpGet().getScheme();
            if (!List.of("HTTP", "HTTPS").contains(scheme)) {
                errs.add(path + ".httpGet.scheme", "Unsupported value: \"" + scheme + "\"");
            }
            var headers = list(p.getHttpGet().getHttpHeaders());
            for (int h = 0; h < headers.size(); h++) {   // validateHTTPHeader: IsHTTPHeaderName
                String name = headers.get(h).getName() == null ? "" : headers.get(h).getName();
                if (!HTTP_HEADER_NAME.matcher(name).matches()) {
                    errs.add(path + ".httpGet.httpHeaders[" + h + "].name", "Invalid value: \"" + name + "\": a valid HTTP header"
                            + " must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation"
                            + " is '[-A-Za-z0-9]+')");
                }
            }
        }
        if (p.getTcpSocket() != null) {
            handlers++;
            if (p.getTcpSocket().getPort() == null) {
                errs.add(path + ".tcpSocket.port", "Required value");
            } else {
                portNumOrName(p.getTcpSocket().getPort(), path + ".tcpSocket.port", errs);
            }
        }
        if (p.getGrpc() != null) {
            handlers++;
            isValidPortNum(p.getGrpc().getPort() == null ? 0 : p.getGrpc().getPort()).forEach(m -> errs.add(path + ".grpc.port", m));
        }
        if (handlers == 0) {
            errs.add(path, "Required value: must specify a handler type");
        } else if (handlers > 1) {
            errs.add(path, "Forbidden: may not specify more than 1 handler type");
        }
        for (var n : new Object[][] {{"initialDelaySeconds", p.getInitialDelaySeconds()}, {"timeoutSeconds", p.getTimeoutSeconds()},
            {"periodSeconds", p.getPeriodSeconds()}, {"successThreshold", p.getSuccessThreshold()},
            {"failureThreshold", p.getFailureThreshold()}}) {
            if (n[1] != null && (Integer) n[1] < 0) {
                errs.add(path + "." + n[0], "Invalid value: must be greater than or equal to 0");
            }
        }
        int success = p.getSuccessThreshold() == null || p.getSuccessThreshold() == 0 ? 1 : p.getSuccessThreshold();
        if (successMustBeOne && success != 1) {
            errs.add(path + ".successThreshold", "Invalid value: " + success + ": must be 1");
        }
    }

    // ---------------------------------------------------------------- apps/v1

    /**
     * {@code ValidateDeployment}: name, replicas, a non-empty selector matching the template's labels, the pod template
     * (restartPolicy Always, no activeDeadlineSeconds), the rolling update (defaulted 25%/25%), the ReplicaSet name
     * the controller derives ({@code <name>-<pod-template-hash>}, a DNS subdomain).
     */
    private static List<String> deployment(V1Deployment d) {
        Errors errs = new Errors("Deployment/" + name(d.getMetadata()));
        objectMeta(d.getMetadata(), true, Apimachinery::isDns1123Subdomain, errs);
        V1DeploymentSpec spec = d.getSpec();
        if (spec == null) {
            errs.add("spec", "Required value");
            return errs.list();
        }
        if (spec.getReplicas() != null && spec.getReplicas() < 0) {
            errs.add("spec.replicas", "Invalid value: must be greater than or equal to 0");
        }
        workloadSelector(spec.getSelector(), spec.getTemplate(), "deployment", errs);
        podTemplate(spec.getTemplate(), "spec.template", Map.of(), errs);
        replicaSetPod(spec.getTemplate(), errs);
        if (spec.getStrategy() != null && spec.getStrategy().getRollingUpdate() != null) {
            var ru = spec.getStrategy().getRollingUpdate();
            if (!"RollingUpdate".equals(spec.getStrategy().getType())) {
                errs.add("spec.strategy.rollingUpdate", "Forbidden: may not be specified when strategy `type` is '"
                        + spec.getStrategy().getType() + "'");
            }
            intOrPercent(ru.getMaxUnavailable(), "spec.strategy.rollingUpdate.maxUnavailable", errs);
            if (ru.getMaxSurge() != null && !ru.getMaxSurge().isInteger()) {
                String v = ru.getMaxSurge().getStrValue();
                if (!v.matches("[0-9]+%")) {
                    errs.add("spec.strategy.rollingUpdate.maxSurge", "Invalid value: \"" + v + "\": a valid percent string");
                }
            } else if (ru.getMaxSurge() != null && ru.getMaxSurge().getIntValue() < 0) {
                errs.add("spec.strategy.rollingUpdate.maxSurge", "Invalid value: must be greater than or equal to 0");
            }
            if (isZero(ru.getMaxUnavailable()) && isZero(ru.getMaxSurge())) {
                errs.add("spec.strategy.rollingUpdate.maxUnavailable", "Invalid value: may not be 0 when `maxSurge` is 0");
            }
        }
        if (spec.getMinReadySeconds() != null && spec.getMinReadySeconds() < 0) {
            errs.add("spec.minReadySeconds", "Invalid value: must be greater than or equal to 0");
        }
        int progress = spec.getProgressDeadlineSeconds() == null ? 600 : spec.getProgressDeadlineSeconds();
        if (progress <= (spec.getMinReadySeconds() == null ? 0 : spec.getMinReadySeconds())) {
            errs.add("spec.progressDeadlineSeconds", "Invalid value: must be greater than minReadySeconds");
        }
        String name = name(d.getMetadata());
        // pod-template-hash: at most 10 characters; the ReplicaSet is named <deployment>-<hash>
        isDns1123Subdomain(name + "-" + "x".repeat(10)).forEach(m -> errs.add("metadata.name", "ReplicaSet name " + m));
        return errs.list();
    }

    private static boolean isZero(IntOrString v) {
        return v != null && (v.isInteger() ? v.getIntValue() == 0 : v.getStrValue().equals("0%"));
    }

    /** What the ReplicaSet controller needs of the template: restartPolicy Always, no activeDeadlineSeconds. */
    private static void replicaSetPod(V1PodTemplateSpec t, Errors errs) {
        if (t == null || t.getSpec() == null) {
            return;
        }
        if (t.getSpec().getRestartPolicy() != null && !t.getSpec().getRestartPolicy().equals("Always")) {
            errs.add("spec.template.spec.restartPolicy", "Unsupported value: \"" + t.getSpec().getRestartPolicy() + "\": supported values: \"Always\"");
        }
        if (t.getSpec().getActiveDeadlineSeconds() != null) {
            errs.add("spec.template.spec.activeDeadlineSeconds", "Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported");
        }
    }

    private static void workloadSelector(V1LabelSelector selector, V1PodTemplateSpec template, String kind, Errors errs) {
        if (selector == null) {
            errs.add("spec.selector", "Required value");
            return;
        }
        labelSelector(selector, "spec.selector", errs);
        if (emptySelector(selector)) {
            errs.add("spec.selector", "Invalid value: empty selector is invalid for " + kind);
        } else if (template != null && !matches(selector, template.getMetadata() == null ? null : template.getMetadata().getLabels())) {
            errs.add("spec.template.metadata.labels", "Invalid value: `selector` does not match template `labels`");
        }
    }

    /**
     * {@code ValidateStatefulSet}, then what the StatefulSet controller creates: each claim template as a
     * PersistentVolumeClaim named {@code <template>-<set>-<ordinal>}, and each pod {@code <set>-<ordinal>} with the
     * template's spec plus the claims as volumes, hostname = pod name, subdomain = serviceName, and the labels
     * {@code controller-revision-hash: <set>-<10 characters>} and {@code statefulset.kubernetes.io/pod-name}.
     */
    private static List<String> statefulSet(V1StatefulSet s) {
        Errors errs = new Errors("StatefulSet/" + name(s.getMetadata()));
        objectMeta(s.getMetadata(), true, Apimachinery::isDns1123Subdomain, errs);
        V1StatefulSetSpec spec = s.getSpec();
        if (spec == null) {
            errs.add("spec", "Required value");
            return errs.list();
        }
        int replicas = spec.getReplicas() == null ? 1 : spec.getReplicas();
        if (replicas < 0) {
            errs.add("spec.replicas", "Invalid value: must be greater than or equal to 0");
        }
        String pmp = spec.getPodManagementPolicy() == null ? "OrderedReady" : spec.getPodManagementPolicy();
        if (!List.of("OrderedReady", "Parallel").contains(pmp)) {
            errs.add("spec.podManagementPolicy", "Invalid value: must be 'OrderedReady' or 'Parallel'");
        }
        workloadSelector(spec.getSelector(), spec.getTemplate(), "statefulset", errs);
        V1PodTemplateSpec template = spec.getTemplate();
        if (template != null) {
            V1ObjectMeta tm = template.getMetadata() == null ? new V1ObjectMeta() : template.getMetadata();
            Apimachinery.validateLabels(tm.getLabels(), "spec.template.metadata.labels", errs);
            Apimachinery.validateAnnotations(tm.getAnnotations(), "spec.template.metadata.annotations", errs);
        }
        replicaSetPod(template, errs);
        String set = name(s.getMetadata());
        String service = spec.getServiceName() == null ? "" : spec.getServiceName();
        List<V1PersistentVolumeClaim> claims = list(spec.getVolumeClaimTemplates());
        // the pods and claims of the highest ordinal have the longest names; ordinal 0 stands in for a set of 0 replicas
        int ordinal = Math.max(0, replicas - 1);
        String pod = set + "-" + ordinal;
        Map<String, String> claimVolumes = new LinkedHashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            V1PersistentVolumeClaim claim = claims.get(i);
            String template0 = name(claim.getMetadata());
            String claimName = template0 + "-" + pod;
            Errors claimErrs = new Errors("PersistentVolumeClaim/" + claimName);
            V1ObjectMeta meta = new V1ObjectMeta().name(claimName).namespace(s.getMetadata().getNamespace())
                    .labels(claim.getMetadata() == null ? null : claim.getMetadata().getLabels());
            objectMeta(meta, true, Apimachinery::isDns1123Subdomain, claimErrs);
            pvcSpec(claim.getSpec(), "spec", claimErrs);
            String claimPath = "spec.volumeClaimTemplates[" + i + "]";
            claimErrs.list().forEach(m -> errs.add(claimPath, m));
            claimVolumes.put(template0, claimName);
        }
        if (template != null) {
            Errors podErrs = new Errors("Pod/" + pod);
            Map<String, String> labels = new LinkedHashMap<>(template.getMetadata() == null || template.getMetadata().getLabels() == null
                    ? Map.of() : template.getMetadata().getLabels());
            labels.put("controller-revision-hash", set + "-" + "x".repeat(10));
            labels.put("statefulset.kubernetes.io/pod-name", pod);
            V1ObjectMeta podMeta = new V1ObjectMeta().name(pod).namespace(s.getMetadata().getNamespace()).labels(labels);
            objectMeta(podMeta, true, Apimachinery::isDns1123Subdomain, podErrs);
            V1PodSpec podSpec = template.getSpec();
            if (podSpec != null) {
                V1PodSpec copy = JSON.deserialize(JSON.serialize(podSpec), V1PodSpec.class);
                podSpec = copy.hostname(pod).subdomain(service.isEmpty() ? null : service);
            }
            podSpec(podSpec, "spec", claimVolumes, podErrs);
            podErrs.list().forEach(m -> errs.add("spec.template (as the pods the controller creates)", m));
        }
        return errs.list();
    }

    // ---------------------------------------------------------------- batch/v1

    /**
     * {@code ValidateJob} after the Job strategy's {@code PrepareForCreate} (a generated selector and the
     * {@code controller-uid} and {@code job-name} labels on the template): name, the job spec, the pod template.
     */
    private static List<String> job(V1Job j) {
        Errors errs = new Errors("Job/" + name(j.getMetadata()));
        objectMeta(j.getMetadata(), true, Apimachinery::isDns1123Subdomain, errs);
        if (j.getSpec() == null) {
            errs.add("spec", "Required value");
            return errs.list();
        }
        if (j.getSpec().getSelector() != null && !Boolean.TRUE.equals(j.getSpec().getManualSelector())) {
            errs.add("spec.selector", "Invalid value: `selector` not auto-generated");
        }
        V1PodTemplateSpec template = j.getSpec().getTemplate();
        if (template != null) {
            template = JSON.deserialize(JSON.serialize(template), V1PodTemplateSpec.class);
            V1ObjectMeta meta = template.getMetadata() == null ? new V1ObjectMeta() : template.getMetadata();
            Map<String, String> labels = new LinkedHashMap<>(map(meta.getLabels()));
            labels.put("batch.kubernetes.io/controller-uid", "00000000-0000-0000-0000-000000000000");
            labels.put("batch.kubernetes.io/job-name", name(j.getMetadata()));
            template.setMetadata(meta.labels(labels));
        }
        jobSpec(j.getSpec().getBackoffLimit(), j.getSpec().getActiveDeadlineSeconds(), j.getSpec().getTtlSecondsAfterFinished(),
                j.getSpec().getCompletions(), j.getSpec().getParallelism(), template, "spec", errs);
        return errs.list();
    }

    /** {@code validateJobSpec}: non-negative counts and durations, a pod template that restarts OnFailure or Never. */
    private static void jobSpec(Integer backoff, Long deadline, Integer ttl, Integer completions, Integer parallelism,
                                V1PodTemplateSpec template, String path, Errors errs) {
        for (var n : new Object[][] {{"backoffLimit", backoff}, {"activeDeadlineSeconds", deadline},
            {"ttlSecondsAfterFinished", ttl}, {"completions", completions}, {"parallelism", parallelism}}) {
            if (n[1] != null && ((Number) n[1]).longValue() < 0) {
                errs.add(path + "." + n[0], "Invalid value: must be greater than or equal to 0");
            }
        }
        podTemplate(template, path + ".template", Map.of(), errs);
        String restart = template == null || template.getSpec() == null ? null : template.getSpec().getRestartPolicy();
        if (!"OnFailure".equals(restart) && !"Never".equals(restart)) {
            errs.add(path + ".template.spec.restartPolicy", "Unsupported value: \"" + restart + "\": supported values:"
                    + " \"OnFailure\", \"Never\"");
        }
    }

    /**
     * {@code ValidateCronJobCreate}: name (at most 52 characters), schedule ({@code cron.ParseStandard}, via the port
     * its upstream test table checks), time zone, concurrency policy, history limits, and the job template.
     */
    private static List<String> cronJob(V1CronJob c) {
        Errors errs = new Errors("CronJob/" + name(c.getMetadata()));
        objectMeta(c.getMetadata(), true, Apimachinery::isDns1123Subdomain, errs);
        if (name(c.getMetadata()).length() > 52) {
            errs.add("metadata.name", "Invalid value: must be no more than 52 characters");
        }
        var spec = c.getSpec();
        if (spec == null) {
            errs.add("spec", "Required value");
            return errs.list();
        }
        String schedule = spec.getSchedule() == null ? "" : spec.getSchedule();
        if (schedule.isEmpty()) {
            errs.add("spec.schedule", "Required value");
        } else {
            dev.shipshape.internal.lang.Cron.problem(schedule).ifPresent(m -> errs.add("spec.schedule", "Invalid value: \"" + schedule + "\": " + m));
        }
        if (spec.getTimeZone() != null) {
            dev.shipshape.internal.lang.Cron.timeZoneProblem(spec.getTimeZone()).ifPresent(m -> errs.add("spec.timeZone", "Invalid value: " + m));
        }
        String concurrency = spec.getConcurrencyPolicy() == null ? "Allow" : spec.getConcurrencyPolicy();
        if (!List.of("Allow", "Forbid", "Replace").contains(concurrency)) {
            errs.add("spec.concurrencyPolicy", "Unsupported value: \"" + concurrency + "\"");
        }
        for (var n : new Object[][] {{"startingDeadlineSeconds", spec.getStartingDeadlineSeconds()},
            {"successfulJobsHistoryLimit", spec.getSuccessfulJobsHistoryLimit()}, {"failedJobsHistoryLimit", spec.getFailedJobsHistoryLimit()}}) {
            if (n[1] != null && ((Number) n[1]).longValue() < 0) {
                errs.add("spec." + n[0], "Invalid value: must be greater than or equal to 0");
            }
        }
        var template = spec.getJobTemplate();
        if (template == null || template.getSpec() == null) {
            errs.add("spec.jobTemplate", "Required value");
            return errs.list();
        }
        if (template.getMetadata() != null) {
            Apimachinery.validateLabels(template.getMetadata().getLabels(), "spec.jobTemplate.metadata.labels", errs);
            Apimachinery.validateAnnotations(template.getMetadata().getAnnotations(), "spec.jobTemplate.metadata.annotations", errs);
        }
        var js = template.getSpec();
        if (js.getSelector() != null) {
            errs.add("spec.jobTemplate.spec.selector", "Invalid value: `selector` will be auto-generated");
        }
        jobSpec(js.getBackoffLimit(), js.getActiveDeadlineSeconds(), js.getTtlSecondsAfterFinished(), js.getCompletions(),
                js.getParallelism(), js.getTemplate(), "spec.jobTemplate.spec", errs);
        return errs.list();
    }

    // ---------------------------------------------------------------- autoscaling/v2, policy/v1

    /** {@code ValidateHorizontalPodAutoscaler}: target, replica bounds, metrics. */
    private static List<String> hpa(V2HorizontalPodAutoscaler h) {
        Errors errs = new Errors("HorizontalPodAutoscaler/" + name(h.getMetadata()));
        objectMeta(h.getMetadata(), true, Apimachinery::isDns1123Subdomain, errs);
        V2HorizontalPodAutoscalerSpec spec = h.getSpec();
        if (spec == null) {
            errs.add("spec", "Required value");
            return errs.list();
        }
        V2CrossVersionObjectReference ref = spec.getScaleTargetRef();
        if (ref == null || ref.getKind() == null || ref.getKind().isEmpty()) {
            errs.add("spec.scaleTargetRef.kind", "Required value");
        }
        if (ref == null || ref.getName() == null || ref.getName().isEmpty()) {
            errs.add("spec.scaleTargetRef.name", "Required value");
        } else if (ref.getName().contains("/") || ref.getName().contains("%") || ref.getName().equals(".") || ref.getName().equals("..")) {
            errs.add("spec.scaleTargetRef.name", "Invalid value: may not contain '/' or '%' or be '.' or '..'");
        }
        int min = spec.getMinReplicas() == null ? 1 : spec.getMinReplicas();
        if (min < 1) {
            errs.add("spec.minReplicas", "Invalid value: " + min + ": must be greater than or equal to 1");
        }
        int max = spec.getMaxReplicas() == null ? 0 : spec.getMaxReplicas();
        if (max < 1) {
            errs.add("spec.maxReplicas", "Invalid value: " + max + ": must be greater than 0");
        }
        if (max < min) {
            errs.add("spec.maxReplicas", "Invalid value: " + max + ": must be greater than or equal to `minReplicas`");
        }
        List<V2MetricSpec> metrics = list(spec.getMetrics());
        for (int i = 0; i < metrics.size(); i++) {
            V2MetricSpec m = metrics.get(i);
            String path = "spec.metrics[" + i + "]";
            if (!"Resource".equals(m.getType())) {
                errs.add(path + ".type", "the oracle ports only Resource metrics");
                continue;
            }
            if (m.getResource() == null) {
                errs.add(path + ".resource", "Required value: must populate information for the given metric source");
                continue;
            }
            if (m.getResource().getName() == null || m.getResource().getName().isEmpty()) {
                errs.add(path + ".resource.name", "Required value");
            }
            metricTarget(m.getResource().getTarget(), path + ".resource.target", errs);
        }
        if (spec.getBehavior() != null) {
            errs.add("spec.behavior", "the oracle does not port the validation of behavior");
        }
        return errs.list();
    }

    private static void metricTarget(V2MetricTarget t, String path, Errors errs) {
        if (t == null) {
            errs.add(path, "Required value");
            return;
        }
        String type = t.getType() == null ? "" : t.getType();
        switch (type) {
            case "Utilization" -> {
                if (t.getAverageUtilization() == null) {
                    errs.add(path + ".averageUtilization", "Required value: must set either a target raw value or a target utilization");
                } else if (t.getAverageUtilization() < 1) {
                    errs.add(path + ".averageUtilization", "Invalid value: " + t.getAverageUtilization() + ": must be greater than 0");
                }
            }
            case "AverageValue" -> {
                if (t.getAverageValue() == null || t.getAverageValue().getNumber().signum() <= 0) {
                    errs.add(path + ".averageValue", "Invalid value: must be positive");
                }
            }
            case "Value" -> {
                if (t.getValue() == null || t.getValue().getNumber().signum() <= 0) {
                    errs.add(path + ".value", "Invalid value: must be positive");
                }
            }
            default -> errs.add(path + ".type", "Invalid value: \"" + type + "\": must be either Utilization, Value, or AverageValue");
        }
    }

    /** {@code ValidatePodDisruptionBudget}: not both bounds; each a non-negative integer or a percentage of at most 100. */
    private static List<String> pdb(V1PodDisruptionBudget p) {
        Errors errs = new Errors("PodDisruptionBudget/" + name(p.getMetadata()));
        objectMeta(p.getMetadata(), true, Apimachinery::isDns1123Subdomain, errs);
        var spec = p.getSpec();
        if (spec == null) {
            return errs.list();
        }
        if (spec.getMinAvailable() != null && spec.getMaxUnavailable() != null) {
            errs.add("spec", "Invalid value: minAvailable and maxUnavailable cannot be both set");
        }
        intOrPercent(spec.getMinAvailable(), "spec.minAvailable", errs);
        intOrPercent(spec.getMaxUnavailable(), "spec.maxUnavailable", errs);
        labelSelector(spec.getSelector(), "spec.selector", errs);
        return errs.list();
    }

    private static void intOrPercent(IntOrString v, String path, Errors errs) {
        if (v == null) {
            return;
        }
        if (v.isInteger()) {
            if (v.getIntValue() < 0) {
                errs.add(path, "Invalid value: must be greater than or equal to 0");
            }
            return;
        }
        String s = v.getStrValue();
        if (!s.matches("[0-9]+%")) {
            errs.add(path, "Invalid value: \"" + s + "\": a valid percent string must be a numeric string followed by an ending '%'");
        } else if (new BigDecimal(s.substring(0, s.length() - 1)).compareTo(BigDecimal.valueOf(100)) > 0) {
            errs.add(path, "Invalid value: \"" + s + "\": must not be greater than 100%");
        }
    }

    // ---------------------------------------------------------------- networking/v1

    private static final List<String> INVALID_PATH_SEQUENCES = List.of("//", "/./", "/../", "%2f", "%2F");
    private static final List<String> INVALID_PATH_SUFFIXES = List.of("/..", "/.");

    /** {@code ValidateIngressCreate}: class name, default backend or rules, hosts, paths, backends, TLS. */
    private static List<String> ingress(V1Ingress i) {
        Errors errs = new Errors("Ingress/" + name(i.getMetadata()));
        objectMeta(i.getMetadata(), true, Apimachinery::isDns1123Subdomain, errs);
        V1IngressSpec spec = i.getSpec();
        if (spec == null) {
            errs.add("spec", "Required value");
            return errs.list();
        }
        if (spec.getIngressClassName() != null) {
            isDns1123Subdomain(spec.getIngressClassName()).forEach(m -> errs.add("spec.ingressClassName", m));
        }
        List<V1IngressRule> rules = list(spec.getRules());
        if (spec.getDefaultBackend() == null && rules.isEmpty()) {
            errs.add("spec", "Invalid value: either `defaultBackend` or `rules` must be specified");
        }
        if (spec.getDefaultBackend() != null) {
            backend(spec.getDefaultBackend(), "spec.defaultBackend", errs);
        }
        for (int r = 0; r < rules.size(); r++) {
            V1IngressRule rule = rules.get(r);
            String rpath = "spec.rules[" + r + "]";
            String host = rule.getHost() == null ? "" : rule.getHost();
            if (!host.isEmpty()) {
                if (Apimachinery.parsesAsIp(host)) {
                    errs.add(rpath + ".host", "Invalid value: \"" + host + "\": must be a DNS name, not an IP address");
                }
                (host.contains("*") ? Apimachinery.isWildcardDns1123Subdomain(host) : isDns1123Subdomain(host))
                        .forEach(m -> errs.add(rpath + ".host", "Invalid value: \"" + host + "\": " + m));
            }
            if (rule.getHttp() == null) {
                continue;
            }
            List<V1HTTPIngressPath> paths = list(rule.getHttp().getPaths());
            if (paths.isEmpty()) {
                errs.add(rpath + ".http.paths", "Required value");
            }
            for (int p = 0; p < paths.size(); p++) {
                httpPath(paths.get(p), rpath + ".http.paths[" + p + "]", errs);
            }
        }
        List<V1IngressTLS> tls = list(spec.getTls());
        for (int t = 0; t < tls.size(); t++) {
            String tpath = "spec.tls[" + t + "]";
            for (String host : list(tls.get(t).getHosts())) {
                (host.contains("*") ? Apimachinery.isWildcardDns1123Subdomain(host) : isDns1123Subdomain(host))
                        .forEach(m -> errs.add(tpath + ".hosts", "Invalid value: \"" + host + "\": " + m));
            }
            String secret = tls.get(t).getSecretName();
            if (secret != null && !secret.isEmpty()) {
                isDns1123Subdomain(secret).forEach(m -> errs.add(tpath + ".secretName", m));
            }
        }
        return errs.list();
    }

    /** {@code validateHTTPIngressPath}. */
    private static void httpPath(V1HTTPIngressPath p, String path, Errors errs) {
        String type = p.getPathType() == null ? "" : p.getPathType();
        String value = p.getPath() == null ? "" : p.getPath();
        switch (type) {
            case "" -> errs.add(path + ".pathType", "Required value: pathType must be specified");
            case "Exact", "Prefix" -> {
                if (!value.startsWith("/")) {
                    errs.add(path + ".path", "Invalid value: \"" + value + "\": must be an absolute path");
                }
                for (String seq : INVALID_PATH_SEQUENCES) {
                    if (value.contains(seq)) {
                        errs.add(path + ".path", "Invalid value: \"" + value + "\": must not contain '" + seq + "'");
                    }
                }
                for (String suffix : INVALID_PATH_SUFFIXES) {
                    if (value.endsWith(suffix)) {
                        errs.add(path + ".path", "Invalid value: \"" + value + "\": cannot end with '" + suffix + "'");
                    }
                }
            }
            case "ImplementationSpecific" -> {
                if (!value.isEmpty() && !value.startsWith("/")) {
                    errs.add(path + ".path", "Invalid value: \"" + value + "\": must be an absolute path");
                }
            }
            default -> errs.add(path + ".pathType", "Unsupported value: \"" + type + "\"");
        }
        if (p.getBackend() == null) {
            errs.add(path + ".backend", "Required value");
        } else {
            backend(p.getBackend(), path + ".backend", errs);
        }
    }

    /** {@code validateIngressBackend}: a service or a resource, not both; a Service name and a port name or number. */
    private static void backend(V1IngressBackend b, String path, Errors errs) {
        boolean service = b.getService() != null;
        boolean resource = b.getResource() != null;
        if (service && resource) {
            errs.add(path, "Invalid value: cannot set both resource and service backends");
        } else if (!service && !resource) {
            errs.add(path, "Invalid value: resource or service backend is required");
        }
        if (!service) {
            return;
        }
        String name = b.getService().getName() == null ? "" : b.getService().getName();
        if (name.isEmpty()) {
            errs.add(path + ".service.name", "Required value");
        } else {
            isDns1035Label(name).forEach(m -> errs.add(path + ".service.name", "Invalid value: \"" + name + "\": " + m));
        }
        V1ServiceBackendPort port = b.getService().getPort();
        boolean hasName = port != null && port.getName() != null && !port.getName().isEmpty();
        boolean hasNumber = port != null && port.getNumber() != null && port.getNumber() != 0;
        if (hasName && hasNumber) {
            errs.add(path + ".service.port", "Invalid value: cannot set both port name & port number");
        } else if (hasName) {
            isValidPortName(port.getName()).forEach(m -> errs.add(path + ".service.port.name", m));
        } else if (hasNumber) {
            isValidPortNum(port.getNumber()).forEach(m -> errs.add(path + ".service.port.number", m));
        } else {
            errs.add(path + ".service.port", "Invalid value: port name or number is required");
        }
    }

    // ---------------------------------------------------------------- helpers

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static <K, V> Map<K, V> map(Map<K, V> m) {
        return m == null ? Map.of() : m;
    }
}
