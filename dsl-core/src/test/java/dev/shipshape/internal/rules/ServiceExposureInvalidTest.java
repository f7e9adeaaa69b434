package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.shipshape.dsl.Shipshape;
import dev.shipshape.validation.Fixture;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tests of {@link ServiceExposureInvalid}: where it fires, where it does not, and what it says. */
class ServiceExposureInvalidTest {

    @TempDir
    Path tmp;

    private List<Violation> check(String yaml) throws IOException {
        Path file = tmp.resolve("svc.yaml");
        Files.writeString(file, yaml);
        return Shipshape.check(file).stream().filter(v -> v.rule().equals("service.exposure-invalid")).toList();
    }

    private static String service(String type, String ports, String extra) {
        return """
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec:
                  type: %s
                  selector: {app: web}
                  ports: %s
                %s""".formatted(type, ports, extra);
    }

    @Test
    void node_ports_in_range_on_node_port_and_load_balancer_services_pass() throws IOException {
        assertThat(check(service("NodePort", "[{name: http, port: 80, nodePort: 30000}, {name: m, port: 9, nodePort: 32767}]", "")))
                .isEmpty();
        assertThat(check(service("LoadBalancer", "[{name: http, port: 80, nodePort: 31000}]",
                "  loadBalancerSourceRanges: [203.0.113.0/24, '2001:db8::/32']\n"))).isEmpty();
        assertThat(check(service("LoadBalancer", "[{name: http, port: 80}]", ""))).isEmpty();
    }

    @Test
    void node_ports_outside_the_range_are_errors_at_the_port() throws IOException {
        List<Violation> v = check(service("NodePort", "[{name: http, port: 80, nodePort: 29999}, {port: 81, nodePort: 32768}]", ""));
        assertThat(v).extracting(Violation::path).containsExactlyInAnyOrder(tmp.resolve("svc.yaml") + "#L1/Service:web/port:http",
                tmp.resolve("svc.yaml") + "#L1/Service:web/port:81");
        Violation http = v.stream().filter(x -> x.path().endsWith("http")).findFirst().orElseThrow();
        assertThat(http.message()).isEqualTo("Service web asks for node port 29999, outside 30000-32767, the range the API"
                + " server hands out unless configured otherwise (--service-node-port-range); it refuses the Service.");
        assertThat(http.fix()).isEqualTo("choose a node port from 30000 to 32767, or none and let the API server choose.");
    }

    @Test
    void node_ports_on_a_cluster_ip_service_are_errors_whether_the_type_is_written_or_not() throws IOException {
        assertThat(check(service("ClusterIP", "[{name: http, port: 80, nodePort: 30080}]", "")))
                .extracting(Violation::message).containsExactly("Service web of type ClusterIP asks for node port 30080; only"
                        + " NodePort and LoadBalancer Services have node ports, so the API server refuses it.");
        assertThat(check("""
                apiVersion: v1
                kind: Service
                metadata: {name: web}
                spec: {selector: {app: web}, ports: [{name: http, port: 80, nodePort: 30080}]}
                """)).hasSize(1);
    }

    @Test
    void source_ranges_must_be_cidr_blocks_on_a_load_balancer() throws IOException {
        List<Violation> v = check(service("LoadBalancer", "[{name: http, port: 80}]",
                "  loadBalancerSourceRanges: [203.0.113.0/24, 203.0.113.7, 10.0.0.0/33]\n"));
        assertThat(v).extracting(Violation::message).containsExactlyInAnyOrder(
                "Service web admits '203.0.113.7', which is not a CIDR block; the API server refuses it.",
                "Service web admits '10.0.0.0/33', which is not a CIDR block; the API server refuses it.");
        assertThat(check(service("NodePort", "[{name: http, port: 80}]", "  loadBalancerSourceRanges: [203.0.113.0/24]\n")))
                .extracting(Violation::path, Violation::fix).containsExactly(tuple(
                        tmp.resolve("svc.yaml") + "#L1/Service:web/loadBalancerSourceRanges",
                        "drop the source ranges, or make the Service a LoadBalancer one."));
    }

    @Test
    void the_dsl_refuses_what_the_rule_would_report_and_a_customization_is_still_checked() {
        Fixture f = new Fixture();
        assertThatThrownBy(() -> f.web.nodePort("http", 8080)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("node port 8080 of shop/webService:web is outside 30000-32767");
        assertThatThrownBy(() -> f.web.loadBalancer("10.0.0.1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'10.0.0.1' of shop/webService:web is not a CIDR block");
        f.web.loadBalancer("203.0.113.0/24").nodePort("http", 30080);
        assertThat(f.violations()).isEmpty();
        f.web.customize(Service.class, s -> {
            if (s.getMetadata().getName().equals("web-external")) {
                s.getSpec().getPorts().get(0).setNodePort(80);
            }
        });
        Violation v = f.only("service.exposure-invalid");
        assertThat(v.path()).isEqualTo("shop/webService:web/service:web-external/port:http");
    }
}
