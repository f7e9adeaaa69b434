package dev.shipshape.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The walk along the schemas, value type by value type, and the shipped schemas themselves. */
class SchemaWalkTest {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final KubernetesSchemas K8S = KubernetesSchemas.of("1.36");

    private static JsonNode yaml(String text) {
        return YAML.readTree(text);
    }

    private static List<String> problems(String definition, String yaml) {
        return SchemaWalk.builtIn(K8S, definition, yaml(yaml)).stream()
                .map(p -> p.kind() + " " + p.path() + ": " + p.message()).toList();
    }

    private static final String POD = "io.k8s.api.core.v1.Pod";

    @Test
    void integers_must_be_whole_and_int32_fields_within_32_bits() {
        assertThat(problems(POD, "spec: {terminationGracePeriodSeconds: 9999999999, priority: 2147483647,"
                + " containers: [{name: c, ports: [{containerPort: 2147483648}]}]}")).containsExactly(
                "TYPE spec.containers[0].ports[0].containerPort: must be a 32-bit integer, not the number 2147483648");
        assertThat(problems(POD, "spec: {priority: 1.0, containers: [{name: c}]}")).containsExactly("TYPE spec.priority: must be an integer, not the number 1.0");
        assertThat(problems(POD, "spec: {priority: \"1\", containers: [{name: c}]}")).containsExactly("TYPE spec.priority: must be an integer, not the string \"1\"");
    }

    @Test
    void booleans_take_what_kubectls_yaml_reader_takes_for_one() {
        assertThat(problems(POD, "spec: {hostNetwork: yes, hostPID: \"on\", hostIPC: false, containers: [{name: c}]}")).isEmpty();
        assertThat(problems(POD, "spec: {hostNetwork: maybe, containers: [{name: c}]}")).containsExactly(
                "TYPE spec.hostNetwork: must be a boolean, not the string \"maybe\"");
        assertThat(problems(POD, "spec: {hostNetwork: 1, containers: [{name: c}]}")).containsExactly("TYPE spec.hostNetwork: must be a boolean, not the number 1");
    }

    @Test
    void int_or_string_quantities_numbers_lists_and_objects() {
        assertThat(problems("io.k8s.api.core.v1.Service", "spec: {ports: [{port: 80, targetPort: http}, {port: 81, targetPort: 8081}]}")).isEmpty();
        assertThat(problems("io.k8s.api.core.v1.Service", "spec: {ports: [{port: 80, targetPort: 80.5}]}")).containsExactly(
                "TYPE spec.ports[0].targetPort: must be an integer or a string, not the number 80.5");
        assertThat(problems(POD, "spec: {overhead: {cpu: 1, memory: 64Mi}, containers: [{name: c}]}")).isEmpty();
        assertThat(problems(POD, "spec: {overhead: {cpu: [1]}, containers: [{name: c}]}")).containsExactly("TYPE spec.overhead.cpu: must be a quantity"
                + " (a string such as 500m or 1Gi, or a number), not a list");
        assertThat(problems(POD, "spec: {containers: {name: c}}")).containsExactly("TYPE spec.containers: must be a list, not an object");
        assertThat(problems(POD, "spec: [1]")).containsExactly("TYPE spec: must be an object, not a list");
        assertThat(problems("io.k8s.api.autoscaling.v1.HorizontalPodAutoscaler", "spec: {maxReplicas: 3,"
                + " scaleTargetRef: {kind: Deployment, name: d}, targetCPUUtilizationPercentage: 50}")).isEmpty();
        assertThat(problems("io.k8s.api.core.v1.Secret", "data: {a: aGk=}")).isEmpty();
        assertThat(problems("io.k8s.api.core.v1.Secret", "data: {a: 5}")).containsExactly("TYPE data.a: must be a string, not the number 5");
    }

