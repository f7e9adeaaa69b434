package dev.shipshape.examples.apiserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The oracle itself: it accepts well-formed objects and rejects each mistake the API server rejects, with the field
 * path the Go validation reports. Without these, a property over the oracle could pass because the oracle accepts
 * everything.
 */
class ApiServerTest {

    private static final String POD = """
            {"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"name":"web","image":"nginx:1.27",
              "ports":[{"name":"http","containerPort":8080}],
              "volumeMounts":[{"name":"config","mountPath":"/etc/web"}],
              "readinessProbe":{"httpGet":{"path":"/","port":"http"}},
              "env":[{"name":"MODE","valueFrom":{"configMapKeyRef":{"name":"cfg","key":"mode"}}}],
              "resources":{"requests":{"cpu":"250m","memory":"64Mi"},"limits":{"cpu":"500m","memory":"64Mi"}}}],
              "volumes":[{"name":"config","configMap":{"name":"cfg"}}]}}""";

    private static String deployment(String pod) {
        return "{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"name\":\"web\",\"namespace\":\"shop\"},"
                + "\"spec\":{\"replicas\":2,\"selector\":{\"matchLabels\":{\"app\":\"web\"}},\"template\":" + pod + "}}";
    }

    private static String service(String ports, String clusterIp) {
        return "{\"apiVersion\":\"v1\",\"kind\":\"Service\",\"metadata\":{\"name\":\"web\"},\"spec\":{" + clusterIp
                + "\"selector\":{\"app\":\"web\"},\"ports\":[" + ports + "]}}";
    }

    private static String ingress(String spec) {
        return "{\"apiVersion\":\"networking.k8s.io/v1\",\"kind\":\"Ingress\",\"metadata\":{\"name\":\"edge\"},\"spec\":" + spec + "}";
    }

    private static final String ROUTE = "{\"path\":\"/\",\"pathType\":\"Prefix\",\"backend\":{\"service\":{\"name\":\"web\",\"port\":{\"name\":\"http\"}}}}";

    private static void rejects(String json, String path, String message) {
        List<String> errors = ApiServer.validate(json);
        assertThat(errors).as(json).anySatisfy(e -> assertThat(e).contains(" " + path + ": ").contains(message));
    }

    @Test
    void accepts_well_formed_objects() {
        assertThat(ApiServer.validate(deployment(POD))).isEmpty();
        assertThat(ApiServer.validate(service("{\"name\":\"http\",\"port\":80,\"targetPort\":\"http\"}", ""))).isEmpty();
        assertThat(ApiServer.validate(service("", "\"clusterIP\":\"None\","))).as("headless: ports optional").isEmpty();
        assertThat(ApiServer.validate(ingress("{\"rules\":[{\"host\":\"*.example.com\",\"http\":{\"paths\":[" + ROUTE + "]}}]}"))).isEmpty();
    }

    @Test
    void rejects_services_without_ports_or_with_duplicates() {
        rejects(service("", ""), "spec.ports", "Required value");
        rejects(service("{\"name\":\"a\",\"port\":80},{\"name\":\"b\",\"port\":80}", ""), "spec.ports[1]", "Duplicate value");
        rejects(service("{\"name\":\"a\",\"port\":80},{\"name\":\"a\",\"port\":81}", ""), "spec.ports[1].name", "Duplicate value");
        rejects(service("{\"port\":80},{\"name\":\"b\",\"port\":81}", ""), "spec.ports[0].name", "Required value");
        rejects(service("{\"name\":\"a\",\"port\":80,\"targetPort\":\"no--pe\"}", ""), "spec.ports[0].targetPort", "consecutive hyphens");
        assertThat(ApiServer.validate(service("{\"name\":\"a\",\"port\":80},{\"name\":\"b\",\"port\":80,\"protocol\":\"UDP\"}", "")))
                .as("one number on two protocols").isEmpty();
    }

