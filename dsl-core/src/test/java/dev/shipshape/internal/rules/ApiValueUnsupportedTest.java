package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.shipshape.validation.Violation;
import dev.shipshape.validation.YamlCheck;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests of {@link ApiValueUnsupported}: a value outside the enumeration of its field. */
class ApiValueUnsupportedTest extends YamlCheck {

    @Test
    void values_outside_an_enumeration_are_refused_and_an_empty_one_only_where_the_server_does_not_default_it()
            throws IOException {
        List<Violation> found = found("api.value-unsupported", """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: i}
                spec:
                  rules:
                    - http:
                        paths:
                          - {path: /, pathType: "", backend: {service: {name: s, port: {number: 80}}}}
                          - {path: /a, pathType: prefix, backend: {service: {name: s, port: {number: 80}}}}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  restartPolicy: ""
                  os: {name: Linux}
                  containers: [{name: c, image: busybox, imagePullPolicy: ""}]
                  initContainers: [{name: log, image: busybox, restartPolicy: always}]
                """);
        assertThat(found).extracting(Violation::path, Violation::message).containsExactly(
                tuple(tmp.resolve("o.yaml") + "#L1/Ingress:i/spec.rules[0].http.paths[0].pathType", "line 8: Unsupported"
                        + " value: \"\": supported values: \"Exact\", \"ImplementationSpecific\", \"Prefix\"."),
                tuple(tmp.resolve("o.yaml") + "#L1/Ingress:i/spec.rules[0].http.paths[1].pathType", "line 9: Unsupported"
                        + " value: \"prefix\": supported values: \"Exact\", \"ImplementationSpecific\", \"Prefix\" (did you"
                        + " mean \"Prefix\"?)."),
                tuple(tmp.resolve("o.yaml") + "#L11/Pod:p/spec.initContainers[0].restartPolicy", "line 18: Unsupported"
                        + " value: \"always\": supported values: \"Always\" (did you mean \"Always\"?)."),
                tuple(tmp.resolve("o.yaml") + "#L11/Pod:p/spec.os.name", "line 16: Unsupported value: \"Linux\": supported"
                        + " values: \"linux\", \"windows\" (did you mean \"linux\"?)."));
    }

    @Test
    void items_of_an_enumerated_list_are_checked_each() throws IOException {
        assertThat(found("api.value-unsupported", """
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: data}
                spec: {accessModes: [ReadWriteOnce, ReadWriteSometimes], resources: {requests: {storage: 1Gi}}}
                """)).extracting(Violation::path)
                .containsExactly(tmp.resolve("o.yaml") + "#L1/PersistentVolumeClaim:data/spec.accessModes[1]");
    }

    @Test
    void the_fix_names_the_value_meant_when_one_is_near() throws IOException {
        assertThat(found("api.value-unsupported", """
                apiVersion: v1
                kind: Service
                metadata: {name: s}
                spec: {type: clusterip, sessionAffinity: Sticky, ports: [{port: 80}]}
                """)).extracting(Violation::fix).containsExactly("use one of the supported values.", "use the value suggested.");
    }
}