    @Test
    void null_is_unset_and_required_fields_must_be_there() {
        assertThat(problems(POD, "metadata: null\nspec: {containers: [{name: c, image: null}]}")).isEmpty();
        assertThat(problems(POD, "spec: {containers: [{name: null}]}")).containsExactly("REQUIRED spec.containers[0].name: Required value");
        assertThat(problems("io.k8s.api.apps.v1.Deployment", "metadata: {name: d}")).containsExactly("REQUIRED spec: Required value");
        assertThat(problems("io.k8s.api.apps.v1.Deployment", "spec: {selector: {}, template: {}}")).containsExactly(
                "REQUIRED spec.template.spec: Required value");
        // a spec whose schema requires nothing may be left out
        assertThat(problems("io.k8s.api.core.v1.Service", "metadata: {name: s}")).isEmpty();
    }

    @Test
    void unknown_fields_are_named_with_the_nearest_known_one_when_it_is_near() {
        assertThat(problems(POD, "spec: {containers: [{name: c, imagePullPolicyy: Always, x: 1}]}")).containsExactly(
                "UNKNOWN_FIELD spec.containers[0].imagePullPolicyy: unknown field \"imagePullPolicyy\" (did you mean \"imagePullPolicy\"?)",
                "UNKNOWN_FIELD spec.containers[0].x: unknown field \"x\"");
        assertThat(SchemaWalk.Near.closest("Image", Set.of("image", "name"))).contains("image");
        assertThat(SchemaWalk.Near.closest("abcdef", Set.of("abcxyz"))).isEmpty();
        assertThat(SchemaWalk.Near.closest("abcdef", Set.of("abcdxf", "abcdef"))).contains("abcdef");
        assertThat(SchemaWalk.Near.closest("ab", Set.of("xy"))).isEmpty();
        assertThat(SchemaWalk.Near.closest("ab", Set.of("ac"))).contains("ac");
        // a tie goes to the first in order
        assertThat(SchemaWalk.Near.closest("ab", new java.util.TreeSet<>(Set.of("aa", "bb")))).contains("aa");
    }

    @Test
    void enumerations_refuse_other_values_and_empty_ones_only_where_the_server_does_not_default_them() {
        assertThat(Enums.refuses("io.k8s.api.core.v1.Container", "imagePullPolicy", "Always")).isFalse();
        assertThat(Enums.refuses("io.k8s.api.core.v1.Container", "imagePullPolicy", "always")).isTrue();
        assertThat(Enums.refuses("io.k8s.api.core.v1.Container", "imagePullPolicy", "")).isFalse();
        assertThat(Enums.refuses("io.k8s.api.core.v1.PodOS", "name", "")).isTrue();
        assertThat(Enums.refuses("io.k8s.api.core.v1.Container", "image", "anything")).isFalse();
        assertThat(Enums.of("io.k8s.api.core.v1.Container", "image")).isEmpty();
    }

