package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.shipshape.dsl.Shipshape;
import dev.shipshape.validation.Violation;
import dev.shipshape.validation.YamlCheck;
import java.io.IOException;
import java.nio.file.Path;
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
}