    @Test
    void rejects_pods_with_duplicate_mounts_ports_volumes_or_missing_volumes() {
        rejects(deployment(POD.replace("\"volumeMounts\":[{\"name\":\"config\",\"mountPath\":\"/etc/web\"}]",
                        "\"volumeMounts\":[{\"name\":\"config\",\"mountPath\":\"/etc/web\"},{\"name\":\"config\",\"mountPath\":\"/etc/web\"}]")),
                "spec.template.spec.containers[0].volumeMounts[1].mountPath", "must be unique");
        rejects(deployment(POD.replace("\"name\":\"config\",\"mountPath\"", "\"name\":\"nope\",\"mountPath\"")),
                "spec.template.spec.containers[0].volumeMounts[0].name", "Not found");
        rejects(deployment(POD.replace("[{\"name\":\"config\",\"configMap\":{\"name\":\"cfg\"}}]",
                        "[{\"name\":\"config\",\"configMap\":{\"name\":\"cfg\"}},{\"name\":\"config\",\"emptyDir\":{}}]")),
                "spec.template.spec.volumes[1]", "Duplicate value");
        rejects(deployment(POD.replace("[{\"name\":\"http\",\"containerPort\":8080}]",
                        "[{\"name\":\"http\",\"containerPort\":8080},{\"name\":\"http\",\"containerPort\":8081}]")),
                "spec.template.spec.containers[0].ports[1].name", "Duplicate value");
        rejects(deployment(POD.replace("\"cpu\":\"250m\",\"memory\":\"64Mi\"},\"limits\"", "\"cpu\":\"1\",\"memory\":\"64Mi\"},\"limits\"")),
                "spec.template.spec.containers[0].resources.requests[cpu]", "must be less than or equal to cpu limit");
        rejects(deployment(POD.replace("\"key\":\"mode\"", "\"key\":\"..mode\"")),
                "spec.template.spec.containers[0].env[0].valueFrom.configMapKeyRef.key", "must not start with '..'");
        rejects(deployment(POD.replace("{\"name\":\"MODE\",", "{\"name\":\"..MODE\",")),
                "spec.template.spec.containers[0].env[0].name", "must not start with '..'");
        rejects(deployment(POD.replace("\"app\":\"web\"}},\"spec\"", "\"app\":\"api\"}},\"spec\"")),
                "spec.template.metadata.labels", "`selector` does not match template `labels`");
    }

    @Test
    void rejects_empty_ingresses_ip_hosts_and_bad_paths() {
        rejects(ingress("{}"), "spec", "either `defaultBackend` or `rules` must be specified");
        rejects(ingress("{\"rules\":[{\"host\":\"a.example.com\",\"http\":{\"paths\":[]}}]}"), "spec.rules[0].http.paths", "Required value");
        rejects(ingress("{\"rules\":[{\"host\":\"10.0.0.1\",\"http\":{\"paths\":[" + ROUTE + "]}}]}"), "spec.rules[0].host", "not an IP address");
        rejects(ingress("{\"rules\":[{\"host\":\"*." + "a".repeat(252) + "\",\"http\":{\"paths\":[" + ROUTE + "]}}]}"),
                "spec.rules[0].host", "no more than 253");
        rejects(ingress("{\"rules\":[{\"http\":{\"paths\":[" + ROUTE.replace("\"/\"", "\"/a//b\"") + "]}}]}"),
                "spec.rules[0].http.paths[0].path", "must not contain '//'");
        rejects(ingress("{\"rules\":[{\"http\":{\"paths\":[" + ROUTE.replace("{\"name\":\"http\"}", "{}") + "]}}]}"),
                "spec.rules[0].http.paths[0].backend.service.port", "port name or number is required");
    }

