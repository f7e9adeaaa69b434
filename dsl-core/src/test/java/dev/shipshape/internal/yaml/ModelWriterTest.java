package dev.shipshape.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.fabric8.kubernetes.api.model.shipshapetest.Shapes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelWriter} writes what databind writes: every case here is compared with
 * {@code Serialization.yaml().writeValueAsString}, the oracle, and the cases the writer does not model are shown to
 * fall back to it.
 */
class ModelWriterTest {

    private static String databind(Object o) {
        return Serialization.yaml().writeValueAsString(o);
    }

    private static void agrees(Object o) {
        assertThat(Serialization.modelYaml(o)).isEqualTo(databind(o));
        assertThat(Serialization.yaml(o)).isEqualTo(databind(o));
    }

    @Test
    void empty_strings_lists_and_maps_follow_each_property_s_inclusion() {
        ConfigMap cm = new ConfigMap();
        cm.setMetadata(new ObjectMeta());
        cm.getMetadata().setName("");                     // NON_NULL: an empty name is written
        cm.getMetadata().setLabels(new HashMap<>());       // NON_EMPTY: an empty map is not
        cm.getMetadata().setFinalizers(new ArrayList<>()); // NON_EMPTY: an empty list is not
        cm.setData(Map.of("", "", "b", "1", "a", "true")); // keys sorted, "1" and "true" stay strings
        cm.setImmutable(false);
        agrees(cm);
        assertThat(Serialization.modelYaml(cm)).contains("name: \"\"").doesNotContain("labels").doesNotContain("finalizers")
                .contains("immutable: false");
    }

    @Test
    void env_values_ports_probes_and_quantities() {
        Container c = new Container();
        c.setName("web");
        c.setEnv(List.of(new EnvVar("EMPTY", "", null), new EnvVar("NUMBER", "8080", null), new EnvVar("UNSET", null, null)));
        c.setPorts(List.of(new ContainerPort(8080, null, null, "http", "TCP")));
        Probe p = new Probe();
        p.setHttpGet(new io.fabric8.kubernetes.api.model.HTTPGetAction(null, null, "/healthz", new IntOrString("http"), null, null));
        p.setPeriodSeconds(10);
        c.setReadinessProbe(p);
        Probe live = new Probe();
        live.setTcpSocket(new io.fabric8.kubernetes.api.model.TCPSocketAction(null, new IntOrString(8080)));
        c.setLivenessProbe(live);
        ResourceRequirements r = new ResourceRequirements();
        r.setRequests(new LinkedHashMap<>(Map.of("memory", new Quantity("512", "Mi"), "cpu", new Quantity("500m"))));
        r.setLimits(Map.of("cpu", new Quantity("1")));
        c.setResources(r);
        agrees(c);
        assertThat(Serialization.modelYaml(c)).contains("port: http\n").contains("port: 8080\n").contains("cpu: 500m\n")
                .contains("memory: 512Mi\n").contains("cpu: \"1\"\n").contains("value: \"8080\"\n").contains("value: \"\"\n")
                .contains("- name: UNSET\nlivenessProbe");
    }

    @Test
    void nested_objects_keep_the_model_s_property_order() {
        Service s = new Service();
        s.setMetadata(new ObjectMeta());
        s.getMetadata().setName("web");
        s.getMetadata().setAnnotations(new TreeMap<>(Map.of("z", "1", "a", "2")));
        ServiceSpec spec = new ServiceSpec();
        spec.setSelector(Map.of("app", "web"));
        spec.setPorts(List.of(new ServicePort(null, "http", null, 80, "TCP", new IntOrString("http"))));
        spec.setClusterIP("None");
        s.setSpec(spec);
        agrees(s);
        assertThat(Serialization.modelYaml(s)).startsWith("apiVersion: v1\nkind: Service\nmetadata:\n  annotations:\n    a: \"2\"\n    z: \"1\"\n  name: web\nspec:\n  clusterIP: None");
    }

    @Test
    void lists_with_nulls_and_empty_objects() {
        Container c = new Container();
        c.setArgs(Arrays.asList("a", null, ""));
        c.setSecurityContext(new io.fabric8.kubernetes.api.model.SecurityContext());
        agrees(c);
    }

