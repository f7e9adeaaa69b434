package dev.shipshape.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.internal.objects.Item;
import dev.shipshape.internal.objects.Origin;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.ReplicationControllerBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Label selectors by the semantics of k8s.io/apimachinery's {@code labels.Selector} (equality, In, NotIn, Exists,
 * DoesNotExist), the pods an index finds for a selector, and the pod template of every kind that has one.
 */
class IndexAndPodsTest {

    private static LabelSelectorRequirement req(String key, String op, String... values) {
        return new LabelSelectorRequirement(key, op, values.length == 0 ? null : List.of(values));
    }

    private static boolean matches(Map<String, String> pod, Map<String, String> labels, LabelSelectorRequirement... exprs) {
        return Index.matches(pod, labels, List.of(exprs));
    }

    @Test
    void selectors_match_as_apimachinery_defines_them() {
        assertThat(matches(Map.of(), Map.of())).isTrue();
        assertThat(matches(Map.of("a", "b", "c", "d"), Map.of("a", "b"))).isTrue();
        assertThat(matches(Map.of("a", "c"), Map.of("a", "b"))).isFalse();
        assertThat(matches(Map.of(), Map.of("a", "b"))).isFalse();
        assertThat(matches(Map.of("a", "b"), Map.of(), req("a", "In", "b", "c"))).isTrue();
        assertThat(matches(Map.of("a", "d"), Map.of(), req("a", "In", "b", "c"))).isFalse();
        assertThat(matches(Map.of(), Map.of(), req("a", "In", "b"))).isFalse();
        assertThat(matches(Map.of("a", "b"), Map.of(), req("a", "In"))).as("In with no values").isFalse();
        assertThat(matches(Map.of("a", "c"), Map.of(), req("a", "NotIn", "b"))).isTrue();
        assertThat(matches(Map.of(), Map.of(), req("a", "NotIn", "b"))).as("NotIn holds for an absent key").isTrue();
        assertThat(matches(Map.of("a", "b"), Map.of(), req("a", "NotIn", "b"))).isFalse();
        assertThat(matches(Map.of("a", ""), Map.of(), req("a", "Exists"))).isTrue();
        assertThat(matches(Map.of("b", "a"), Map.of(), req("a", "Exists"))).isFalse();
        assertThat(matches(Map.of(), Map.of(), req("a", "DoesNotExist"))).isTrue();
        assertThat(matches(Map.of("a", "x"), Map.of(), req("a", "DoesNotExist"))).isFalse();
        assertThat(matches(Map.of("a", "b"), Map.of(), req("a", "Bogus", "b"))).as("an operator the API refuses").isFalse();
        assertThat(matches(Map.of("a", "b"), Map.of(), req("a", null, "b"))).isFalse();
        // every part must hold
        assertThat(matches(Map.of("a", "b", "t", "x"), Map.of("a", "b"), req("t", "In", "x"), req("z", "DoesNotExist"))).isTrue();
        assertThat(matches(Map.of("a", "b", "t", "y"), Map.of("a", "b"), req("t", "In", "x"))).isFalse();
        assertThat(matches(Map.of("a", "c", "t", "x"), Map.of("a", "b"), req("t", "In", "x"))).isFalse();
    }

    private static HasMetadata deployment(String namespace, String name, Map<String, String> labels) {
        return new DeploymentBuilder().withNewMetadata().withName(name).withNamespace(namespace).endMetadata().withNewSpec()
                .withNewTemplate().withNewMetadata().withLabels(labels).endMetadata().withNewSpec().addNewContainer()
                .withName(name).endContainer().endSpec().endTemplate().endSpec().build();
    }

    private static Index index(HasMetadata... objects) {
        List<Item> items = new ArrayList<>();
        for (HasMetadata o : objects) {
            items.add(Item.of(o, new Origin.File("t.yaml", 1)));
        }
        return new Index(items, List.of());
    }

    private static List<String> names(List<PodNode> pods) {
        return pods.stream().map(p -> p.item().name()).sorted().toList();
    }

