package dev.shipshape.report;

/**
 * YAML the report, CLI and plugin tests check: one document with a seeded error, one with warnings only, one clean.
 * Shared through dsl-core's test jar.
 */
public final class SampleYaml {

    /**
     * A Deployment with a cpu request above its limit ({@code resources.requests-exceed-limits}, line 1) and an
     * unknown field on line 16 ({@code api.field-unknown}), besides the warnings and security errors of a bare pod.
     */
    public static final String WEB = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 2
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                  - name: web
                    image: nginx:1.27
                    imagePort: 80
                    resources:
                      requests: {cpu: "2", memory: 64Mi}
                      limits: {cpu: "1", memory: 64Mi}
            """;

    /** Warnings only: a Service whose pods are not among the files ({@code reference.outside-manifests}). */
    public static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata:
              name: api
            spec:
              selector: {app: api}
              ports:
              - port: 80
                targetPort: 8080
            """;

    /** Nothing to report: a ConfigMap. */
    public static final String CONFIG = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: settings
            data:
              mode: fast
            """;

    private SampleYaml() {
    }
}
