package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.testing.CheckedYaml;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tests of {@link PortConflict}: where it fires, where it does not, and what it says. */
class PortConflictTest {

    @TempDir
    Path tmp;

    /** {@code path | message | fix} of {@code rule}'s findings, the file written as {@code m.yaml}. */
    private List<String> check(String rule, String yaml) throws IOException {
        return CheckedYaml.findings(tmp, rule, yaml);
    }

    private static final String API = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: api}
            spec:
              selector: {matchLabels: {app: api}}
              template:
                metadata: {labels: {app: api}}
                spec:
                  containers:
                  - name: a
                    image: "my-repo/a:1"
                    resources:
                      requests: {cpu: "1", memory: 1Gi}
                      limits: {cpu: 800m, memory: 1Gi}
            ---
            """;

    @Test
    void service_ports_conflict_on_number_and_protocol_and_ports_without_a_number_are_left_to_other_checks() throws IOException {
        assertThat(check("port.conflict", """
                apiVersion: v1
                kind: Service
                metadata: {name: ports}
                spec:
                  selector: {app: none}
                  ports:
                  - {name: dns, port: 53, protocol: UDP}
                  - {name: dns-tcp, port: 53}
                  - {port: 80, targetPort: 8080}
                  - {port: 80, protocol: TCP, targetPort: 8081}
                  - {name: web, port: 443}
                  - {name: web-again, port: 443}
                  - {name: odd}
                  - {name: odd2}
                """)).containsExactly(
                "m.yaml#L1/Service:ports/port:80 | Service ports has two TCP ports numbered 80 (unnamed and unnamed); the API"
                        + " server refuses it. | give each port its own number, or keep one of them.",
                "m.yaml#L1/Service:ports/port:web-again | Service ports has two TCP ports numbered 443 ('web' and"
                        + " 'web-again'); the API server refuses it. | give each port its own number, or keep one of them.");
    }

    @Test
    void host_ports_conflict_per_host_ip_and_protocol_among_app_containers_only() throws IOException {
        String taken = " | use another host port, or none (a Service reaches the container without one).";
        assertThat(check("port.conflict", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: hosts}
                spec:
                  selector: {matchLabels: {app: hosts}}
                  template:
                    metadata: {labels: {app: hosts}}
                    spec:
                      initContainers:
                      - name: init
                        image: my-repo/a:1
                        ports: [{containerPort: 70, hostPort: 8080}]
                      containers:
                      - name: a
                        image: my-repo/a:1
                        ports:
                        - {containerPort: 80, hostPort: 8080}
                        - {containerPort: 81, hostPort: 8080, protocol: UDP}
                        - {containerPort: 82, hostPort: 0}
                        - {containerPort: 83}
                      - name: b
                        image: my-repo/a:1
                        ports:
                        - {containerPort: 90, hostPort: 8080, hostIP: 10.0.0.1}
                        - {containerPort: 91, hostPort: 8080}
                        - {containerPort: 92, hostPort: 0}
                        - {containerPort: 93}
                      - name: d
                        image: my-repo/a:1
                        ports:
                        - {containerPort: 94, hostPort: 9090}
                        - {containerPort: 95, hostPort: 9090}
                """)).containsExactly(
                "m.yaml#L1/Deployment:hosts/container:b/hostPort:8080 | container b asks for host port 8080/TCP, which"
                        + " container a already takes; the API server refuses it." + taken,
                "m.yaml#L1/Deployment:hosts/container:d/hostPort:9090 | container d asks for host port 9090/TCP, which it"
                        + " already takes; the API server refuses it." + taken);
    }

    private static PodTemplateSpec pod(java.util.function.UnaryOperator<io.fabric8.kubernetes.api.model.PodTemplateSpecFluent<PodTemplateSpecBuilder>.SpecNested<PodTemplateSpecBuilder>> spec) {
        return spec.apply(new PodTemplateSpecBuilder().withNewMetadata().addToLabels("app", "legacy").endMetadata().withNewSpec())
                .endSpec().build();
    }

    private static HasMetadata deployment(String name, PodTemplateSpec pod) {
        return new DeploymentBuilder().withNewMetadata().withName(name).endMetadata().withNewSpec().withReplicas(2)
                .withNewSelector().addToMatchLabels("app", "legacy").endSelector().withTemplate(pod).endSpec().build();
    }

    @Test
    void included_services_and_pods_with_conflicting_ports_are_reported() {
        Fixture f = new Fixture();
        f.app.include(new ServiceBuilder().withNewMetadata().withName("legacy").endMetadata().withNewSpec()
                .addToSelector("app.kubernetes.io/name", "web")
                .addNewPort().withName("a").withPort(80).withNewTargetPort("http").endPort()
                .addNewPort().withName("b").withPort(80).withNewTargetPort("http").endPort()
                .addNewPort().withName("b").withPort(81).withProtocol("UDP").withNewTargetPort("http").endPort()
                .endSpec().build());
        assertThat(f.violations()).extracting(Violation::rule, Violation::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("name.duplicate", "shop/Service:legacy/port:b"),
                org.assertj.core.groups.Tuple.tuple("port.conflict", "shop/Service:legacy/port:b"));
        Fixture g = new Fixture();
        PodTemplateSpec pod = pod(c -> c.addNewContainer().withName("a").withImage("my-repo/a:1" + Fixture.DIGEST)
                .addNewPort().withContainerPort(80).withHostPort(8080).endPort().endContainer()
                .addNewContainer().withName("b").withImage("my-repo/b:1" + Fixture.DIGEST)
                .addNewPort().withContainerPort(81).withHostPort(8080).endPort().endContainer());
        g.app.include(deployment("host-ports", pod));
        assertThat(g.violations()).filteredOn(v -> v.rule().equals("port.conflict")).singleElement()
                .satisfies(v -> {
                    assertThat(v.path()).isEqualTo("shop/Deployment:host-ports/container:b/hostPort:8080");
                    assertThat(v.message()).contains("asks for host port 8080/TCP, which container a already takes");
                });
    }

    @Test
    void a_node_port_is_one_per_cluster_whatever_the_protocol_and_one_service_may_serve_it_over_tcp_and_udp() throws IOException {
        assertThat(check("port.conflict", """
                apiVersion: v1
                kind: Service
                metadata: {name: dns}
                spec:
                  type: NodePort
                  selector: {app: dns}
                  ports:
                  - {name: udp, port: 53, protocol: UDP, nodePort: 30053}
                  - {name: tcp, port: 53, nodePort: 30053}
                  - {name: web, port: 80, nodePort: 30080}
                  - {name: web2, port: 81, nodePort: 30080}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: other}
                spec:
                  type: LoadBalancer
                  selector: {app: other}
                  ports:
                  - {name: udp, port: 53, protocol: UDP, nodePort: 30053}
                """)).containsExactly(
                "m.yaml#L1/Service:dns/nodePort:30080 | Service dns asks for node port 30080/TCP twice; the API server"
                        + " refuses it. | give each port its own node port (or none, and let the API server choose one).",
                "m.yaml#L13/Service:other/nodePort:30053 | Service other asks for node port 30053, which Service dns"
                        + " already takes; the API server refuses the second. | give each Service its own node port (or none,"
                        + " and let the API server choose one).");
    }

    @Test
    void two_components_on_one_node_port_conflict() {
        Fixture f = new Fixture();
        f.web.nodePort("http", 30080);
        assertThat(f.violations()).isEmpty();
        f.app.staticSite("site", "nginx:1.27" + Fixture.DIGEST).replicas(2).resources(Fixture.resources()).nodePort("http", 30080);
        assertThat(f.violations()).filteredOn(v -> v.rule().equals("port.conflict")).singleElement().satisfies(v -> {
            assertThat(v.path()).matches("shop/(webService:web/service:web|staticSite:site/service:site)-external/nodePort:30080");
            assertThat(v.message()).containsAnyOf("Service web-external asks for node port 30080, which Service site-external",
                    "Service site-external asks for node port 30080, which Service web-external");
        });
    }
}