    @Test
    void rejects_zero_byte_claims_and_statefulset_names_that_leave_no_room_for_the_revision_label() {
        String set = """
                {"apiVersion":"apps/v1","kind":"StatefulSet","metadata":{"name":"NAME"},"spec":{"serviceName":"NAME","replicas":1,
                 "selector":{"matchLabels":{"app":"db"}},"template":{"metadata":{"labels":{"app":"db"}},
                 "spec":{"containers":[{"name":"db","image":"redis:7","volumeMounts":[{"name":"data","mountPath":"/data"}]}]}},
                 "volumeClaimTemplates":[{"metadata":{"name":"data"},"spec":{"accessModes":["ReadWriteOnce"],
                 "resources":{"requests":{"storage":"SIZE"}}}}]}}""";
        assertThat(ApiServer.validate(set.replace("NAME", "redis").replace("SIZE", "1Gi"))).isEmpty();
        rejects(set.replace("NAME", "redis").replace("SIZE", "0"), "spec.resources[storage]", "must be greater than zero");
        rejects(set.replace("NAME", "s".repeat(53)).replace("SIZE", "1Gi"), "metadata.labels", "no more than 63 characters");
        assertThat(ApiServer.validate(set.replace("NAME", "s".repeat(52)).replace("SIZE", "1Gi"))).isEmpty();
        rejects(set.replace("NAME", "redis").replace("SIZE", "1Gi").replace("\"name\":\"data\",\"mountPath\"", "\"name\":\"logs\",\"mountPath\""),
                "spec.containers[0].volumeMounts[0].name", "Not found");
    }

    @Test
    void rejects_config_maps_with_bad_or_duplicate_keys_and_hpas_out_of_bounds() {
        rejects("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"c\"},\"data\":{\"..data\":\"x\"}}",
                "data[..data]", "must not start with '..'");
        rejects("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"c\"},\"data\":{\"k\":\"x\"},\"binaryData\":{\"k\":\"eA==\"}}",
                "binaryData[k]", "duplicate of key present in data");
        rejects("{\"apiVersion\":\"autoscaling/v2\",\"kind\":\"HorizontalPodAutoscaler\",\"metadata\":{\"name\":\"h\"},\"spec\":{"
                        + "\"scaleTargetRef\":{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"name\":\"web\"},\"minReplicas\":3,\"maxReplicas\":2}}",
                "spec.maxReplicas", "must be greater than or equal to `minReplicas`");
        assertThat(ApiServer.validate("{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"p\"}}"))
                .singleElement().asString().contains("has no port");
    }

    private static final String JOB_POD = """
            {"spec":{"restartPolicy":"Never","containers":[{"name":"migrate","image":"my-repo/migrate:1"}]}}""";

    @Test
    void jobs_and_cron_jobs() {
        String job = "{\"apiVersion\":\"batch/v1\",\"kind\":\"Job\",\"metadata\":{\"name\":\"NAME\"},\"spec\":{\"backoffLimit\":2,"
                + "\"template\":" + JOB_POD + "}}";
        assertThat(ApiServer.validate(job.replace("NAME", "migrate"))).isEmpty();
        rejects(job.replace("NAME", "migrate").replace("\"Never\"", "\"Always\""), "spec.template.spec.restartPolicy", "Unsupported value");
        rejects(job.replace("NAME", "j".repeat(64)), "spec.template.metadata.labels", "no more than 63 characters");
        rejects(job.replace("NAME", "migrate").replace("\"backoffLimit\":2", "\"backoffLimit\":-1"), "spec.backoffLimit", "greater than or equal to 0");
        String cron = "{\"apiVersion\":\"batch/v1\",\"kind\":\"CronJob\",\"metadata\":{\"name\":\"NAME\"},\"spec\":{\"schedule\":\"SCHEDULE\","
                + "\"timeZone\":\"ZONE\",\"jobTemplate\":{\"spec\":{\"template\":" + JOB_POD + "}}}}";
        assertThat(ApiServer.validate(cron.replace("NAME", "backup").replace("SCHEDULE", "0 3 * * *").replace("ZONE", "Europe/Berlin"))).isEmpty();
        rejects(cron.replace("NAME", "c".repeat(53)).replace("SCHEDULE", "0 3 * * *").replace("ZONE", "UTC"), "metadata.name",
                "no more than 52 characters");
        rejects(cron.replace("NAME", "backup").replace("SCHEDULE", "0 3 * *").replace("ZONE", "UTC"), "spec.schedule", "expected exactly 5 fields");
        rejects(cron.replace("NAME", "backup").replace("SCHEDULE", "@daily").replace("ZONE", "Local"), "spec.timeZone", "explicit time zone");
    }