    @Test
    void an_index_finds_the_pods_a_selector_selects_in_its_namespace() {
        Index index = index(
                deployment("shop", "web-1", Map.of("app", "web", "tier", "front")),
                deployment("shop", "web-2", Map.of("app", "web", "tier", "front", "canary", "yes")),
                deployment("shop", "db", Map.of("app", "db", "tier", "data")),
                deployment("team", "web-3", Map.of("app", "web", "tier", "front")));
        assertThat(names(index.selected("shop", Map.of("app", "web")))).containsExactly("web-1", "web-2");
        assertThat(names(index.selected("shop", Map.of("tier", "front", "canary", "yes")))).containsExactly("web-2");
        assertThat(names(index.selected("shop", Map.of("canary", "yes", "tier", "front")))).containsExactly("web-2");
        assertThat(names(index.selected("team", Map.of("app", "web")))).containsExactly("web-3");
        assertThat(index.selected("shop", Map.of("app", "none"))).isEmpty();
        assertThat(index.selected("shop", Map.of())).as("a Service without selector").isEmpty();
        assertThat(index.selected("shop", (LabelSelector) null)).isEmpty();
        assertThat(index.selected("shop", new LabelSelector())).isEmpty();
        LabelSelector expressions = new LabelSelectorBuilder().addNewMatchExpression().withKey("tier").withOperator("In")
                .withValues("front", "data").endMatchExpression().addNewMatchExpression().withKey("canary")
                .withOperator("DoesNotExist").endMatchExpression().build();
        assertThat(names(index.selected("shop", expressions))).containsExactly("db", "web-1");
        LabelSelector both = new LabelSelectorBuilder().addToMatchLabels("app", "web").addNewMatchExpression().withKey("canary")
                .withOperator("Exists").endMatchExpression().build();
        assertThat(names(index.selected("shop", both))).containsExactly("web-2");
        assertThat(index.find("Deployment", "shop", "db")).isPresent();
        assertThat(index.find("Deployment", "team", "db")).isEmpty();
        assertThat(index.find("Service", "shop", "db")).isEmpty();
        assertThat(index.ofKind("Deployment")).hasSize(4);
    }

    private static PodTemplateSpec template(String label) {
        return new PodTemplateSpecBuilder().withNewMetadata().addToLabels("app", label).endMetadata()
                .withSpec(new PodSpecBuilder().addNewContainer().withName(label).endContainer().build()).build();
    }

    private static String podLabel(HasMetadata o) {
        return Pods.of(Item.of(o, new Origin.File("t.yaml", 1))).map(p -> p.labels().get("app")).orElse("none");
    }

    @Test
    void every_kind_with_a_pod_template_has_its_pod_and_others_have_none() {
        assertThat(podLabel(new DeploymentBuilder().withNewMetadata().withName("x").endMetadata().withNewSpec()
                .withTemplate(template("deployment")).endSpec().build())).isEqualTo("deployment");
        assertThat(podLabel(new StatefulSetBuilder().withNewMetadata().withName("x").endMetadata().withNewSpec()
                .withTemplate(template("statefulset")).endSpec().build())).isEqualTo("statefulset");
        assertThat(podLabel(new DaemonSetBuilder().withNewMetadata().withName("x").endMetadata().withNewSpec()
                .withTemplate(template("daemonset")).endSpec().build())).isEqualTo("daemonset");
        assertThat(podLabel(new ReplicaSetBuilder().withNewMetadata().withName("x").endMetadata().withNewSpec()
                .withTemplate(template("replicaset")).endSpec().build())).isEqualTo("replicaset");
        assertThat(podLabel(new ReplicationControllerBuilder().withNewMetadata().withName("x").endMetadata().withNewSpec()
                .withTemplate(template("rc")).endSpec().build())).isEqualTo("rc");
        assertThat(podLabel(new JobBuilder().withNewMetadata().withName("x").endMetadata().withNewSpec()
                .withTemplate(template("job")).endSpec().build())).isEqualTo("job");
        assertThat(podLabel(new CronJobBuilder().withNewMetadata().withName("x").endMetadata().withNewSpec().withNewJobTemplate()
                .withNewSpec().withTemplate(template("cronjob")).endSpec().endJobTemplate().endSpec().build())).isEqualTo("cronjob");
        assertThat(podLabel(new PodTemplateBuilder().withNewMetadata().withName("x").endMetadata().withTemplate(template("podtemplate"))
                .build())).isEqualTo("podtemplate");
        assertThat(podLabel(new PodBuilder().withNewMetadata().withName("x").addToLabels("app", "pod").endMetadata()
                .withNewSpec().addNewContainer().withName("c").endContainer().endSpec().build())).isEqualTo("pod");
        // no pod: another kind, or a workload without spec, template or pod spec
        assertThat(podLabel(new ServiceBuilder().withNewMetadata().withName("x").endMetadata().build())).isEqualTo("none");
        assertThat(podLabel(new Deployment())).isEqualTo("none");
        assertThat(podLabel(new DeploymentBuilder().withNewSpec().endSpec().build())).isEqualTo("none");
        assertThat(podLabel(new DeploymentBuilder().withNewSpec().withNewTemplate().endTemplate().endSpec().build())).isEqualTo("none");
        assertThat(podLabel(new CronJob())).isEqualTo("none");
        assertThat(podLabel(new CronJobBuilder().withNewSpec().endSpec().build())).isEqualTo("none");
        assertThat(podLabel(new CronJobBuilder().withNewSpec().withNewJobTemplate().endJobTemplate().endSpec().build())).isEqualTo("none");
        assertThat(podLabel(new PodBuilder().withNewMetadata().withName("x").endMetadata().build())).isEqualTo("none");
        // a template without metadata has a pod without labels
        HasMetadata bare = new DeploymentBuilder().withNewSpec().withNewTemplate().withSpec(new PodSpecBuilder().build())
                .endTemplate().endSpec().build();
        assertThat(Pods.of(Item.of(bare, new Origin.File("t.yaml", 1))).orElseThrow().labels()).isEmpty();
    }

