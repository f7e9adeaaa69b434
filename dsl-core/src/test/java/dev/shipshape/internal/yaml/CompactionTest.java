package dev.shipshape.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentSpec;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Compaction drops exactly the empty lists and maps the output leaves out, at every depth, and changes no output. */
class CompactionTest {

    private Container container;
    private ContainerPort port;
    private ObjectMeta meta;
    private PodSpec pod;

    private Deployment deployment() {
        port = new ContainerPort();
        port.setContainerPort(8080);
        container = new Container();
        container.setName("web");
        container.setImage("nginx:1");
        container.setPorts(new ArrayList<>(List.of(port)));
        pod = new PodSpec();
        pod.setContainers(new ArrayList<>(List.of(container)));
        meta = new ObjectMeta();
        meta.setName("web");
        meta.setLabels(new LinkedHashMap<>(Map.of("app", "web")));
        PodTemplateSpec template = new PodTemplateSpec();
        template.setSpec(pod);
        DeploymentSpec spec = new DeploymentSpec();
        spec.setTemplate(template);
        Deployment d = new Deployment();
        d.setApiVersion("apps/v1");
        d.setKind("Deployment");
        d.setMetadata(meta);
        d.setSpec(spec);
        return d;
    }

    @Test
    void empty_lists_and_maps_are_dropped_at_every_depth_and_the_output_stays() {
        Deployment d = deployment();
        // the premise: fabric8's constructors make empty lists and maps
        assertThat(container.getEnv()).isNotNull().isEmpty();
        assertThat(meta.getOwnerReferences()).isNotNull().isEmpty();
        assertThat(meta.getAnnotations()).isNotNull().isEmpty();
        assertThat(port.getAdditionalProperties()).isNotNull().isEmpty();
        assertThat(pod.getVolumes()).isNotNull().isEmpty();
        assertThat(d.getAdditionalProperties()).isNotNull().isEmpty();
        String yaml = Serialization.yaml(d);
        String json = Serialization.json().writeValueAsString(d);

        Compaction.compact(d);

        assertThat(container.getEnv()).as("an empty list of an object in a list").isNull();
        assertThat(container.getArgs()).isNull();
        assertThat(meta.getOwnerReferences()).as("an empty list of a nested object").isNull();
        assertThat(meta.getAnnotations()).as("an empty map").isNull();
        assertThat(port.getAdditionalProperties()).as("additionalProperties two lists down").isNull();
        assertThat(pod.getVolumes()).as("three objects down").isNull();
        assertThat(d.getAdditionalProperties()).as("the object's own additionalProperties").isNull();
        assertThat(container.getPorts()).as("a list with items stays").containsExactly(port);
        assertThat(meta.getLabels()).as("a map with entries stays").containsExactly(Map.entry("app", "web"));
        assertThat(port.getContainerPort()).isEqualTo(8080);
        assertThat(Serialization.yaml(d)).isEqualTo(yaml);
        assertThat(Serialization.json().writeValueAsString(d)).isEqualTo(json);
    }

    @Test
    void additional_properties_that_hold_something_are_kept() {
        Deployment d = deployment();
        port.setAdditionalProperty("x-extra", "kept");
        Compaction.compact(d);
        assertThat(port.getAdditionalProperties()).containsExactly(Map.entry("x-extra", "kept"));
    }

    @Test
    void what_is_not_a_model_object_is_left_alone() {
        assertThatCode(() -> Compaction.compact(null)).doesNotThrowAnyException();
        List<Object> list = new ArrayList<>();
        Compaction.compact(list);
        assertThat(list).isEmpty();
        Quantity q = new Quantity("500m");
        Compaction.compact(q);
        assertThat(q.getAmount()).isEqualTo("500");
        assertThat(q.getFormat()).isEqualTo("m");
        IntOrString port = new IntOrString("http");
        Compaction.compact(port);
        assertThat(port.getStrVal()).isEqualTo("http");
    }