    @Test
    void what_the_writer_does_not_model_falls_back_to_databind() {
        GenericKubernetesResource custom = new GenericKubernetesResource();
        custom.setApiVersion("example.com/v1");
        custom.setKind("Widget");
        custom.setMetadata(new ObjectMeta());
        custom.getMetadata().setName("w");
        custom.setAdditionalProperty("spec", Map.of("size", 3));
        assertThatThrownBy(() -> Serialization.modelYaml(custom)).isInstanceOf(ModelWriter.Unsupported.class);
        assertThat(Serialization.yaml(custom)).isEqualTo(databind(custom)).contains("size: 3");

        ConfigMap extra = new ConfigMap();
        extra.setAdditionalProperty("unknownField", "x");
        assertThatThrownBy(() -> Serialization.modelYaml(extra)).isInstanceOf(ModelWriter.Unsupported.class)
                .hasMessageContaining("unknownField");
        assertThat(Serialization.yaml(extra)).isEqualTo(databind(extra)).contains("unknownField: x\n");

        ConfigMap nullValue = new ConfigMap();
        Map<String, String> data = new HashMap<>();
        data.put("k", null);
        nullValue.setData(data);
        assertThatThrownBy(() -> Serialization.modelYaml(nullValue)).isInstanceOf(ModelWriter.Unsupported.class);
        assertThat(Serialization.yaml(nullValue)).isEqualTo(databind(nullValue));

        io.fabric8.kubernetes.api.model.AnyType odd = new io.fabric8.kubernetes.api.model.AnyType(List.of(1, "a"));
        assertThatThrownBy(() -> Serialization.modelYaml(odd)).isInstanceOf(ModelWriter.Unsupported.class);
        assertThat(Serialization.yaml(odd)).isEqualTo(databind(odd));
    }

    @Test
    void yaml_read_back_as_a_tree_holds_every_integer_as_a_long() {
        var tree = Serialization.readTree("a: 1\nb: \"1\"\nc: [true, null, 1.5, 12345678901234567890]\nd: {}\n");
        assertThat(tree.get("a").isLong()).isTrue();
        assertThat(tree.get("b").isString()).isTrue();
        assertThat(tree.get("c").get(0).asBoolean()).isTrue();
        assertThat(tree.get("c").get(1).isNull()).isTrue();
        assertThat(tree.get("c").get(2).decimalValue()).isEqualByComparingTo("1.5");
        assertThat(tree.get("c").get(3).isBigInteger()).isTrue();
        assertThat(tree.get("d").isObject()).isTrue();
        assertThat(Serialization.readTree("").isMissingNode()).isTrue();
    }

    /** Each model shape the writer refuses goes to databind, with the reason in the message; the shapes it takes agree. */
    @Test
    void every_model_shape_the_writer_does_not_model_is_refused_with_its_reason() {
        Map<Object, String> refused = new java.util.LinkedHashMap<>();
        refused.put(new Shapes.NoOrder(), "no @JsonPropertyOrder");
        refused.put(new Shapes.UnknownOnClass(), "@JsonRootName");
        refused.put(new Shapes.UnknownOnGetter(), "@JsonFormat on getWhen");
        refused.put(new Shapes.ContentInclusion(), "@JsonInclude(content) on getTags");
        refused.put(new Shapes.TwoGetters(), "two getters for name");
        refused.put(new Shapes.UnannotatedGetter(), "getter getColour without @JsonProperty or @JsonIgnore");
        refused.put(new Shapes.UnannotatedFlag(), "getter isReady without @JsonProperty or @JsonIgnore");
        refused.put(new Shapes.NotIgnored(), "getter getColour without @JsonProperty or @JsonIgnore");
        refused.put(new Shapes.OutsideOrder(), "properties outside @JsonPropertyOrder");
        // values that are no model object at all are refused before any introspection
        refused.put(Shapes.Colour.RED, "value io.fabric8.kubernetes.api.model.shipshapetest.Shapes$Colour");
        refused.put(new StringBuilder("a"), "value java.lang.StringBuilder");
        refused.forEach((shape, why) -> {
            assertThatThrownBy(() -> Serialization.modelYaml(shape))
                    .as(shape.getClass().getSimpleName()).isInstanceOf(ModelWriter.Unsupported.class).hasMessageContaining(why);
        });
        for (Object taken : List.of(new Shapes.Plain(), new Shapes.IgnoredThroughInterface(), new Shapes.IgnoredThroughSuperclass())) {
            agrees(taken);
        }
        assertThat(Serialization.modelYaml(new Shapes.Plain())).isEqualTo("name: a\nsize: 3\n");
        assertThat(Serialization.modelYaml(new Shapes.IgnoredThroughInterface())).isEqualTo("name: a\n");
        assertThat(Serialization.modelYaml(new Shapes.IgnoredThroughSuperclass())).isEqualTo("name: a\n");
    }