    @Test
    void custom_resources_follow_their_definitions_schema_and_their_metadata_the_built_in_one() {
        JsonNode schema = yaml("""
                type: object
                required: [spec]
                properties:
                  spec:
                    type: object
                    additionalProperties: false
                    required: [size]
                    properties:
                      size: {type: integer, enum: [1, 2]}
                      port: {x-kubernetes-int-or-string: true}
                      untyped: {properties: {a: {type: string}}}
                      tags: {type: array, items: {type: string}}
                      free: {type: object, additionalProperties: true}
                      labels: {type: object, additionalProperties: {type: string}}
                      ratio: {type: number, enum: [0.5, 1]}
                """);
        List<String> found = SchemaWalk.custom(K8S, schema, yaml("""
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: w, labelz: {}}
                spec: {size: 3, tags: [a, 1], free: {x: [1]}, labels: {a: 1}, ratio: "0.5", other: 1}
                """)).stream().map(p -> p.kind() + " " + p.path()).toList();
        assertThat(found).containsExactly("UNKNOWN_FIELD metadata.labelz", "UNSUPPORTED_VALUE spec.size",
                "TYPE spec.tags[1]", "TYPE spec.labels.a", "TYPE spec.ratio", "UNKNOWN_FIELD spec.other");
        assertThat(SchemaWalk.custom(K8S, schema, yaml("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n")))
                .extracting(SchemaWalk.Problem::kind, SchemaWalk.Problem::path).containsExactly(tuple(SchemaWalk.Kind.REQUIRED, "spec"));
        // enumerated numbers compare as numbers; int-or-string; an object schema without a type; unknown top-level fields
        List<String> more = SchemaWalk.custom(K8S, schema, yaml("""
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: w}
                spec: {size: 2, port: http, untyped: [1], ratio: 1.0}
                status: {}
                """)).stream().map(p -> p.kind() + " " + p.path()).toList();
        assertThat(more).containsExactly("TYPE spec.untyped", "UNKNOWN_FIELD status");
        assertThat(SchemaWalk.custom(K8S, schema, yaml("apiVersion: a/v1\nkind: W\nspec: {size: 1, port: 8080}\n"))).isEmpty();
        assertThat(SchemaWalk.custom(K8S, schema, yaml("apiVersion: a/v1\nkind: W\nspec: {size: 1, ratio: 0.7}\n")))
                .extracting(SchemaWalk.Problem::kind, SchemaWalk.Problem::path)
                .containsExactly(tuple(SchemaWalk.Kind.UNSUPPORTED_VALUE, "spec.ratio"));
        assertThat(SchemaWalk.custom(K8S, schema, yaml("apiVersion: a/v1\nkind: W\nspec: {size: 1, port: [1]}\n")))
                .extracting(SchemaWalk.Problem::path).containsExactly("spec.port");
        JsonNode open = yaml("type: object\nx-kubernetes-preserve-unknown-fields: true\n");
        assertThat(SchemaWalk.custom(K8S, open, yaml("apiVersion: example.com/v1\nkind: W\nanything: {goes: 1}\n"))).isEmpty();
    }

    @Test
    void the_schemas_ship_for_each_version_and_know_what_each_serves() {
        assertThat(KubernetesSchemas.VERSIONS).containsExactly("1.32", "1.33", "1.34", "1.35", "1.36");
        assertThat(KubernetesSchemas.newest()).isEqualTo("1.36");
        for (String v : KubernetesSchemas.VERSIONS) {
            KubernetesSchemas k = KubernetesSchemas.of(v);
            assertThat(k.version()).isEqualTo(v);
            assertThat(k.definitionOf("apps/v1", "Deployment")).contains("io.k8s.api.apps.v1.Deployment");
            assertThat(k.definitionOf("v1", "Pod")).contains("io.k8s.api.core.v1.Pod");
            assertThat(k.definitionOf("extensions/v1beta1", "Deployment")).isEmpty();
            assertThat(k.servesGroup("")).isTrue();
            assertThat(k.servesGroup("apps")).isTrue();
            assertThat(k.servesGroup("example.com")).isFalse();
            assertThat(k.versionsOf("HorizontalPodAutoscaler")).containsExactly("autoscaling/v1", "autoscaling/v2");
        }
        assertThat(KubernetesSchemas.of("1.36")).isSameAs(KubernetesSchemas.of("1.36"));
        assertThat(KubernetesSchemas.of("1.32").definitionOf("v1", "Pod")).isPresent();
        assertThat(KubernetesSchemas.of("1.32").definition("io.k8s.api.core.v1.PodSpec").path("properties").has("hostnameOverride")).isFalse();
        assertThat(KubernetesSchemas.of("1.36").definition("io.k8s.api.core.v1.PodSpec").path("properties").has("hostnameOverride")).isTrue();
        assertThatThrownBy(() -> KubernetesSchemas.of("2.0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("it has 1.32, 1.33, 1.34, 1.35, 1.36");
    }
}