    @Test
    void tolerations_topology_spread_lifecycle_and_rollouts() {
        rejects(deployment(POD.replace("\"volumes\"", "\"tolerations\":[{\"key\":\"gpu\",\"operator\":\"Exists\",\"value\":\"x\"}],\"volumes\"")),
                "spec.template.spec.tolerations[0].operator", "value must be empty");
        rejects(deployment(POD.replace("\"volumes\"", "\"topologySpreadConstraints\":[{\"maxSkew\":0,\"topologyKey\":\"topology.kubernetes.io/zone\","
                        + "\"whenUnsatisfiable\":\"ScheduleAnyway\"}],\"volumes\"")),
                "spec.template.spec.topologySpreadConstraints[0].maxSkew", "greater than zero");
        rejects(deployment(POD.replace("\"readinessProbe\"", "\"lifecycle\":{\"preStop\":{\"sleep\":{\"seconds\":31}}},\"readinessProbe\"")),
                "spec.template.spec.containers[0].lifecycle.preStop.sleep", "less than terminationGracePeriodSeconds (30)");
        assertThat(ApiServer.validate(deployment(POD.replace("\"readinessProbe\"",
                "\"lifecycle\":{\"preStop\":{\"sleep\":{\"seconds\":30}}},\"readinessProbe\"")))).as("the API accepts a sleep as long as the grace").isEmpty();
        rejects(deployment(POD).replace("\"replicas\":2,", "\"replicas\":2,\"strategy\":{\"type\":\"RollingUpdate\",\"rollingUpdate\":"
                        + "{\"maxSurge\":0,\"maxUnavailable\":\"0%\"}},"),
                "spec.strategy.rollingUpdate.maxUnavailable", "may not be 0 when `maxSurge` is 0");
    }
    private static String policy(String spec) {
        return "{\"apiVersion\":\"networking.k8s.io/v1\",\"kind\":\"NetworkPolicy\",\"metadata\":{\"name\":\"p\"},\"spec\":" + spec + "}";
    }

    private static String securePod(String podSecurity, String containerSecurity) {
        return POD.replace("\"spec\":{\"containers\":[{\"name\":\"web\",",
                "\"spec\":{\"securityContext\":" + podSecurity + ",\"containers\":[{\"name\":\"web\",\"securityContext\":"
                        + containerSecurity + ",");
    }

    @Test
    void network_policies_are_checked_as_the_networking_validation_does() {
        assertThat(ApiServer.validate(policy("{\"podSelector\":{},\"policyTypes\":[\"Ingress\",\"Egress\"],"
                + "\"ingress\":[{\"from\":[{\"namespaceSelector\":{\"matchLabels\":{\"kubernetes.io/metadata.name\":\"ingress-nginx\"}}}],"
                + "\"ports\":[{\"protocol\":\"TCP\",\"port\":8080}]}],"
                + "\"egress\":[{\"to\":[{\"ipBlock\":{\"cidr\":\"10.0.0.0/8\",\"except\":[\"10.1.0.0/16\"]}}],\"ports\":[{\"port\":\"https\"}]}]}")))
                .isEmpty();
        rejects(policy("{\"podSelector\":{},\"policyTypes\":[\"Inbound\"]}"), "spec.policyTypes[0]", "Unsupported value");
        rejects(policy("{\"podSelector\":{},\"policyTypes\":[\"Ingress\",\"Egress\",\"Ingress\"]}"), "spec.policyTypes",
                "may not specify more than two policyTypes");
        rejects(policy("{\"podSelector\":{},\"ingress\":[{\"from\":[{}]}]}"), "spec.ingress[0].from[0]", "must specify a peer");
        rejects(policy("{\"podSelector\":{},\"ingress\":[{\"from\":[{\"podSelector\":{},\"ipBlock\":{\"cidr\":\"10.0.0.0/8\"}}]}]}"),
                "spec.ingress[0].from[0]", "may not specify both ipBlock and another peer");
        rejects(policy("{\"podSelector\":{},\"egress\":[{\"to\":[{\"ipBlock\":{\"cidr\":\"10.0.0.0/33\"}}]}]}"),
                "spec.egress[0].to[0].ipBlock.cidr", "not a valid CIDR");
        rejects(policy("{\"podSelector\":{},\"egress\":[{\"to\":[{\"ipBlock\":{\"cidr\":\"10.0.0.0/16\",\"except\":[\"10.0.0.0/16\"]}}]}]}"),
                "spec.egress[0].to[0].ipBlock.except[0]", "must be a strict subset of `cidr`");
        rejects(policy("{\"podSelector\":{},\"egress\":[{\"to\":[{\"ipBlock\":{\"cidr\":\"10.0.0.0/16\",\"except\":[\"192.168.0.0/24\"]}}]}]}"),
                "spec.egress[0].to[0].ipBlock.except[0]", "must be a strict subset of `cidr`");
        rejects(policy("{\"podSelector\":{},\"ingress\":[{\"ports\":[{\"protocol\":\"ICMP\",\"port\":0}]}]}"),
                "spec.ingress[0].ports[0].protocol", "Unsupported value");
        rejects(policy("{\"podSelector\":{},\"ingress\":[{\"ports\":[{\"port\":0}]}]}"), "spec.ingress[0].ports[0].port",
                "between 1 and 65535");
        rejects(policy("{\"podSelector\":{},\"ingress\":[{\"ports\":[{\"port\":\"http\",\"endPort\":90}]}]}"),
                "spec.ingress[0].ports[0].endPort", "may not be specified when `port` is non-numeric");
        rejects(policy("{\"podSelector\":{},\"ingress\":[{\"ports\":[{\"port\":90,\"endPort\":80}]}]}"),
                "spec.ingress[0].ports[0].endPort", "must be greater than or equal to `port`");
    }

