package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.shipshape.dsl.Shipshape;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code name.invalid} over objects Shipshape did not render (included YAML or fabric8 objects): every name the
 * API server checks, each on both sides of its rule, with the path, the message and the fix.
 */
class NameInvalidTest {

    private static final String LABEL_RULE = "must be a DNS-1123 label: lowercase letters, digits and '-', starting and"
            + " ending alphanumeric, at most 63 characters.";

    private static List<Violation> names(HasMetadata... objects) {
        Fixture f = new Fixture();
        f.app.include(objects);
        return f.violations().stream().filter(v -> v.rule().equals("name.invalid")).toList();
    }

    private static PodTemplateSpec pod(String container, String port, String env, String volume, Map<String, String> labels) {
        return new PodTemplateSpecBuilder().withNewMetadata().addToLabels("app", "legacy").addToLabels(labels).endMetadata()
                .withNewSpec().addNewVolume().withName(volume).withNewEmptyDir().endEmptyDir().endVolume()
                .addNewContainer().withName(container).withImage("my-repo/a:1" + Fixture.DIGEST)
                .addNewPort().withName(port).withContainerPort(8080).endPort()
                .addNewEnv().withName(env).withValue("1").endEnv()
                .addNewVolumeMount().withName(volume).withMountPath("/data").endVolumeMount()
                .endContainer().endSpec().build();
    }

    private static HasMetadata deployment(String name, PodTemplateSpec pod) {
        return new DeploymentBuilder().withNewMetadata().withName(name).endMetadata().withNewSpec().withReplicas(2)
                .withNewSelector().addToMatchLabels("app", "legacy").endSelector().withTemplate(pod).endSpec().build();
    }

    @Test
    void a_pod_with_valid_names_has_none_and_each_invalid_one_is_reported_where_it_is() {
        assertThat(names(deployment("legacy", pod("app", "http", "MODE", "data", Map.of())))).isEmpty();
        List<Violation> all = names(deployment("legacy", pod("App_1", "HTTP", "1MODE", "Data", Map.of())));
        assertThat(all).extracting(Violation::path, Violation::message, Violation::fix).containsExactlyInAnyOrder(
                tuple("shop/Deployment:legacy/container:App_1", "container name 'App_1' " + LABEL_RULE, "rename it, e.g. 'app-1'."),
                tuple("shop/Deployment:legacy/container:App_1/port:HTTP", "port name 'HTTP' is not a valid IANA service name:"
                        + " at most 15 lowercase letters, digits and '-', with at least one letter and no leading, trailing or"
                        + " double '-'.", "rename the port, e.g. 'http'."),
                tuple("shop/Deployment:legacy/container:App_1/env:1MODE", "env var name '1MODE' is not valid: letters, digits,"
                        + " '_', '-' and '.', not starting with a digit, not '.' and not starting with '..'.",
                        "rename it, e.g. 'APP_SETTING'."),
                tuple("shop/Deployment:legacy/volume:Data", "volume name 'Data' " + LABEL_RULE,
                        "rename the volume, e.g. 'data', and its mounts."));
    }

