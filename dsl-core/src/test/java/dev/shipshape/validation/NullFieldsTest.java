package dev.shipshape.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.Shipshape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Manifests written by hand may say {@code null} (or nothing) where the API expects a list, a map or an object.
 * Checking them never throws: every rule reads such a field as empty, and what the API server would refuse is
 * reported. Builders never produce these objects; YAML does.
 */
class NullFieldsTest {

    @TempDir
    Path tmp;

    private static final String MANIFESTS = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: cfg
              labels: null
              annotations: null
            data: null
            binaryData: null
            ---
            apiVersion: v1
            kind: Secret
            metadata:
              name: sec
            data: null
            stringData: null
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: app
            spec:
              replicas: 2
              selector:
                matchLabels:
                  app: app
              template:
                metadata:
                  labels: null
                spec:
                  volumes: null
                  initContainers: null
                  imagePullSecrets: null
                  containers:
                  - name: null
                    image: my-repo/app:1@sha256:%1$s
                    ports: null
                    env: null
                    envFrom: null
                    volumeMounts: null
                    readinessProbe:
                      httpGet:
                        path: /
                        port: null
                    lifecycle:
                      preStop: null
                  - name: second
                    image: my-repo/app:1@sha256:%1$s
                    env:
                    - name: null
                      valueFrom:
                        configMapKeyRef:
                          name: null
                          key: null
                    volumeMounts:
                    - name: null
                      mountPath: /x
            ---
            apiVersion: apps/v1
            kind: StatefulSet
            metadata:
              name: db
            spec:
              replicas: 2
              serviceName: null
              selector: null
              template:
                metadata: null
                spec:
                  containers:
                  - name: db
                    image: my-repo/db:1@sha256:%1$s
              volumeClaimTemplates:
              - metadata: null
                spec:
                  accessModes: [ReadWriteOnce]
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: svc
            spec:
              selector: null
              ports: null
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: svc2
            spec:
              selector:
                app: app
              ports:
              - name: null
                port: 80
                targetPort: null
              - name: web
                port: 81
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: edge
            spec:
              tls:
              - secretName: null
              - hosts: null
              rules:
              - host: null
                http: null
              - host: a.example.com
                http:
                  paths: null
              - host: b.example.com
                http:
                  paths:
                  - path: null
                    pathType: null
                    backend: null
                  - path: /x
                    pathType: Prefix
                    backend:
                      service:
                        name: svc2
                        port: null
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: np
            spec:
              podSelector: null
              policyTypes: null
              ingress:
              - from: null
                ports: null
              egress:
              - to:
                - ipBlock:
                    cidr: null
                    except: null
                ports:
                - port: null
                  protocol: null
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: pdb
            spec:
              selector: null
              minAvailable: null
            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: hpa
            spec:
              scaleTargetRef: null
              minReplicas: null
              maxReplicas: 3
              metrics: null
            """;

    @Test
    void nulls_where_lists_maps_and_objects_belong_are_read_as_empty_and_never_throw() throws IOException {
        Path file = Files.writeString(tmp.resolve("nulls.yaml"), MANIFESTS.formatted("a".repeat(64)));
        List<Violation> all = Shipshape.check(file);
        assertThat(all).isNotEmpty();
        // a nameless container is named '' in the message (not 'null'), and placed with '?'
        assertThat(all).filteredOn(v -> v.rule().equals("name.invalid") && v.path().endsWith("/container:?"))
                .extracting(Violation::message).containsExactly("container name '' must be a DNS-1123 label: lowercase"
                        + " letters, digits and '-', starting and ending alphanumeric, at most 63 characters.");
        assertThat(all).filteredOn(v -> v.rule().equals("name.invalid")).extracting(Violation::message)
                .anySatisfy(m -> assertThat(m).startsWith("env var name '' is not valid"))
                .anySatisfy(m -> assertThat(m).startsWith("port 80 of Service svc2 has no name"));
        String text = Files.readString(file);
        int ingressLine = text.substring(0, text.indexOf("kind: Ingress")).split("\n", -1).length - 1;
        assertThat(all).filteredOn(v -> v.rule().equals("ingress.empty")).extracting(Violation::path)
                .containsExactly(file + "#L" + ingressLine + "/Ingress:edge/host:a.example.com");
        assertThat(all).filteredOn(v -> v.rule().equals("ingress.path-invalid")).extracting(Violation::message)
                .anySatisfy(m -> assertThat(m).startsWith("path '' has no pathType"));
        assertThat(all).filteredOn(v -> v.rule().equals("reference.unresolved")).extracting(Violation::message)
                .anySatisfy(m -> assertThat(m).startsWith("container second mounts volume 'null', which Deployment/app does not have"))
                .anySatisfy(m -> assertThat(m).startsWith("routes to Service 'svc2' without naming a port"));
    }
}
