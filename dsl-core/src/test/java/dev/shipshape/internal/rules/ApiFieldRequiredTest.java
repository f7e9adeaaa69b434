package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.shipshape.dsl.Shipshape;
import dev.shipshape.validation.Violation;
import dev.shipshape.validation.YamlCheck;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The tests of {@link ApiFieldRequired}: required fields, unsupported values and versions not served, as one file shows them. */
class ApiFieldRequiredTest extends YamlCheck {

    @Test
    void required_fields_unsupported_values_and_versions_no_longer_served() throws IOException {
        Path file = write("more.yaml", """
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  selector: {app: web}
                  ports: [{name: http, protocol: tcp, targetPort: 8080}]
                ---
                apiVersion: extensions/v1beta1
                kind: Deployment
                metadata: {name: old}
                spec: {}
                """);
        assertThat(api(Shipshape.check(file))).extracting(Violation::rule, Violation::path, Violation::message).containsExactly(
                tuple("api.field-required", file + "#L1/Service:web/spec.ports[0].port", "line 6: Required value (the API"
                        + " server refuses the object without it)."),
                tuple("api.value-unsupported", file + "#L1/Service:web/spec.ports[0].protocol", "line 6: Unsupported value:"
                        + " \"tcp\": supported values: \"SCTP\", \"TCP\", \"UDP\" (did you mean \"TCP\"?)."),
                tuple("api.kind-unknown", file + "#L8/Deployment:old/apiVersion", "Kubernetes 1.36 does not serve Deployment"
                        + " in extensions/v1beta1; it serves it in apps/v1 (the API server answers: no matches for kind)."));
    }

    @Test
    void the_fix_names_the_field_to_add() throws IOException {
        assertThat(Shipshape.check(write("r.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{image: x}]}\n")))
                .filteredOn(v -> v.rule().equals("api.field-required")).extracting(Violation::fix)
                .containsExactly("add spec.containers[0].name.");
    }
}