    @Test
    void pod_template_labels_are_checked_like_the_objects_own() {
        assertThat(names(deployment("legacy", pod("app", "http", "MODE", "data", Map.of("tier", "a".repeat(63)))))).isEmpty();
        assertThat(names(deployment("legacy", pod("app", "http", "MODE", "data", Map.of("tier", "a".repeat(64))))))
                .singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("shop/Deployment:legacy/labels");
                    assertThat(v.message()).isEqualTo("label tier has the value '" + "a".repeat(64) + "' (64 characters), which"
                            + " is not a valid label value: at most 63 of letters, digits, '-', '_' and '.' starting and ending"
                            + " alphanumeric.");
                    assertThat(v.fix()).isEqualTo("shorten or rewrite the value, e.g. '" + "a".repeat(63) + "'.");
                });
        assertThat(names(deployment("legacy", pod("app", "http", "MODE", "data", Map.of("bad key", "x")))))
                .extracting(Violation::path, Violation::fix)
                .containsExactly(tuple("shop/Deployment:legacy/labels", "rename the label, e.g. 'example.com/bad-key'."));
    }

    private static HasMetadata service(String name, String... portNames) {
        ServiceBuilder b = new ServiceBuilder();
        var spec = b.withNewMetadata().withName(name).endMetadata().withNewSpec().addToSelector("app", "legacy");
        int port = 80;
        for (String p : portNames) {
            spec = spec.addNewPort().withName(p.isEmpty() ? null : p).withPort(port++).withNewTargetPort(8080).endPort();
        }
        return spec.endSpec().build();
    }

    @Test
    void service_ports_need_names_when_there_are_several_and_valid_ones_always() {
        assertThat(names(service("legacy", ""))).isEmpty();
        assertThat(names(service("legacy", "web", "metrics"))).isEmpty();
        assertThat(names(service("legacy", "web", ""))).extracting(Violation::path, Violation::message, Violation::fix)
                .containsExactly(tuple("shop/Service:legacy/port:81", "port 81 of Service legacy has no name; the API server"
                        + " requires one when a Service has several ports.", "name the port, e.g. 'http'."));
        assertThat(names(service("legacy", "Web"))).extracting(Violation::path, Violation::message, Violation::fix)
                .containsExactly(tuple("shop/Service:legacy/port:Web", "Service port name 'Web' " + LABEL_RULE,
                        "rename the port, e.g. 'web'."));
    }

    @Test
    void config_and_secret_keys_of_every_map_are_checked() {
        var cm = new ConfigMapBuilder().withNewMetadata().withName("legacy").endMetadata()
                .addToData("good.key", "1").addToData("bad key", "2").addToBinaryData("..bin", "AA==").build();
        var secret = new SecretBuilder().withNewMetadata().withName("legacy").endMetadata()
                .addToData("a/b", "AA==").addToStringData("ok_key", "x").addToStringData("", "y").build();
        String rule = "' is not valid: letters, digits, '-', '_' and '.', at most 253 characters, not '.' and not starting with '..'.";
        assertThat(names(cm, secret)).extracting(Violation::path, Violation::message, Violation::fix).containsExactlyInAnyOrder(
                tuple("shop/ConfigMap:legacy/key:..bin", "ConfigMap key '..bin" + rule, "rename the key, e.g. 'bin'."),
                tuple("shop/ConfigMap:legacy/key:bad key", "ConfigMap key 'bad key" + rule, "rename the key, e.g. 'bad-key'."),
                tuple("shop/Secret:legacy/key:", "Secret key '" + rule, "rename the key, e.g. 'x'."),
                tuple("shop/Secret:legacy/key:a/b", "Secret key 'a/b" + rule, "rename the key, e.g. 'a-b'."));
    }

    private static PodTemplateSpec plainPod() {
        return pod("app", "http", "MODE", "data", Map.of());
    }

    @Test
    void each_kind_has_its_own_name_rule_and_length() {
        String n52 = "s".repeat(52);
        String n53 = "s".repeat(53);
        var set = (java.util.function.Function<String, HasMetadata>) name -> new StatefulSetBuilder().withNewMetadata()
                .withName(name).endMetadata().withNewSpec().withReplicas(2).withServiceName(name).withNewSelector()
                .addToMatchLabels("app", "legacy").endSelector().withTemplate(plainPod()).endSpec().build();
        assertThat(names(set.apply(n52))).isEmpty();
        assertThat(names(set.apply(n53))).extracting(Violation::path, Violation::message, Violation::fix).containsExactly(
                tuple("shop/StatefulSet:" + n53, "StatefulSet name '" + n53 + "' has 53 characters; at most 52 leave room for"
                        + " the pods' controller-revision-hash label.", "shorten it to 52 characters or fewer."));
        var cron = (java.util.function.Function<String, HasMetadata>) name -> new CronJobBuilder().withNewMetadata()
                .withName(name).endMetadata().withNewSpec().withSchedule("@daily").withNewJobTemplate().withNewSpec()
                .withTemplate(plainPod()).endSpec().endJobTemplate().endSpec().build();
        assertThat(names(cron.apply(n52))).isEmpty();
        assertThat(names(cron.apply(n53))).extracting(Violation::message, Violation::fix).containsExactly(
                tuple("CronJob name '" + n53 + "' has 53 characters; at most 52 leave room for the 11-character suffix of its"
                        + " Jobs' names (the API server refuses it).", "shorten it to 52 characters or fewer."));
        var job = (java.util.function.Function<String, HasMetadata>) name -> new JobBuilder().withNewMetadata()
                .withName(name).endMetadata().withNewSpec().withTemplate(plainPod()).endSpec().build();
        assertThat(names(job.apply("j".repeat(63)))).isEmpty();
        assertThat(names(job.apply("j".repeat(64)))).extracting(Violation::message, Violation::fix).containsExactly(
                tuple("Job name '" + "j".repeat(64) + "' has 64 characters; at most 63, as it is also the value of its pods'"
                        + " job-name label (the API server refuses it).", "shorten it to 63 characters or fewer."));
        // a Deployment may have a dotted name; a Service may not, nor start with a digit; a Namespace may not be dotted
        assertThat(names(deployment("legacy.v2", plainPod()))).isEmpty();
        assertThat(names(service("1legacy", ""))).extracting(Violation::path, Violation::message, Violation::fix).containsExactly(
                tuple("shop/Service:1legacy", "Service name '1legacy' (7 characters) must be a DNS-1035 label: lowercase"
                        + " letters, digits and '-', starting with a letter, at most 63 characters.", "rename it, e.g. 'x-1legacy'."));
        assertThat(names(new NamespaceBuilder().withNewMetadata().withName("team.a").endMetadata().build()))
                .extracting(Violation::message, Violation::fix).containsExactly(tuple("Namespace name 'team.a' (6 characters)"
                        + " must be a DNS-1123 label: lowercase letters, digits and '-', starting and ending alphanumeric, at"
                        + " most 63 characters.", "rename it, e.g. 'team-a'."));
        assertThat(names(deployment("Legacy", plainPod()))).extracting(Violation::message, Violation::fix).containsExactly(
                tuple("Deployment name 'Legacy' (6 characters) must be a DNS-1123 subdomain: lowercase letters, digits, '-' and"
                        + " '.', at most 253 characters.", "rename it, e.g. 'legacy'."));
    }

    @Test
    void a_workload_name_that_cannot_name_its_service_is_refused_at_once() {
        Fixture f = new Fixture();
        assertThatThrownBy(() -> f.app.webService("1st", "my-repo/x:1" + Fixture.DIGEST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("webService name '1st' is not valid: it also names the Service, which must be a DNS-1035 label")
                .hasMessageContaining("(e.g. 'x-1st')");
        assertThatThrownBy(() -> f.app.staticSite("web.v2", "my-repo/x:1" + Fixture.DIGEST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(e.g. 'web-v2')");
        assertThatThrownBy(() -> f.app.statefulStore("s".repeat(64), "redis:7" + Fixture.DIGEST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 63 characters");
        assertThat(f.violations()).isEmpty();
    }

    @Test
    void object_names_are_checked_as_the_api_server_does_with_the_fix_in_the_dsl_terms() {
        Fixture f = new Fixture();
        f.app.config("c".repeat(60) + "." + "c".repeat(60));
        Violation v = f.only("name.invalid");
        assertThat(v.path()).isEqualTo("shop/config:" + "c".repeat(60) + "." + "c".repeat(60) + "/labels");
        assertThat(v.message()).startsWith("label app.kubernetes.io/name has the value 'cccc").contains("(121 characters)");
        assertThat(v.fix()).isEqualTo("the value is the component's name: shorten it to 63 characters or fewer.");
    }

    @Test
    void statefulset_names_leave_room_for_the_revision_hash_and_configmaps_for_their_suffix() {
        Fixture f = new Fixture();
        f.app.statefulStore("s".repeat(53), "redis:7" + Fixture.DIGEST).ephemeral().port("redis", 6379).resources(Fixture.resources());
        assertThat(f.only("name.invalid").message()).contains("has 53 characters; at most 52");
        Fixture ok = new Fixture();
        ok.app.statefulStore("s".repeat(52), "redis:7" + Fixture.DIGEST).ephemeral().port("redis", 6379).resources(Fixture.resources());
        assertThat(ok.violations()).isEmpty();
        Fixture longName = new Fixture();
        String name = String.join(".", List.of("a".repeat(60), "b".repeat(60), "c".repeat(60), "d".repeat(63)));
        longName.app.config(name);
        assertThat(longName.violations()).filteredOn(x -> x.message().startsWith("ConfigMap name"))
                .singleElement().satisfies(x -> {
                    assertThat(x.message()).contains("(257 characters) must be a DNS-1123 subdomain").contains("at most 253");
                    assertThat(x.fix()).isEqualTo("shorten the config name by 4 characters or more (the rendered name adds 11 to it).");
                });
    }

    @Test
    void cron_job_and_job_names_leave_room_for_what_kubernetes_appends() {
        Fixture f = new Fixture();
        f.app.cronJob("c".repeat(53), "my-repo/c:1" + Fixture.DIGEST).resources(Fixture.resources()).schedule("@daily");
        assertThat(f.only("name.invalid").message()).contains("CronJob name").contains("at most 52");
        Fixture ok = new Fixture();
        ok.app.cronJob("c".repeat(52), "my-repo/c:1" + Fixture.DIGEST).resources(Fixture.resources()).schedule("@daily");
        assertThat(ok.violations()).isEmpty();
    }

    @Test
    void included_config_maps_with_bad_keys_are_reported() {
        Fixture f = new Fixture();
        f.app.include(new ConfigMapBuilder().withNewMetadata().withName("legacy").endMetadata()
                .addToData("..data", "x").addToData("ok", "y").addToBinaryData("ok", "eQ==").build());
        assertThat(f.violations()).extracting(Violation::rule, Violation::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("name.invalid", "shop/ConfigMap:legacy/key:..data"),
                org.assertj.core.groups.Tuple.tuple("name.duplicate", "shop/ConfigMap:legacy/key:ok"));
    }

    @Test
    void rbac_names_are_path_segments_and_a_generate_name_is_checked_as_a_prefix(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.writeString(tmp.resolve("rbac.yaml"), """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: "system:kube-scheduler"}
                rules: []
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: "custom:aggregate-to-edit:endpoints"}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: "system:kube-scheduler"}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: "a/b"}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: "system:config"}
                ---
                apiVersion: batch/v1
                kind: Job
                metadata: {generateName: "Migrate-"}
                spec: {template: {spec: {restartPolicy: Never, containers: [{name: m, image: busybox}]}}}
                ---
                apiVersion: batch/v1
                kind: Job
                metadata: {generateName: "migrate-"}
                spec: {template: {spec: {restartPolicy: Never, containers: [{name: m, image: busybox}]}}}
                """);
        assertThat(dev.shipshape.dsl.Shipshape.check(file)).filteredOn(v -> v.rule().equals("name.invalid"))
                .extracting(Violation::path, Violation::message).containsExactly(
                        org.assertj.core.api.Assertions.tuple(file + "#L11/Role:a/b", "Role name 'a/b' must be a path segment:"
                                + " not '.' or '..', and without '/' or '%'."),
                        org.assertj.core.api.Assertions.tuple(file + "#L15/ConfigMap:system:config", "ConfigMap name"
                                + " 'system:config' (13 characters) must be a DNS-1123 subdomain: lowercase letters, digits, '-'"
                                + " and '.', at most 253 characters."),
                        org.assertj.core.api.Assertions.tuple(file + "#L19/Job:Migrate-*", "Job generateName 'Migrate-'"
                                + " (8 characters) must be a DNS-1123 subdomain: lowercase letters, digits, '-' and '.', at most"
                                + " 253 characters (less the 5 characters the API server appends)."));
    }

    @Test
    void a_lone_dash_prefix_and_dot_names_of_rbac_kinds(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.writeString(tmp.resolve("edge.yaml"), """
                apiVersion: v1
                kind: ConfigMap
                metadata: {generateName: "-"}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: "."}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: ".."}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: "a%b"}
                ---
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {generateName: "LONG-"}
                spec: {selector: {matchLabels: {a: b}}, template: {metadata: {labels: {a: b}}, spec: {containers: [{name: c, image: x}]}}}
                """.replace("LONG", "s".repeat(60)));
        assertThat(dev.shipshape.dsl.Shipshape.check(file)).filteredOn(v -> v.rule().equals("name.invalid"))
                .extracting(Violation::path).containsExactly(file + "#L1/ConfigMap:-*", file + "#L13/ClusterRole:a%b",
                        file + "#L5/Role:.", file + "#L9/ClusterRole:..");
    }
}