    @Test
    void replicas_default_to_one_for_replicated_kinds_only() {
        assertThat(Pods.replicas(new DeploymentBuilder().withNewSpec().withReplicas(3).endSpec().build())).hasValue(3);
        assertThat(Pods.replicas(new DeploymentBuilder().withNewSpec().endSpec().build())).hasValue(1);
        assertThat(Pods.replicas(new Deployment())).hasValue(1);
        assertThat(Pods.replicas(new StatefulSetBuilder().withNewSpec().withReplicas(0).endSpec().build())).hasValue(0);
        assertThat(Pods.replicas(new StatefulSetBuilder().build())).hasValue(1);
        assertThat(Pods.replicas(new ReplicaSetBuilder().withNewSpec().withReplicas(4).endSpec().build())).hasValue(4);
        assertThat(Pods.replicas(new ReplicaSetBuilder().build())).hasValue(1);
        assertThat(Pods.replicas(new ReplicationControllerBuilder().withNewSpec().withReplicas(5).endSpec().build())).hasValue(5);
        assertThat(Pods.replicas(new ReplicationControllerBuilder().build())).hasValue(1);
        assertThat(Pods.replicas(new DaemonSetBuilder().build())).isEqualTo(OptionalInt.empty());
        assertThat(Pods.replicas(new JobBuilder().build())).isEqualTo(OptionalInt.empty());
    }

    @Test
    void items_read_their_metadata_safely() {
        Item bare = Item.of(new Deployment(), new Origin.File("t.yaml", 1));
        assertThat(bare.kind()).isEqualTo("Deployment");
        assertThat(bare.name()).isEmpty();
        assertThat(bare.namespace()).isEmpty();
        assertThat(bare.labels()).isEmpty();
        assertThat(bare.annotations()).isEmpty();
        Deployment d = new Deployment();
        d.setMetadata(new ObjectMeta());
        Item empty = Item.of(d, new Origin.File("t.yaml", 1));
        assertThat(empty.name()).isEmpty();
        assertThat(empty.namespace()).isEmpty();
        assertThat(empty.labels()).isEmpty();
        assertThat(empty.annotations()).isEmpty();
        Item full = Item.of(new DeploymentBuilder().withNewMetadata().withName("web").withNamespace("shop")
                .addToLabels("a", "b").addToAnnotations("shipshape.dev/waived.image.not-pinned", "dev").endMetadata().build(),
                new Origin.File("t.yaml", 1));
        assertThat(full.ref()).isEqualTo("Deployment/web");
        assertThat(full.labels()).containsExactly(Map.entry("a", "b"));
        assertThat(full.waives("image.not-pinned")).isTrue();
        assertThat(full.waives("image.mutable-tag")).isFalse();
        assertThat(full.isRendered()).isFalse();
        assertThat(full.component()).isEmpty();
        assertThat(full.customizedBy()).isEmpty();
        Item twice = full.customized("a").customized("b");
        assertThat(twice.customizedBy()).hasValue("a, b");
        assertThat(twice.object()).isSameAs(full.object());
        assertThat(full.toString()).isEqualTo(full.place().path());
    }

    /** "Aa" and "BB" have one String hash code: labels that collide in a hash table still select apart. */
    @Test
    void labels_whose_hashes_collide_select_their_own_pods() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        Index index = index(deployment("shop", "aa", Map.of("Aa", "x")), deployment("shop", "bb", Map.of("BB", "x")));
        assertThat(names(index.selected("shop", Map.of("BB", "x")))).containsExactly("bb");
        assertThat(names(index.selected("shop", Map.of("Aa", "x")))).containsExactly("aa");
    }
}
