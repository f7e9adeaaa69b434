package dev.shipshape.testing;

import dev.shipshape.dsl.Shipshape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Hand-written YAML through {@code Shipshape.check}, for the rule tests that check what others wrote. */
public final class CheckedYaml {

    /**
     * A Service {@code web} (ports http 80 → 8080 and other 81 → 9000) and its Deployment, whose containers listen on
     * 7070 (admin) and 8080 ({@code web}), 9000 ({@code side}, {@code probed}, the last with a readiness probe), and an
     * init container on 8080.
     */
    public static final String WEB = """
            apiVersion: v1
            kind: Service
            metadata: {name: web}
            spec:
              selector: {app: web}
              ports:
              - {name: http, port: 80, targetPort: 8080}
              - {name: other, port: 81, targetPort: 9000}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              selector: {matchLabels: {app: web}}
              template:
                metadata: {labels: {app: web}}
                spec:
                  initContainers:
                  - {name: setup, image: "my-repo/a:1", ports: [{containerPort: 8080}]}
                  containers:
                  - name: web
                    image: "my-repo/a:1"
                    ports: [{containerPort: 7070, name: admin}, {containerPort: 8080}]
                  - name: side
                    image: "my-repo/a:1"
                    ports: [{containerPort: 9000, name: side-http}]
                  - name: probed
                    image: "my-repo/a:1"
                    ports: [{containerPort: 9000}]
                    readinessProbe: {httpGet: {path: /, port: 9000}}
            ---
            """;

    private CheckedYaml() {
    }

    /**
     * {@code path | message | fix} of {@code rule}'s findings in {@code yaml}, written to {@code dir/m.yaml} and named
     * {@code m.yaml} in the result.
     */
    public static List<String> findings(Path dir, String rule, String yaml) throws IOException {
        Path file = Files.writeString(dir.resolve("m.yaml"), yaml);
        return Shipshape.check(file).stream().filter(v -> v.rule().equals(rule))
                .map(v -> (v.path() + " | " + v.message() + " | " + v.fix()).replace(file.toString(), "m.yaml")).toList();
    }
}
