package dev.shipshape.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.Shipshape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules over manifests written by hand, read as {@code Shipshape.check} reads anyone's YAML: each case sits on both
 * sides of what the API server (or the rule) decides — a field left out, zero, an empty string, another protocol,
 * another host IP, an init container — and each finding is checked with its path, its message and the fix worded
 * for YAML rather than for the DSL.
 */
class HandWrittenManifestsTest {

    @TempDir
    Path tmp;

    /** {@code path | message | fix} of {@code rule}'s findings, the file written as {@code m.yaml}. */
    private List<String> check(String rule, String yaml) throws IOException {
        Path file = Files.writeString(tmp.resolve("m.yaml"), yaml);
        return Shipshape.check(file).stream().filter(v -> v.rule().equals(rule))
                .map(v -> (v.path() + " | " + v.message() + " | " + v.fix()).replace(file.toString(), "m.yaml")).toList();
    }

    @Test
    void service_ports_conflict_on_number_and_protocol_and_ports_without_a_number_are_left_to_other_checks() throws IOException {
        assertThat(check("port.conflict", """
                apiVersion: v1
                kind: Service
                metadata: {name: ports}
                spec:
                  selector: {app: none}
                  ports:
                  - {name: dns, port: 53, protocol: UDP}
                  - {name: dns-tcp, port: 53}
                  - {port: 80, targetPort: 8080}
                  - {port: 80, protocol: TCP, targetPort: 8081}
                  - {name: web, port: 443}
                  - {name: web-again, port: 443}
                  - {name: odd}
                  - {name: odd2}
                """)).containsExactly(
                "m.yaml#L1/Service:ports/port:80 | Service ports has two TCP ports numbered 80 (unnamed and unnamed); the API"
                        + " server refuses it. | give each port its own number, or keep one of them.",
                "m.yaml#L1/Service:ports/port:web-again | Service ports has two TCP ports numbered 443 ('web' and"
                        + " 'web-again'); the API server refuses it. | give each port its own number, or keep one of them.");
    }

