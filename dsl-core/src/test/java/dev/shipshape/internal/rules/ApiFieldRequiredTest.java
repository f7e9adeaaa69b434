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

/** The tests of {@link ApiFieldRequired}: required fields, unsupported values and versions not served, as one file shows them. */
class ApiFieldRequiredTest {

    @TempDir
    Path tmp;

    private Path write(String name, String yaml) throws IOException {
        Path file = tmp.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, yaml);
    }

    private static List<Violation> api(List<Violation> all) {
        return all.stream().filter(v -> v.rule().startsWith("api.") || v.rule().startsWith("input.")).toList();
    }

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
}
