package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.shipshape.dsl.Shipshape;
import dev.shipshape.validation.Violation;
import dev.shipshape.validation.YamlCheck;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests of {@link ApiFieldType}: what the decoder refuses, at the field's line and path. */
class ApiFieldTypeTest extends YamlCheck {

    @Test
    void wrong_types_and_values_the_decoder_cannot_parse_are_refused() throws IOException {
        Path file = write("types.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                  labels: {version: 2}
                spec:
                  replicas: 1.5
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers:
                        - name: web
                          image: nginx:1.27
                          ports: [{containerPort: "80"}]
                          resources: {limits: {cpu: 1 core, memory: 64Mi}}
                          env: [{name: A, value: x}]
                          readinessProbe: {httpGet: {port: http}, periodSeconds: 5}
                ---
                apiVersion: v1
                kind: Secret
                metadata: {name: s}
                data: {password: not base64!}
                """);
        String d = file + "#L1/Deployment:web/";
        assertThat(api(Shipshape.check(file))).extracting(Violation::rule, Violation::path, Violation::message).containsExactly(
                tuple("api.field-type", d + "metadata.labels.version", "line 5: must be a string, not the number 2 (the API"
                        + " server cannot decode the object)."),
                tuple("api.field-type", d + "spec.replicas", "line 7: must be an integer, not the number 1.5 (the API server"
                        + " cannot decode the object)."),
                tuple("api.field-type", d + "spec.template.spec.containers[0].ports[0].containerPort", "line 15: must be an"
                        + " integer, not the string \"80\" (the API server cannot decode the object)."),
                tuple("api.field-type", d + "spec.template.spec.containers[0].resources.limits.cpu", "line 16: quantities"
                        + " must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$': '1 core' does"
                        + " not (the API server cannot decode the object)."),
                tuple("api.field-type", file + "#L20/Secret:s/data.password", "line 23: illegal base64 data: the value of a"
                        + " data field is base64; put plain text in stringData (the API server cannot decode the object)."));
        assertThat(Shipshape.check(file)).filteredOn(v -> v.path().endsWith("containerPort")).singleElement()
                .extracting(Violation::fix).isEqualTo("write the number without quotes.");
    }

    @Test
    void each_fix_says_what_to_write_and_what_the_decoder_alone_refuses_is_still_reported() throws IOException {
        List<Violation> found = Shipshape.check(write("fixes.yaml", """
                apiVersion: v1
                kind: Pod
                metadata: {name: p, labels: {a: 1}}
                spec:
                  containers: [{name: c, image: x, ports: [{containerPort: "80"}], stdin: 3}]
                """)).stream().filter(v -> v.rule().equals("api.field-type")).toList();
        assertThat(found).extracting(Violation::fix).containsExactly("quote the value.",
                "write the number without quotes.", "write the value as the type the field takes.");
        // a long beyond 64 bits: the schema walk does not bound int64, the typed read does, and its reason is reported
        assertThat(Shipshape.check(write("long.yaml", """
                apiVersion: v1
                kind: Pod
                metadata: {name: q}
                spec: {terminationGracePeriodSeconds: 99999999999999999999, containers: [{name: c, image: x}]}
                """))).filteredOn(v -> v.rule().equals("api.field-type")).singleElement().satisfies(v -> {
                    assertThat(v.path()).endsWith("long.yaml#L1/Pod:q");
                    assertThat(v.message()).startsWith("Pod q does not match the v1 schema: ");
                    assertThat(v.fix()).isEqualTo("write each value as the type its field takes.");
                });
    }
}