    @Test
    void security_contexts_are_checked_as_the_core_validation_does() {
        String restricted = "{\"runAsNonRoot\":true,\"runAsUser\":10001,\"runAsGroup\":10001,\"fsGroup\":10001,"
                + "\"seccompProfile\":{\"type\":\"RuntimeDefault\"}}";
        String container = "{\"allowPrivilegeEscalation\":false,\"readOnlyRootFilesystem\":true,\"capabilities\":{\"drop\":[\"ALL\"]}}";
        assertThat(ApiServer.validate(deployment(securePod(restricted, container)))).isEmpty();
        rejects(deployment(securePod("{\"runAsUser\":-1}", container)), "spec.template.spec.securityContext.runAsUser",
                "must be between 0 and 2147483647, inclusive");
        rejects(deployment(securePod("{\"fsGroup\":2147483648}", container)), "spec.template.spec.securityContext.fsGroup",
                "must be between 0 and 2147483647, inclusive");
        rejects(deployment(securePod("{\"seccompProfile\":{\"type\":\"\"}}", container)), "spec.template.spec.securityContext.seccompProfile.type",
                "type is required when seccompProfile is set");
        rejects(deployment(securePod("{\"seccompProfile\":{\"type\":\"RuntimeDefault\",\"localhostProfile\":\"p.json\"}}", container)),
                "spec.template.spec.securityContext.seccompProfile.localhostProfile", "can only be set when seccomp type is Localhost");
        rejects(deployment(securePod(restricted, "{\"allowPrivilegeEscalation\":false,\"privileged\":true}")),
                "spec.template.spec.containers[0].securityContext", "cannot set `allowPrivilegeEscalation` to false and `privileged` to true");
        rejects(deployment(securePod(restricted, "{\"allowPrivilegeEscalation\":false,\"capabilities\":{\"add\":[\"CAP_SYS_ADMIN\"]}}")),
                "spec.template.spec.containers[0].securityContext", "`capabilities.Add` CAP_SYS_ADMIN");
        rejects(deployment(securePod(restricted, "{\"runAsGroup\":-5}")), "spec.template.spec.containers[0].securityContext.runAsGroup",
                "must be between 0 and 2147483647, inclusive");
    }

    private static String exposed(String type, String ports, String extra) {
        return "{\"apiVersion\":\"v1\",\"kind\":\"Service\",\"metadata\":{\"name\":\"web\"},\"spec\":{\"type\":\"" + type + "\","
                + extra + "\"selector\":{\"app\":\"web\"},\"ports\":[" + ports + "]}}";
    }