    @Test
    void scalars_are_what_the_writer_writes() {
        for (Object plain : List.of("s", true, 1, 2L, (short) 3, (byte) 4, 1.5d, 2.5f, BigDecimal.ONE, BigInteger.TWO)) {
            assertThat(ModelWriter.scalar(plain)).isSameAs(plain);
        }
        assertThat(ModelWriter.scalar(new Quantity("1", "Gi"))).isEqualTo("1Gi");
        assertThat(ModelWriter.scalar(new Quantity(null, "Gi"))).isEqualTo("Gi");
        assertThat(ModelWriter.scalar(new Quantity("1", null))).isEqualTo("1");
        assertThat(ModelWriter.scalar(new IntOrString(80))).isEqualTo(80);
        assertThat(ModelWriter.scalar(new IntOrString("http"))).isEqualTo("http");
        assertThat(ModelWriter.scalar(new LinkedHashMap<>())).isNull();
        assertThat(ModelWriter.scalar(new ArrayList<>())).isNull();
        assertThat(ModelWriter.scalar(new ObjectMeta())).isNull();
        assertThatThrownBy(() -> ModelWriter.scalar(new IntOrString(null))).isInstanceOf(ModelWriter.Unsupported.class)
                .hasMessageContaining("holding null");
        assertThatThrownBy(() -> ModelWriter.scalar(new StringBuilder("x"))).isInstanceOf(ModelWriter.Unsupported.class);
        assertThatThrownBy(() -> ModelWriter.scalar('c')).isInstanceOf(ModelWriter.Unsupported.class);
        assertThatThrownBy(() -> ModelWriter.scalar(new int[0])).isInstanceOf(ModelWriter.Unsupported.class);
        assertThatThrownBy(() -> ModelWriter.scalar(new java.util.concurrent.atomic.AtomicInteger()))
                .isInstanceOf(ModelWriter.Unsupported.class);
        assertThatThrownBy(() -> ModelWriter.scalar(java.time.DayOfWeek.MONDAY)).isInstanceOf(ModelWriter.Unsupported.class);
    }

    @Test
    void maps_are_ordered_as_databind_orders_them() {
        Map<String, String> sorted = new TreeMap<>(Map.of("b", "2", "a", "1"));
        assertThat(ModelWriter.ordered(sorted)).isSameAs(sorted);
        Map<String, String> unsorted = new LinkedHashMap<>();
        unsorted.put("b", "2");
        unsorted.put("a", "1");
        Map<?, ?> ordered = ModelWriter.ordered(unsorted);
        assertThat(ordered).isNotSameAs(unsorted);
        assertThat(new ArrayList<Object>(ordered.keySet())).containsExactly("a", "b");
        Map<Object, Object> nullValue = new LinkedHashMap<>();
        nullValue.put("a", null);
        assertThatThrownBy(() -> ModelWriter.ordered(nullValue)).isInstanceOf(ModelWriter.Unsupported.class);
        assertThatThrownBy(() -> ModelWriter.ordered(Map.of(1, "x"))).isInstanceOf(ModelWriter.Unsupported.class);
    }

    @Test
    void a_tree_falls_back_to_reading_the_yaml_where_the_writer_does_not_model_a_value() {
        io.fabric8.kubernetes.api.model.GenericKubernetesResource r = new io.fabric8.kubernetes.api.model.GenericKubernetesResource();
        r.setApiVersion("example.com/v1");
        r.setKind("Widget");
        ObjectMeta m = new ObjectMeta();
        m.setName("w");
        r.setMetadata(m);
        r.setAdditionalProperty("spec", Map.of("ratio", 1.5));
        assertThatThrownBy(() -> ModelWriter.tree(r)).isInstanceOf(ModelWriter.Unsupported.class);
        var tree = Serialization.tree(r);
        assertThat(tree).isEqualTo(Serialization.readTree(Serialization.yaml(r)));
        assertThat(tree.path("spec").path("ratio").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(tree.path("metadata").path("name").asString()).isEqualTo("w");
    }
}
