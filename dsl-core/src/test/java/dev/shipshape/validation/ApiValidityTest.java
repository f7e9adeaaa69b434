package dev.shipshape.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.shipshape.dsl.Shipshape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code check} and {@code include} say what the API server would refuse in YAML they read (issue 27): each finding at
 * the file, the line of the field and its path, under the Kubernetes version of the policy.
 */
class ApiValidityTest extends YamlCheck {

    private static final String TYPOS = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              selector:
                matchLabel:
                  app: web
              template:
                metadata:
                  labels:
                    app: web
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
                      imagePullPolicy: Alwayz
                      portz:
                        - containerPort: 80
            """;

    @Test
    void the_three_mistakes_of_the_issue_are_each_reported_at_file_line_and_field() throws IOException {
        Path file = write("web.yaml", TYPOS);
        String object = file + "#L1/Deployment:web/";
        assertThat(api(Shipshape.check(file))).extracting(Violation::rule, Violation::path, Violation::message).containsExactly(
                tuple("api.invalid", object + "spec.selector", "Deployment web has an empty selector; the API server refuses"
                        + " it (\"empty selector is invalid for deployment\"): it would select every pod of the namespace."),
                tuple("api.field-unknown", object + "spec.selector.matchLabel", "line 7: unknown field \"matchLabel\" (did"
                        + " you mean \"matchLabels\"?); kubectl apply refuses it under strict field validation, other clients"
                        + " drop it silently."),
                tuple("api.value-unsupported", object + "spec.template.spec.containers[0].imagePullPolicy", "line 17:"
                        + " Unsupported value: \"Alwayz\": supported values: \"Always\", \"IfNotPresent\", \"Never\" (did you"
                        + " mean \"Always\"?)."),
                tuple("api.field-unknown", object + "spec.template.spec.containers[0].portz", "line 18: unknown field"
                        + " \"portz\" (did you mean \"ports\"?); kubectl apply refuses it under strict field validation,"
                        + " other clients drop it silently."));
        assertThat(api(Shipshape.check(file))).allMatch(Violation::isError);
    }



    @Test
    void the_policy_names_the_kubernetes_version_checked_against() throws IOException {
        Path file = write("pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  hostnameOverride: p1
                  containers: [{name: c, image: busybox:1.36}]
                """);
        assertThat(api(Shipshape.check(file))).isEmpty();
        assertThat(api(Shipshape.check(Policy.defaults().kubernetesVersion("1.32"), file)))
                .extracting(Violation::rule, Violation::path)
                .containsExactly(tuple("api.field-unknown", file + "#L1/Pod:p/spec.hostnameOverride"));
        assertThat(Policy.kubernetesVersions()).containsExactly("1.32", "1.33", "1.34", "1.35", "1.36");
        assertThat(Policy.defaults().kubernetesVersion()).isEqualTo("1.36");
        assertThatThrownBy(() -> Policy.defaults().kubernetesVersion("1.20")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Kubernetes 1.20 is not a version Shipshape has the schemas of; it has 1.32, 1.33, 1.34, 1.35, 1.36");
    }




    @Test
    void an_object_named_by_the_api_server_is_checked_with_the_rest() throws IOException {
        Path dir = tmp.resolve("hooks");
        write("hooks/migrate.yaml", """
                apiVersion: batch/v1
                kind: Job
                metadata: {generateName: migrate-}
                spec:
                  template:
                    spec:
                      restartPolicy: Never
                      containers: [{name: m, image: busybox:1.36, imagePullPolicy: always}]
                """);
        write("hooks/other.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: Other}\n");
        List<Violation> found = Shipshape.check(dir);
        assertThat(found).extracting(Violation::rule, Violation::path).contains(
                tuple("api.value-unsupported", dir.resolve("migrate.yaml") + "#L1/Job:migrate-*/spec.template.spec"
                        + ".containers[0].imagePullPolicy"),
                tuple("name.invalid", dir.resolve("other.yaml") + "#L1/ConfigMap:Other"));
        assertThat(found).noneMatch(v -> v.rule().equals("name.invalid") && v.path().contains("migrate"));
    }

    @Test
    void include_refuses_what_the_api_server_would_refuse_naming_each_field() throws IOException {
        Path file = write("legacy.yaml", TYPOS);
        assertThatThrownBy(() -> Shipshape.app("shop").include(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot include " + file + ": the API server would refuse these 4:\n  [api.invalid] ")
                .hasMessageContaining("\n  [api.field-unknown] " + file + "#L1/Deployment:web/spec.selector.matchLabel: line 7:")
                .hasMessageContaining("\n  [api.value-unsupported] " + file + "#L1/Deployment:web/spec.template.spec"
                        + ".containers[0].imagePullPolicy: line 17:");
        // under a policy for 1.32, a field of 1.36 is refused on include too
        Path pod = write("pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostnameOverride: p1\n"
                + "  containers: [{name: c, image: busybox:1.36}]\n");
        assertThat(Shipshape.app("a").include(pod).model().included()).hasSize(1);
        assertThatThrownBy(() -> Shipshape.app("a").policy(Policy.defaults().kubernetesVersion("1.32")).include(pod))
                .hasMessageContaining("[api.field-unknown] " + pod + "#L1/Pod:p/spec.hostnameOverride: line 5:");
    }
}