    /** Cases of upstream's {@code TestValidateServiceCreate} (pkg/apis/core/validation) and the node-port allocator. */
    @Test
    void load_balancer_and_node_port_services_as_validate_service_and_the_allocator_see_them() {
        assertThat(ApiServer.validate(exposed("LoadBalancer", "{\"name\":\"http\",\"port\":80,\"nodePort\":30080}",
                "\"loadBalancerSourceRanges\":[\"203.0.113.0/24\",\" 2001:db8::/32 \"],\"externalTrafficPolicy\":\"Local\","))).isEmpty();
        assertThat(ApiServer.validate(exposed("NodePort", "{\"name\":\"a\",\"port\":53,\"protocol\":\"UDP\",\"nodePort\":30053},"
                + "{\"name\":\"b\",\"port\":53,\"nodePort\":30053}", ""))).as("one node port over UDP and TCP").isEmpty();
        rejects(exposed("ClusterIP", "{\"name\":\"http\",\"port\":80,\"nodePort\":30080}", ""), "spec.ports[0].nodePort",
                "may not be used when `type` is 'ClusterIP'");
        rejects(exposed("NodePort", "{\"name\":\"a\",\"port\":80,\"nodePort\":30080},{\"name\":\"b\",\"port\":81,\"nodePort\":30080}", ""),
                "spec.ports[1].nodePort", "Duplicate value: 30080");
        rejects(exposed("NodePort", "{\"name\":\"a\",\"port\":80,\"nodePort\":8080}", ""), "spec.ports[0].nodePort",
                "provided port is not in the valid range");
        rejects(exposed("NodePort", "{\"name\":\"a\",\"port\":80}", "\"loadBalancerSourceRanges\":[\"10.0.0.0/8\"],"),
                "spec.LoadBalancerSourceRanges", "may only be used when `type` is 'LoadBalancer'");
        rejects(exposed("LoadBalancer", "{\"name\":\"a\",\"port\":80}", "\"loadBalancerSourceRanges\":[\"10.0.0.1\"],"),
                "spec.LoadBalancerSourceRanges[0]", "must be a valid CIDR value");
        rejects(exposed("ClusterIP", "{\"name\":\"a\",\"port\":80}", "\"externalTrafficPolicy\":\"Local\","),
                "spec.externalTrafficPolicy", "may only be set for externally-accessible services");
        rejects(exposed("LoadBalancer", "{\"name\":\"a\",\"port\":80}", "\"externalTrafficPolicy\":\"local\","),
                "spec.externalTrafficPolicy", "Unsupported value");
        rejects(exposed("LoadBalancer", "{\"name\":\"a\",\"port\":80}", "\"clusterIP\":\"None\","),
                "spec.clusterIPs[0]", "may not be set to 'None' for LoadBalancer services");
    }

    @Test
    void grpc_probes_need_a_port_number_and_probe_headers_go_header_names() {
        assertThat(ApiServer.validate(deployment(POD.replace("\"readinessProbe\":{\"httpGet\":{\"path\":\"/\",\"port\":\"http\"}}",
                "\"readinessProbe\":{\"grpc\":{\"port\":8080,\"service\":\"web.v1\"}},\"livenessProbe\":{\"httpGet\":{\"path\":\"/\","
                        + "\"port\":\"http\",\"httpHeaders\":[{\"name\":\"X-Probe\",\"value\":\"a b\"}]}}")))).isEmpty();
        rejects(deployment(POD.replace("{\"httpGet\":{\"path\":\"/\",\"port\":\"http\"}}", "{\"grpc\":{\"port\":0}}")),
                "spec.template.spec.containers[0].readinessProbe.grpc.port", "between 1 and 65535");
        rejects(deployment(POD.replace("\"port\":\"http\"}}", "\"port\":\"http\",\"httpHeaders\":[{\"name\":\"X Probe\",\"value\":\"1\"}]}}")),
                "spec.template.spec.containers[0].readinessProbe.httpGet.httpHeaders[0].name", "a valid HTTP header must consist");
        rejects(deployment(POD.replace("\"port\":\"http\"}}", "\"port\":\"http\",\"httpHeaders\":[{\"name\":\"X_Probe\",\"value\":\"1\"}]}}")),
                "spec.template.spec.containers[0].readinessProbe.httpGet.httpHeaders[0].name", "regex used for validation is '[-A-Za-z0-9]+'");
    }
}