    /** Every scalar type a map of an included object can hold, written by each writer as databind writes it. */
    @Test
    void numbers_of_every_width_booleans_and_wrapped_values_agree_with_databind() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("byte", (byte) 7);
        values.put("short", (short) -300);
        values.put("int", 70000);
        values.put("long", 1L << 40);
        values.put("double", 1.5d);
        values.put("float", 2.25f);
        values.put("decimal", new java.math.BigDecimal("12345678901234567890.5"));
        values.put("big", new java.math.BigInteger("123456789012345678901234567890"));
        values.put("yes", true);
        values.put("no", false);
        values.put("quantity", new Quantity("1", "Gi"));
        values.put("bare", new Quantity("5"));
        values.put("port", new IntOrString(8080));
        values.put("portName", new IntOrString("http"));
        values.put("anyLong", new io.fabric8.kubernetes.api.model.AnyType(5L));
        values.put("anyBool", new io.fabric8.kubernetes.api.model.AnyType(true));
        assertThat(Serialization.modelYaml(values)).isEqualTo(databind(values));
        assertThat(Serialization.yaml(values)).isEqualTo(databind(values));
        // the diff's trees hold whole numbers only (Kubernetes fields are integers): fractions go to the parser
        assertThatThrownBy(() -> ModelWriter.tree(values)).isInstanceOf(ModelWriter.Unsupported.class)
                .hasMessage("a fractional number");
        Map<String, Object> whole = new LinkedHashMap<>(values);
        whole.keySet().removeAll(List.of("double", "float", "decimal", "big"));
        assertThat(ModelWriter.tree(whole)).isEqualTo(Serialization.readTree(databind(whole)));
        assertThat(Serialization.blockYaml(whole)).isEqualTo(databind(whole));
        // sorted maps are written as they are, others sorted
        java.util.SortedMap<String, Object> sorted = new TreeMap<>(values);
        assertThat(Serialization.modelYaml(sorted)).isEqualTo(Serialization.modelYaml(values));
        // what the writers leave to databind
        Map<Object, Object> numberKey = new HashMap<>();
        numberKey.put(1, "one");
        assertThatThrownBy(() -> Serialization.modelYaml(numberKey)).isInstanceOf(ModelWriter.Unsupported.class)
                .hasMessageContaining("non-string key");
        assertThatThrownBy(() -> Serialization.modelYaml(Map.of("any", new io.fabric8.kubernetes.api.model.AnyType(Map.of("a", 1)))))
                .isInstanceOf(ModelWriter.Unsupported.class).hasMessageContaining("AnyType holding");
        assertThatThrownBy(() -> Serialization.modelYaml(Map.of("c", 'c'))).isInstanceOf(ModelWriter.Unsupported.class)
                .hasMessageContaining("value java.lang.Character");
        assertThatThrownBy(() -> Serialization.modelYaml(Map.of("a", new int[] {1}))).isInstanceOf(ModelWriter.Unsupported.class);
        assertThatThrownBy(() -> Serialization.modelYaml(Map.of("n", new java.util.concurrent.atomic.AtomicInteger(1))))
                .isInstanceOf(ModelWriter.Unsupported.class).hasMessageContaining("AtomicInteger");
        assertThat(ModelWriter.integral(1)).isTrue();
        assertThat(ModelWriter.integral((short) 1)).isTrue();
        assertThat(ModelWriter.integral((byte) 1)).isTrue();
        assertThat(ModelWriter.integral(1L)).isTrue();
        assertThat(ModelWriter.integral(1.0)).isFalse();
        assertThat(ModelWriter.integral(java.math.BigInteger.ONE)).isFalse();
    }
}