    @Test
    void host_ports_conflict_per_host_ip_and_protocol_among_app_containers_only() throws IOException {
        String taken = " | use another host port, or none (a Service reaches the container without one).";
        assertThat(check("port.conflict", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: hosts}
                spec:
                  selector: {matchLabels: {app: hosts}}
                  template:
                    metadata: {labels: {app: hosts}}
                    spec:
                      initContainers:
                      - name: init
                        image: my-repo/a:1
                        ports: [{containerPort: 70, hostPort: 8080}]
                      containers:
                      - name: a
                        image: my-repo/a:1
                        ports:
                        - {containerPort: 80, hostPort: 8080}
                        - {containerPort: 81, hostPort: 8080, protocol: UDP}
                        - {containerPort: 82, hostPort: 0}
                        - {containerPort: 83}
                      - name: b
                        image: my-repo/a:1
                        ports:
                        - {containerPort: 90, hostPort: 8080, hostIP: 10.0.0.1}
                        - {containerPort: 91, hostPort: 8080}
                        - {containerPort: 92, hostPort: 0}
                        - {containerPort: 93}
                      - name: d
                        image: my-repo/a:1
                        ports:
                        - {containerPort: 94, hostPort: 9090}
                        - {containerPort: 95, hostPort: 9090}
                """)).containsExactly(
                "m.yaml#L1/Deployment:hosts/container:b/hostPort:8080 | container b asks for host port 8080/TCP, which"
                        + " container a already takes; the API server refuses it." + taken,
                "m.yaml#L1/Deployment:hosts/container:d/hostPort:9090 | container d asks for host port 9090/TCP, which it"
                        + " already takes; the API server refuses it." + taken);
    }

    @Test
    void secrets_with_data_or_string_data_warn_naming_every_key_and_empty_or_external_ones_do_not() throws IOException {
        String fix = " | create the Secret out of band (sealed-secrets, an external secrets operator, a vault injector)"
                + " instead of keeping its values in the manifests.";
        String values = " has literal values (keys %s), which end up in the manifests, in git and in CI logs; the values"
                + " are not shown here.";
        assertThat(check("secret.development-data", """
                apiVersion: v1
                kind: Secret
                metadata: {name: s-data}
                data: {a: eA==}
                ---
                apiVersion: v1
                kind: Secret
                metadata: {name: s-string}
                stringData: {b: x}
                ---
                apiVersion: v1
                kind: Secret
                metadata: {name: s-both}
                data: {c: eA==}
                stringData: {d: x}
                ---
                apiVersion: v1
                kind: Secret
                metadata: {name: s-empty}
                ---
                apiVersion: v1
                kind: Secret
                metadata: {name: s-external}
                type: shipshape.dev/external
                data: {e: eA==}
                """)).containsExactlyInAnyOrder(
                "m.yaml#L1/Secret:s-data | Secret 's-data'" + values.formatted("[a]") + fix,
                "m.yaml#L6/Secret:s-string | Secret 's-string'" + values.formatted("[b]") + fix,
                "m.yaml#L11/Secret:s-both | Secret 's-both'" + values.formatted("[c, d]") + fix);
    }

    @Test
    void the_api_token_is_mounted_unless_the_pod_or_its_service_account_says_false() throws IOException {
        String mounts = " into every container; whoever gets into one can call the Kubernetes API with it. | set"
                + " automountServiceAccountToken: false on the pod or its ServiceAccount.";
        String pod = """
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: %s}
                spec:
                  %s
                  containers: [{name: a, image: "my-repo/a:1"}]
                """;
        assertThat(check("security.service-account-token", """
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: default}
                automountServiceAccountToken: false
                ---
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: robot}
                automountServiceAccountToken: true
                ---
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: quiet}
                """ + pod.formatted("unnamed-account", "serviceAccountName: \"\"") + pod.formatted("no-account", "hostname: x")
                + pod.formatted("robot", "serviceAccountName: robot") + pod.formatted("quiet", "serviceAccountName: quiet")
                + pod.formatted("ghost", "serviceAccountName: ghost") + pod.formatted("own-false", "serviceAccountName: robot\n  automountServiceAccountToken: false")))
                .containsExactly(
                        "m.yaml#L29/Pod:robot/automountServiceAccountToken | Pod/robot mounts the API token of ServiceAccount"
                                + " robot" + mounts,
                        "m.yaml#L36/Pod:quiet/automountServiceAccountToken | Pod/quiet mounts the API token of ServiceAccount"
                                + " quiet" + mounts,
                        "m.yaml#L43/Pod:ghost/automountServiceAccountToken | Pod/ghost mounts the API token of ServiceAccount"
                                + " ghost" + mounts);
    }

    private static final String WEB = """
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              selector: {app: web}
              ports:
              - {name: http, port: 80, targetPort: 8080}
              - {name: other, port: 81, targetPort: 9000}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  initContainers:
                  - {name: setup, image: "my-repo/a:1", ports: [{containerPort: 8080}]}
                  containers:
                  - name: web
                    image: "my-repo/a:1"
                    ports: [{containerPort: 7070, name: admin}, {containerPort: 8080}]
                  - name: side
                    image: "my-repo/a:1"
                    ports: [{containerPort: 9000, name: side-http}]
                  - name: probed
                    image: "my-repo/a:1"
                    ports: [{containerPort: 9000}]
                    readinessProbe: {httpGet: {path: /, port: 9000}}
            ---
            """;

    @Test
    void ingress_rules_need_paths_when_they_have_an_http_section() throws IOException {
        assertThat(check("ingress.empty", WEB + """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: edge}
                spec:
                  rules:
                  - host: a.example.com
                  - host: b.example.com
                    http: {}
                  - http: {paths: []}
                  - host: c.example.com
                    http:
                      paths:
                      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
                """)).containsExactlyInAnyOrder(
                "m.yaml#L32/Ingress:edge/host:b.example.com | the rule for host b.example.com has an http section without"
                        + " paths; the API server refuses it. | add a path, or remove the rule.",
                "m.yaml#L32/Ingress:edge/host:* | the rule for any host has an http section without paths; the API server"
                        + " refuses it. | add a path, or remove the rule.");
    }

    @Test
    void a_routed_container_without_readiness_probe_is_told_the_port_its_service_sends_to() throws IOException {
        assertThat(check("probe.readiness-missing", WEB + """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: edge}
                spec:
                  rules:
                  - http:
                      paths:
                      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
                      - {path: /other, pathType: Prefix, backend: {service: {name: web, port: {name: other}}}}
                  tls:
                  - hosts: [c.example.com]
                """)).containsExactly(
                "m.yaml#L10/Deployment:web/container:side/readinessProbe | side receives ingress traffic but has no readiness"
                        + " probe, so new pods get requests before they can answer them. | add a readinessProbe to container"
                        + " side (e.g. httpGet on port side-http).",
                "m.yaml#L10/Deployment:web/container:web/readinessProbe | web receives ingress traffic but has no readiness"
                        + " probe, so new pods get requests before they can answer them. | add a readinessProbe to container"
                        + " web (e.g. httpGet on port 8080).");
    }

    @Test
    void a_tls_section_without_a_secret_name_refers_to_no_secret() throws IOException {
        assertThat(check("secret.missing-key", """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: edge}
                spec:
                  defaultBackend: {service: {name: web, port: {number: 80}}}
                  tls:
                  - hosts: [c.example.com]
                """)).isEmpty();
    }

    @Test
    void a_cron_job_without_spec_or_schedule_has_no_schedule() throws IOException {
        String fix = " | write five fields (minute hour day-of-month month day-of-week) or a macro such as @daily.";
        assertThat(check("cronjob.schedule-invalid", """
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: nospec}
                ---
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: noschedule}
                spec:
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          restartPolicy: Never
                          containers: [{name: a, image: "my-repo/a:1"}]
                """)).containsExactly(
                "m.yaml#L1/CronJob:nospec/schedule | CronJob nospec has no schedule; the API server refuses it." + fix,
                "m.yaml#L5/CronJob:noschedule/schedule | CronJob noschedule has no schedule; the API server refuses it." + fix);
    }

    @Test
    void services_need_ports_unless_headless_or_external_names() throws IOException {
        String fix = "; the API server refuses a Service without ports unless it is headless. | add the ports the Service serves.";
        assertThat(check("port.missing", """
                apiVersion: v1
                kind: Service
                metadata: {name: external}
                spec: {type: ExternalName, externalName: db.example.com}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: headless}
                spec: {clusterIP: None, selector: {app: x}}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: portless}
                spec: {selector: {app: x}}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: specless}
                """)).containsExactly(
                "m.yaml#L11/Service:portless | Service portless has no ports" + fix,
                "m.yaml#L16/Service:specless | Service specless has no ports" + fix);
    }

    @Test
    void missing_config_keys_list_up_to_five_keys_and_optional_references_are_fine() throws IOException {
        String fix = ", or reference one of its keys.";
        assertThat(check("config.missing-key", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: five}
                data: {a: "1", b: "2", c: "3", d: "4", e: "5"}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: six}
                data: {a: "1", b: "2", c: "3", d: "4", e: "5"}
                binaryData: {f: eA==}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: none}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: reader}
                spec:
                  containers:
                  - name: a
                    image: "my-repo/a:1"
                    env:
                    - {name: FIVE, valueFrom: {configMapKeyRef: {name: five, key: z}}}
                    - {name: SIX, valueFrom: {configMapKeyRef: {name: six, key: z}}}
                    - {name: SIX_F, valueFrom: {configMapKeyRef: {name: six, key: f}}}
                    - {name: NONE, valueFrom: {configMapKeyRef: {name: none, key: z}}}
                    - {name: MAYBE, valueFrom: {configMapKeyRef: {name: none, key: z, optional: true}}}
                """)).containsExactly(
                "m.yaml#L16/Pod:reader/container:a/env:FIVE | ConfigMap 'five' has no key 'z' (it has 'a', 'b', 'c', 'd',"
                        + " 'e'); the pod would fail to start. | add key 'z' to ConfigMap five" + fix,
                "m.yaml#L16/Pod:reader/container:a/env:NONE | ConfigMap 'none' has no key 'z' (it has no keys); the pod"
                        + " would fail to start. | add key 'z' to ConfigMap none" + fix,
                "m.yaml#L16/Pod:reader/container:a/env:SIX | ConfigMap 'six' has no key 'z' (it has 'a', 'b', 'c', 'd',"
                        + " 'e', … (6 keys)); the pod would fail to start. | add key 'z' to ConfigMap six" + fix);
    }

    @Test
    void a_policy_for_one_direction_leaves_the_other_open() throws IOException {
        String fix = " | add a default-deny NetworkPolicy (podSelector: {}, policyTypes: [Ingress, Egress]) and allow what"
                + " the pods need.";
        String pod = """
                apiVersion: v1
                kind: Pod
                metadata: {name: %1$s, labels: {app: %1$s}}
                spec:
                  containers: [{name: a, image: "my-repo/a:1"}]
                ---
                """;
        String policy = """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: %s}
                spec:
                  podSelector: {matchLabels: {app: %s}}
                  policyTypes: [%s]
                ---
                """;
        assertThat(check("network.default-deny-missing", pod.formatted("reader") + policy.formatted("in-only", "reader", "Ingress")
                + pod.formatted("writer") + policy.formatted("out-only", "writer", "Egress") + pod.formatted("open")
                + pod.formatted("closed") + policy.formatted("both", "closed", "Ingress, Egress"))).containsExactly(
                "m.yaml#L1/Pod:reader | no NetworkPolicy selects the pods of Pod/reader for egress, so they can reach every"
                        + " pod and address." + fix,
                "m.yaml#L14/Pod:writer | no NetworkPolicy selects the pods of Pod/writer for ingress, so every pod of the"
                        + " cluster can reach them." + fix,
                "m.yaml#L27/Pod:open | no NetworkPolicy selects the pods of Pod/open for ingress and egress, so every pod of"
                        + " the cluster can reach them, and they can reach every pod and address." + fix);
    }

    private static final String API = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api}
            spec:
              selector: {matchLabels: {app: api}}
              template:
                metadata: {labels: {app: api}}
                spec:
                  containers:
                  - name: a
                    image: "my-repo/a:1"
                    resources:
                      requests: {cpu: "1", memory: 1Gi}
                      limits: {cpu: 800m, memory: 1Gi}
            ---
            """;

    private static String hpa(String name, String target) {
        return """
                ---
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: %s}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}
                  minReplicas: 2
                  maxReplicas: 4
                """.formatted(name) + (target == null ? "" : """
                  metrics:
                  - type: Resource
                    resource: {name: cpu, target: {type: Utilization, averageUtilization: %s}}
                """.formatted(target));
    }

    @Test
    void hand_written_autoscalers_default_to_an_eighty_percent_target_and_need_a_target_of_at_least_one() throws IOException {
        String yaml = API + hpa("default-target", null) + hpa("zero-target", "0") + hpa("one-target", "1") + """
                ---
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: no-target-no-max}
                spec:
                  minReplicas: 2
                """;
        assertThat(check("autoscaling.target-unreachable", yaml)).containsExactly(
                "m.yaml#L17/HorizontalPodAutoscaler:default-target/autoscaling | the HPA scales out only when average cpu per"
                        + " pod passes 880m (80% of the 1 request, plus the HPA's 10% tolerance), but the 800m limit caps"
                        + " usage below that: it never scales out. | lower the averageUtilization target below 73%, or raise"
                        + " the cpu limit above 880m.");
        assertThat(check("autoscaling.bounds", yaml)).containsExactly(
                "m.yaml#L25/HorizontalPodAutoscaler:zero-target/autoscaling | the cpu target is 0% (averageUtilization); the"
                        + " API server requires at least 1. | set averageUtilization to 1 or more, e.g. 70.",
                "m.yaml#L47/HorizontalPodAutoscaler:no-target-no-max/autoscaling | minReplicas 2 is greater than maxReplicas"
                        + " 0. | make maxReplicas at least minReplicas.");
        assertThat(check("reference.unresolved", yaml)).containsExactly(
                "m.yaml#L47/HorizontalPodAutoscaler:no-target-no-max/autoscaling | the HPA has no scaleTargetRef, so it"
                        + " scales nothing; the API server refuses it. | point scaleTargetRef at a Deployment or StatefulSet"
                        + " of the manifests.");
    }
    @Test
    void a_nameless_volume_is_named_empty_and_a_label_written_without_value_has_the_empty_value() throws IOException {
        String yaml = """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: p
                  labels: {app: , tier: web}
                spec:
                  volumes: [{emptyDir: {}}]
                  containers: [{name: a, image: "my-repo/a:1", ports: [{name: http, containerPort: 80}]}]
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: p}
                spec:
                  selector: {app: }
                  ports: [{name: http, port: 80}]
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: p}
                spec:
                  podSelector: {matchLabels: {app: }}
                  policyTypes: [Ingress, Egress]
                """;
        assertThat(check("name.invalid", yaml)).containsExactly("m.yaml#L1/Pod:p/volume: | volume name '' must be a DNS-1123"
                + " label: lowercase letters, digits and '-', starting and ending alphanumeric, at most 63 characters. | rename"
                + " the volume, e.g. 'x', and its mounts.");
        assertThat(check("reference.unresolved", yaml)).as("the Service selects the pod: app is \"\" on both").isEmpty();
        assertThat(check("network.default-deny-missing", yaml)).as("the policy selects the pod").isEmpty();
    }

    @Test
    void ingresses_without_spec_with_odd_paths_and_classes_by_annotation() throws IOException {
        String routes = """
                  rules:
                  - host: shop.example.com
                    http:
                      paths:
                      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
                      - {path: /a, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
                      - {path: /b, pathType: Exact, backend: {service: {name: web, port: {number: 80}}}}
                      - {path: /c, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
                      - {path: "/d\u00a0e", pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
                      - {path: api, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
                """;
        String yaml = WEB + """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: bare}
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: one, annotations: {kubernetes.io/ingress.class: nginx}}
                spec:
                """ + routes + """
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: two, annotations: {kubernetes.io/ingress.class: nginx}}
                spec:
                """ + routes + """
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: three, annotations: {kubernetes.io/ingress.class: traefik}}
                spec:
                """ + routes;
        assertThat(check("ingress.empty", yaml)).containsExactly("m.yaml#L32/Ingress:bare | Ingress bare has no routes and no"
                + " default backend; the API server refuses it. | add rules or a defaultBackend, or remove the Ingress.");
        String order = "/host:shop.example.com/route:/ | route '/' (Prefix, position 1) also matches the later routes '/a'"
                + " (Prefix, position 2), '/b' (Exact, position 3), '/c' (Prefix, position 4) and 1 more; a controller that"
                + " routes by order would never reach them. | put the more specific route first: move '/a' above '/'.";
        assertThat(check("ingress.path-order", yaml)).as("the path without a leading slash is not compared")
                .containsExactly("m.yaml#L36/Ingress:one" + order, "m.yaml#L51/Ingress:two" + order, "m.yaml#L66/Ingress:three" + order);
        String space = "/host:shop.example.com/route:/d\u00a0e | path '/d\u00a0e' contains white space or control characters;"
                + " the API server accepts it, but no HTTP request line carries them unencoded, so the route would never match."
                + " | remove them, or write them percent-encoded as requests carry them (a space is %20).";
        String relative = "/host:shop.example.com/route:api | path 'api' does not start with '/'; the API server rejects it. |"
                + " write an absolute, normalized path such as '/api' (no empty, '.' or '..' segments, no encoded '/').";
        assertThat(check("ingress.path-invalid", yaml)).as("a no-break space is a space").containsExactly(
                "m.yaml#L36/Ingress:one" + space, "m.yaml#L36/Ingress:one" + relative, "m.yaml#L51/Ingress:two" + space,
                "m.yaml#L51/Ingress:two" + relative, "m.yaml#L66/Ingress:three" + space, "m.yaml#L66/Ingress:three" + relative);
        List<String> duplicates = new java.util.ArrayList<>();
        for (String path : List.of("/", "/a", "/b", "/c", "/d\u00a0e", "api")) {
            String route = "/host:shop.example.com/route:" + path;
            duplicates.add("m.yaml#L51/Ingress:two" + route + " | " + (path.equals("/b") ? "Exact" : "Prefix") + " path '" + path
                    + "' on host shop.example.com is also routed by Ingress/one (m.yaml#L36/Ingress:one" + route + "); the ingress"
                    + " controller serves only one of the two. | route the path in one Ingress only, or give the Ingresses"
                    + " different hosts or ingress classes.");
        }
        assertThat(check("ingress.duplicate-path", yaml)).as("one and two share the class nginx by annotation; three is traefik")
                .containsExactlyElementsOf(duplicates);
    }
    @Test
    void routes_to_services_without_ports_or_without_naming_one_of_several() throws IOException {
        assertThat(check("reference.unresolved", """
                apiVersion: v1
                kind: Service
                metadata: {name: portless}
                spec: {clusterIP: None, selector: {app: web}}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: multi}
                spec:
                  selector: {app: web}
                  ports: [{name: a, port: 80}, {port: 81}]
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: web, labels: {app: web}}
                spec:
                  containers: [{name: a, image: "my-repo/a:1", ports: [{containerPort: 80}, {containerPort: 81}]}]
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: edge}
                spec:
                  rules:
                  - http:
                      paths:
                      - {path: /p, pathType: Prefix, backend: {service: {name: portless, port: {number: 80}}}}
                      - {path: /m, pathType: Prefix, backend: {service: {name: multi}}}
                """)).containsExactly(
                "m.yaml#L19/Ingress:edge/host:*/route:/m | routes to Service 'multi' without naming a port, and it has several"
                        + " (a, 81) and none named http. | set backend.service.port.name or .number.",
                "m.yaml#L19/Ingress:edge/host:*/route:/p | routes to Service 'portless', which has no port to send traffic to."
                        + " | give Service portless a port.");
    }
}
