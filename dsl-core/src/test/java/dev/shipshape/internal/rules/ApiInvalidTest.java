package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.validation.Violation;
import dev.shipshape.validation.YamlCheck;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests of {@link ApiInvalid}: what the semantic validation of the API server refuses and no other rule says. */
class ApiInvalidTest extends YamlCheck {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              selector: %s
              template:
                metadata: {labels: {app: web, tier: front}}
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
                      %s
                  volumes: %s
            """;

    private List<String> messages(String selector, String container, String volumes) throws IOException {
        return found("api.invalid", DEPLOYMENT.formatted(selector, container, volumes)).stream()
                .map(v -> v.path().substring(v.path().indexOf("Deployment:web")) + " " + v.message()).toList();
    }

    @Test
    void a_selector_must_select_something_and_the_template() throws IOException {
        assertThat(messages("{matchLabels: {app: web}}", "", "[]")).isEmpty();
        assertThat(messages("{matchExpressions: [{key: tier, operator: In, values: [front, back]}]}", "", "[]")).isEmpty();
        assertThat(messages("{}", "", "[]")).singleElement().asString().startsWith("Deployment:web/spec.selector Deployment"
                + " web has an empty selector");
        assertThat(messages("{matchLabels: {app: api}}", "", "[]")).containsExactly("Deployment:web/spec.template.metadata.labels"
                + " Deployment web's selector {app=api} does not select its template's labels {app=web, tier=front}; the API"
                + " server refuses it (\"`selector` does not match template `labels`\").");
        assertThat(messages("{matchExpressions: [{key: tier, operator: NotIn, values: [front]}]}", "", "[]")).hasSize(1);
        assertThat(messages("{matchExpressions: [{key: zone, operator: Exists}]}", "", "[]")).hasSize(1);
        assertThat(messages("{matchExpressions: [{key: tier, operator: DoesNotExist}]}", "", "[]")).hasSize(1);
        assertThat(messages("{matchExpressions: [{key: tier, operator: Exists}, {key: zone, operator: DoesNotExist},"
                + " {key: zone, operator: NotIn, values: [a]}, {key: app, operator: NotIn, values: [api]}]}", "", "[]")).isEmpty();
    }

    @Test
    void probes_and_hooks_take_one_handler_env_one_source_and_volumes_one_type() throws IOException {
        String sel = "{matchLabels: {app: web}}";
        assertThat(messages(sel, "readinessProbe: {periodSeconds: 5}", "[]")).singleElement().asString()
                .endsWith("container web's readinessProbe has no handler; the API server refuses it (\"must specify a handler type\").");
        assertThat(messages(sel, "livenessProbe: {exec: {command: [a]}, tcpSocket: {port: 80}}", "[]")).singleElement()
                .asString().contains("livenessProbe has 2 handlers");
        assertThat(messages(sel, "lifecycle: {preStop: {}}", "[]")).singleElement().asString().contains("lifecycle.preStop has no handler");
        assertThat(messages(sel, "livenessProbe: {exec: {}}", "[]")).singleElement().asString()
                .endsWith("container web's livenessProbe runs exec without a command; the API server refuses it"
                        + " (\"exec.command: Required value\").");
        assertThat(messages(sel, "env: [{name: A, value: x, valueFrom: {fieldRef: {fieldPath: metadata.name}}}]", "[]"))
                .singleElement().asString().contains("has a value and a valueFrom");
        assertThat(messages(sel, "env: [{name: A, valueFrom: {}}]", "[]")).singleElement().asString()
                .contains("a valueFrom with no source");
        assertThat(messages(sel, "", "[{name: v}]")).singleElement().asString().contains("volume v of Deployment/web has no type");
        assertThat(messages(sel, "", "[{name: v, emptyDir: {}, configMap: {name: c}}]")).singleElement().asString()
                .contains("has 2 types");
        assertThat(messages(sel, "resources: {requests: {cpus: 1, nvidia.com/gpu: 1, hugepages-2Mi: 1Mi}}", "[]")).singleElement()
                .asString().endsWith("container web requests 'cpus', which is not a resource: the API server refuses it"
                        + " (\"must be a standard resource type or fully qualified\").");
        assertThat(found("api.invalid", """
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec: {containers: [{name: web}, {name: blank, image: " "}]}
                """)).extracting(Violation::message).containsExactly(
                "container blank has no image; the API server refuses it (\"image: Required value\").",
                "container web has no image; the API server refuses it (\"image: Required value\").");
        assertThat(messages(sel, "startupProbe: {}", "[]")).singleElement().asString().contains("startupProbe has no handler");
        assertThat(messages(sel, "lifecycle: {postStart: {exec: {command: [a]}, sleep: {seconds: 1}}}", "[]")).singleElement()
                .asString().contains("lifecycle.postStart has 2 handlers");
        assertThat(messages(sel, "lifecycle: {preStop: {exec: {command: []}}}", "[]")).singleElement().asString()
                .contains("lifecycle.preStop runs exec without a command");
        assertThat(messages(sel, "resources: {limits: {memorys: 1Gi}}", "[]")).singleElement().asString()
                .contains("container web limits 'memorys', which is not a resource");
        assertThat(messages(sel, "env: [{name: A, valueFrom: {configMapKeyRef: {name: c, key: k}, secretKeyRef: {name: s, key: k}}}]",
                "[]")).singleElement().asString().contains("a valueFrom with 2 sources");
        // a source newer than the model (fileKeyRef, 1.34) counts as one
        assertThat(messages(sel, "env: [{name: A, valueFrom: {fileKeyRef: {volumeName: v, path: p, key: k}}}]", "[]")).isEmpty();
        assertThat(messages(sel, "env: [{name: A, valueFrom: {fileKeyRef: {volumeName: v, path: p, key: k},"
                + " configMapKeyRef: {name: c, key: k}}}]", "[]")).singleElement().asString().contains("2 sources");
        assertThat(messages(sel, "ports: [{containerPort: 65535, hostPort: 0}, {containerPort: 1, hostPort: 65535}]", "[]")).isEmpty();
        assertThat(messages(sel, "ports: [{containerPort: 0}, {containerPort: 65536}, {containerPort: 80, hostPort: 65536},"
                + " {containerPort: 81, hostPort: -1}]", "[]")).hasSize(4);
        assertThat(messages(sel, "ports: [{containerPort: 70000}]", "[]")).singleElement().asString()
                .contains("has containerPort 70000; it must be between 1 and 65535.");
        assertThat(messages(sel, "readinessProbe: {httpGet: {port: 80}}\n          env: [{name: A, valueFrom: {fieldRef: {fieldPath: metadata.name}}}]",
                "[{name: v, emptyDir: {}}]")).isEmpty();
    }

    @Test
    void an_autoscaler_target_sets_the_value_its_type_names() throws IOException {
        assertThat(found("api.invalid", """
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: h}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
                  maxReplicas: 4
                  metrics:
                    - {type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}}
                    - {type: Resource, resource: {name: memory, target: {type: Utilization}}}
                    - {type: Resource, resource: {name: cpu, target: {type: AverageValue, averageValue: 500m}}}
                    - {type: Resource, resource: {name: cpu, target: {type: AverageValue, value: 500m}}}
                    - {type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 0}}}
                    - {type: Pods, resource: {name: cpu, target: {type: Utilization, averageUtilization: 50}}}
                    - {type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 1}},
                       pods: {metric: {name: m}, target: {type: AverageValue, averageValue: 1}}}
                    - {type: Resource, resource: {name: cpu}}
                    - {type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 1}}}
                    - {type: External, external: {metric: {name: q}, target: {type: Value, value: 10}}}
                    - {type: Object, object: {metric: {name: q}, describedObject: {kind: Service, name: s}, target: {type: Value}}}
                """)).extracting(Violation::message).containsExactly(
                "metric spec.metrics[10] of HorizontalPodAutoscaler h has a target of type Value without value; the API"
                        + " server refuses it (\"Required value\").",
                "metric spec.metrics[1] of HorizontalPodAutoscaler h has a target of type Utilization without"
                        + " averageUtilization; the API server refuses it (\"Required value\").",
                "metric spec.metrics[3] of HorizontalPodAutoscaler h has a target of type AverageValue without"
                        + " averageValue; the API server refuses it (\"Required value\").",
                "metric spec.metrics[4] of HorizontalPodAutoscaler h targets averageUtilization 0; the API server"
                        + " refuses it (\"must be greater than 0\").",
                "metric spec.metrics[5] of HorizontalPodAutoscaler h has type Pods but no pods block; the API server"
                        + " refuses it (\"must populate information for the given metric source\").",
                "metric spec.metrics[6] of HorizontalPodAutoscaler h has type Resource and 2 source blocks; the API"
                        + " server refuses it (\"must populate the given metric source only\").");
    }

    @Test
    void a_count_given_as_a_string_is_a_percent() throws IOException {
        assertThat(found("api.invalid", """
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: p}
                spec: {maxUnavailable: one, selector: {matchLabels: {a: b}}}
                ---
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: {name: fine}
                spec: {minAvailable: 50%, selector: {matchLabels: {a: b}}}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d}
                spec:
                  selector: {matchLabels: {a: b}}
                  strategy: {rollingUpdate: {maxSurge: 1, maxUnavailable: "25"}}
                  template: {metadata: {labels: {a: b}}, spec: {containers: [{name: c, image: x}]}}
                ---
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: s}
                spec:
                  selector: {matchLabels: {a: b}}
                  updateStrategy: {rollingUpdate: {maxUnavailable: half}}
                  template: {metadata: {labels: {a: b}}, spec: {containers: [{name: c, image: x}]}}
                ---
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: ds}
                spec:
                  selector: {matchLabels: {a: b}}
                  updateStrategy: {rollingUpdate: {maxSurge: 10%, maxUnavailable: all}}
                  template: {metadata: {labels: {a: b}}, spec: {containers: [{name: c, image: x}]}}
                """)).extracting(Violation::message).containsExactly(
                "spec.maxUnavailable of PodDisruptionBudget/p is 'one'; the API server refuses it (\"a valid percent string"
                        + " must be a numeric string followed by an ending '%'\").",
                "spec.strategy.rollingUpdate.maxUnavailable of Deployment/d is '25'; the API server refuses it (\"a valid"
                        + " percent string must be a numeric string followed by an ending '%'\").",
                "spec.updateStrategy.rollingUpdate.maxUnavailable of StatefulSet/s is 'half'; the API server refuses it"
                        + " (\"a valid percent string must be a numeric string followed by an ending '%'\").",
                "spec.updateStrategy.rollingUpdate.maxUnavailable of DaemonSet/ds is 'all'; the API server refuses it"
                        + " (\"a valid percent string must be a numeric string followed by an ending '%'\").");
    }

    @Test
    void a_claim_has_an_access_mode_and_a_storage_request() throws IOException {
        assertThat(found("api.invalid", """
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: data}
                spec: {resources: {requests: {storage: 1Gi}}}
                ---
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec:
                  selector: {matchLabels: {a: b}}
                  template: {metadata: {labels: {a: b}}, spec: {containers: [{name: c, image: x}]}}
                  volumeClaimTemplates:
                    - metadata: {name: fine}
                      spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
                    - metadata: {name: bare}
                    - metadata: {name: nostorage}
                      spec: {accessModes: [ReadWriteOnce]}
                """)).extracting(Violation::message).containsExactly(
                "spec of PersistentVolumeClaim/data has no access mode; the API server refuses the claim (\"Required value\").",
                "spec.volumeClaimTemplates[1].spec of StatefulSet/db has no access mode and no storage request; the API"
                        + " server refuses the claim (\"Required value\").",
                "spec.volumeClaimTemplates[2].spec of StatefulSet/db has no storage request; the API server refuses the"
                        + " claim (\"Required value\").");
    }

    @Test
    void a_jobs_pods_restart_on_failure_or_never_and_a_controllers_always() throws IOException {
        assertThat(found("api.invalid", """
                apiVersion: batch/v1
                kind: Job
                metadata: {name: j}
                spec: {template: {spec: {containers: [{name: c, image: x}]}}}
                ---
                apiVersion: batch/v1
                kind: Job
                metadata: {name: fine}
                spec: {template: {spec: {restartPolicy: Never, containers: [{name: c, image: x}]}}}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d}
                spec:
                  selector: {matchLabels: {a: b}}
                  template: {metadata: {labels: {a: b}}, spec: {restartPolicy: Never, containers: [{name: c, image: x}]}}
                ---
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: cj}
                spec:
                  schedule: "0 3 * * *"
                  jobTemplate: {spec: {template: {spec: {restartPolicy: Always, containers: [{name: c, image: x}]}}}}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: fine}
                spec:
                  selector: {matchLabels: {a: b}}
                  template: {metadata: {labels: {a: b}}, spec: {restartPolicy: Always, containers: [{name: c, image: x}]}}
                """)).extracting(Violation::message).containsExactly(
                "Job/j's pods have no restartPolicy, so Always applies; the API server refuses it for a Job (supported"
                        + " values: \"OnFailure\", \"Never\").",
                "Deployment/d's pods have restartPolicy Never; the API server refuses it for a Deployment (supported"
                        + " values: \"Always\").",
                "CronJob/cj's pods have restartPolicy Always; the API server refuses it for a Job (supported values:"
                        + " \"OnFailure\", \"Never\").");
    }

    @Test
    void an_ingress_backend_names_a_service_or_a_resource() throws IOException {
        assertThat(found("api.invalid", """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: i}
                spec:
                  defaultBackend: {service: {name: s, port: {number: 80}}, resource: {kind: Bucket, name: b}}
                  rules:
                    - http:
                        paths:
                          - {path: /a, pathType: Prefix, backend: {}}
                          - {path: /b, pathType: Prefix, backend: {service: {name: s, port: {number: 80}}}}
                          - {path: /c, pathType: Prefix, backend: {resource: {apiGroup: x.io, kind: Bucket, name: b}}}
                          - {path: /d, pathType: Prefix, backend: {service: {name: s, port: {}}}}
                          - {path: /e, pathType: Prefix, backend: {service: {name: s}}}
                          - {path: /f, pathType: Prefix, backend: {service: {name: s, port: {name: http}}}}
                """)).extracting(Violation::message).containsExactly(
                "spec.defaultBackend of Ingress/i names both a service and a resource; the API server refuses it (\"cannot"
                        + " set both resource and service backends\").",
                "spec.rules[0].http.paths[0].backend of Ingress/i names neither a service nor a resource; the API server"
                        + " refuses it (\"resource or service backend is required\").",
                "spec.rules[0].http.paths[3].backend of Ingress/i names no port of Service s; the API server refuses it"
                        + " (\"port name or number is required\").",
                "spec.rules[0].http.paths[4].backend of Ingress/i names no port of Service s; the API server refuses it"
                        + " (\"port name or number is required\").");
    }

    @Test
    void a_network_policy_peer_names_one_kind_of_peer() throws IOException {
        assertThat(found("api.invalid", """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: n}
                spec:
                  podSelector: {}
                  ingress:
                    - from: [{}, {podSelector: {}}, {ipBlock: {cidr: 10.0.0.0/8}, namespaceSelector: {}}]
                  egress:
                    - to: [{namespaceSelector: {}, podSelector: {matchLabels: {a: b}}}, {ipBlock: {cidr: 10.0.0.0/8}}]
                    - to: [{}]
                """)).extracting(Violation::message).containsExactly(
                "spec.egress[1].to[0] of NetworkPolicy/n names no peer; the API server refuses it (\"must specify a peer\").",
                "spec.ingress[0].from[0] of NetworkPolicy/n names no peer; the API server refuses it (\"must specify a peer\").",
                "spec.ingress[0].from[2] of NetworkPolicy/n has an ipBlock and a selector; the API server refuses it"
                        + " (\"may not specify both ipBlock and another peer\").");
    }
}
