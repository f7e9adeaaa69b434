package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.shipshape.dsl.Shipshape;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import dev.shipshape.validation.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tests of {@link ApiInvalid}: what the semantic validation of the API server refuses and no other rule says. */
class ApiInvalidTest {

    @TempDir
    Path tmp;

    private Path write(String name, String yaml) throws IOException {
        Path file = tmp.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, yaml);
    }

    private List<Violation> found(String rule, String yaml) throws IOException {
        return Shipshape.check(write("o.yaml", yaml)).stream().filter(v -> v.rule().equals(rule)).toList();
    }

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
    }

    @Test
    void probes_and_hooks_take_one_handler_env_one_source_and_volumes_one_type() throws IOException {
        String sel = "{matchLabels: {app: web}}";
        assertThat(messages(sel, "readinessProbe: {periodSeconds: 5}", "[]")).singleElement().asString()
                .endsWith("container web's readinessProbe has no handler; the API server refuses it (\"must specify a handler type\").");
        assertThat(messages(sel, "livenessProbe: {exec: {command: [a]}, tcpSocket: {port: 80}}", "[]")).singleElement()
                .asString().contains("livenessProbe has 2 handlers");
        assertThat(messages(sel, "lifecycle: {preStop: {}}", "[]")).singleElement().asString().contains("lifecycle.preStop has no handler");
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
                spec: {containers: [{name: web}]}
                """)).singleElement().extracting(Violation::message)
                .isEqualTo("container web has no image; the API server refuses it (\"image: Required value\").");
        assertThat(messages(sel, "ports: [{containerPort: 70000}]", "[]")).singleElement().asString()
                .contains("has containerPort 70000; it must be between 1 and 65535.");
        assertThat(messages(sel, "readinessProbe: {httpGet: {port: 80}}\n          env: [{name: A, valueFrom: {fieldRef: {fieldPath: metadata.name}}}]",
                "[{name: v, emptyDir: {}}]")).isEmpty();
    }
}
