package dev.shipshape.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.dsl.WebService;
import dev.shipshape.model.Resources;
import dev.shipshape.render.Manifests;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The security.* and network.* rules, the defaults they guard and each opt-out: one accepting and rejecting case each. */
class SecureByDefaultTest {

    private static <T extends HasMetadata> T find(Manifests m, Class<T> type, String name) {
        return m.objects().stream().filter(type::isInstance).map(type::cast)
                .filter(o -> o.getMetadata().getName().equals(name)).findFirst().orElseThrow();
    }

    private static PodSpec pod(Manifests m, String deployment) {
        return find(m, Deployment.class, deployment).getSpec().getTemplate().getSpec();
    }

    @Nested
    class Defaults {
        @Test
        void every_pod_runs_restricted_with_its_own_service_account_and_no_token() {
            Fixture f = new Fixture();
            assertThat(f.violations()).isEmpty();
            Manifests m = f.app.render();
            PodSpec web = pod(m, "web");
            assertThat(web.getServiceAccountName()).isEqualTo("web");
            assertThat(web.getAutomountServiceAccountToken()).isFalse();
            assertThat(web.getSecurityContext().getRunAsNonRoot()).isTrue();
            assertThat(web.getSecurityContext().getRunAsUser()).isEqualTo(10001L);
            assertThat(web.getSecurityContext().getFsGroup()).isEqualTo(10001L);
            assertThat(web.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
            var sc = web.getContainers().get(0).getSecurityContext();
            assertThat(sc.getAllowPrivilegeEscalation()).isFalse();
            assertThat(sc.getReadOnlyRootFilesystem()).isTrue();
            assertThat(sc.getCapabilities().getDrop()).containsExactly("ALL");
            assertThat(sc.getCapabilities().getAdd()).isEmpty();
            assertThat(find(m, ServiceAccount.class, "web").getAutomountServiceAccountToken()).isFalse();
            assertThat(find(m, ServiceAccount.class, "db")).isNotNull();
        }

        @Test
        void the_namespace_enforces_restricted_pinned_to_a_version() {
            Fixture f = new Fixture();
            f.app.namespace("shop");
            Namespace ns = find(f.app.render(), Namespace.class, "shop");
            assertThat(ns.getMetadata().getLabels()).containsEntry("pod-security.kubernetes.io/enforce", "restricted")
                    .containsEntry("pod-security.kubernetes.io/enforce-version", "v1.32")
                    .containsEntry("pod-security.kubernetes.io/warn", "restricted");
        }

        @Test
        void network_policies_deny_by_default_and_allow_the_typed_edges() {
            Fixture f = new Fixture();
            Manifests m = f.app.render();
            NetworkPolicy deny = find(m, NetworkPolicy.class, "default-deny");
            assertThat(deny.getSpec().getPolicyTypes()).containsExactly("Ingress", "Egress");
            assertThat(deny.getSpec().getPodSelector().getMatchLabels()).containsExactly(java.util.Map.entry("app.kubernetes.io/part-of", "shop"));
            NetworkPolicy web = find(m, NetworkPolicy.class, "web");
            assertThat(web.getSpec().getIngress()).singleElement().satisfies(r -> {
                assertThat(r.getFrom().get(0).getNamespaceSelector().getMatchLabels())
                        .containsExactly(java.util.Map.entry("kubernetes.io/metadata.name", "ingress-nginx"));
                assertThat(r.getPorts()).extracting(p -> p.getPort().getIntVal()).containsExactly(8080);
            });
            assertThat(web.getSpec().getEgress()).singleElement().satisfies(r -> {
                assertThat(r.getTo().get(0).getPodSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", "db");
                assertThat(r.getPorts()).extracting(p -> p.getPort().getIntVal()).containsExactly(5432);
            });
            NetworkPolicy db = find(m, NetworkPolicy.class, "db");
            assertThat(db.getSpec().getPolicyTypes()).containsExactly("Ingress");
            assertThat(db.getSpec().getIngress().get(0).getFrom().get(0).getPodSelector().getMatchLabels())
                    .containsEntry("app.kubernetes.io/name", "web");
        }

        @Test
        void a_service_port_may_differ_from_the_container_port() {
            Fixture f = new Fixture();
            WebService site = f.app.webService("site", "my-repo/site:1" + Fixture.DIGEST).replicas(2).port("http", 8080, 80)
                    .resources(Fixture.resources()).readinessProbe(dev.shipshape.model.Probe.http("/", "http"));
            f.app.ingress("site").host("site.example.com").route("/", site);
            assertThat(f.violations()).isEmpty();
            Manifests m = f.app.render();
            var port = find(m, Service.class, "site").getSpec().getPorts().get(0);
            assertThat(port.getPort()).isEqualTo(80);
            assertThat(port.getTargetPort().getStrVal()).isEqualTo("http");
            assertThat(pod(m, "site").getContainers().get(0).getPorts().get(0).getContainerPort()).isEqualTo(8080);
            assertThat(find(m, NetworkPolicy.class, "site").getSpec().getIngress().get(0).getPorts().get(0).getPort().getIntVal())
                    .as("the policy admits the container port, where traffic arrives").isEqualTo(8080);
            assertThatThrownBy(() -> site.port("admin", 9090, 80)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("already exposes port 80 as 'http'");
            assertThatThrownBy(() -> site.port("http", 8081, 80)).hasMessageContaining("already exposes port 'http' as 8080");
        }
    }

    @Nested
    class OptOuts {
        @Test
        void run_as_root_takes_a_reason_shows_as_a_waiver_and_the_namespace_drops_to_baseline() {
            Fixture f = new Fixture();
            f.app.namespace("shop");
            f.web.runAsRoot("the vendor image binds as root and drops privileges itself");
            assertThat(f.violations()).isEmpty();
            Manifests m = f.app.render();
            Deployment d = find(m, Deployment.class, "web");
            assertThat(d.getMetadata().getAnnotations()).containsEntry("shipshape.dev/waived.security.run-as-root",
                    "the vendor image binds as root and drops privileges itself");
            assertThat(d.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot()).isNull();
            assertThat(d.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser()).isNull();
            assertThat(find(m, Namespace.class, "shop").getMetadata().getLabels()).containsEntry("pod-security.kubernetes.io/enforce", "baseline");
            assertThatThrownBy(() -> f.web.runAsRoot(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a reason");
        }

        @Test
        void a_capability_beyond_the_runtime_defaults_makes_the_namespace_privileged_and_net_bind_service_is_free() {
            Fixture f = new Fixture();
            f.app.namespace("shop");
            f.web.addCapability("NET_BIND_SERVICE", "binds port 443 itself");
            assertThat(f.violations()).isEmpty();
            Manifests m = f.app.render();
            assertThat(pod(m, "web").getContainers().get(0).getSecurityContext().getCapabilities().getAdd()).containsExactly("NET_BIND_SERVICE");
            assertThat(find(m, Namespace.class, "shop").getMetadata().getLabels()).containsEntry("pod-security.kubernetes.io/enforce", "restricted");
            assertThat(find(m, Deployment.class, "web").getMetadata().getAnnotations()).as("no opt-out, no waiver")
                    .doesNotContainKey("shipshape.dev/waived.security.capabilities");
            f.web.addCapability("NET_ADMIN", "programs its own iptables rules");
            assertThat(f.violations()).isEmpty();
            m = f.app.render();
            assertThat(find(m, Namespace.class, "shop").getMetadata().getLabels()).containsEntry("pod-security.kubernetes.io/enforce", "privileged");
            assertThat(find(m, Deployment.class, "web").getMetadata().getAnnotations())
                    .containsEntry("shipshape.dev/waived.security.capabilities", "programs its own iptables rules");
            assertThatThrownBy(() -> f.web.addCapability("CAP_NET_ADMIN", "x")).hasMessageContaining("without the CAP_ prefix");
            assertThatThrownBy(() -> f.web.addCapability("net_admin", "x")).hasMessageContaining("not a capability name");
            assertThatThrownBy(() -> f.web.addCapability("NET_BIND_SERVICE", "")).hasMessageContaining("needs a reason");
            Fixture chown = new Fixture();
            chown.app.namespace("shop");
            chown.web.addCapability("CHOWN", "fixes ownership of its cache");
            assertThat(find(chown.app.render(), Namespace.class, "shop").getMetadata().getLabels())
                    .containsEntry("pod-security.kubernetes.io/enforce", "baseline");
        }

        @Test
        void writable_paths_are_empty_dirs_and_a_writable_root_is_a_waiver() {
            Fixture f = new Fixture();
            f.web.writablePath("/tmp").writablePath("/var/cache/nginx");
            Manifests m = f.app.render();
            PodSpec web = pod(m, "web");
            assertThat(web.getVolumes()).filteredOn(v -> v.getEmptyDir() != null).extracting(v -> v.getName())
                    .hasSize(2).first().isEqualTo("writable-tmp");
            assertThat(web.getVolumes().get(web.getVolumes().size() - 1).getName()).as("a nested path is hashed, so /a/b and /a-b differ")
                    .matches("writable-var-cache-nginx-[a-z0-9]+");
            Fixture twins = new Fixture();
            twins.web.writablePath("/var/cache").writablePath("/var-cache");
            assertThat(pod(twins.app.render(), "web").getVolumes()).filteredOn(v -> v.getEmptyDir() != null).hasSize(2);
            assertThat(twins.violations()).isEmpty();
            assertThat(web.getContainers().get(0).getVolumeMounts()).extracting(v -> v.getMountPath()).contains("/tmp", "/var/cache/nginx");
            assertThatThrownBy(() -> f.web.writablePath("/tmp")).hasMessageContaining("already mounts something at /tmp");
            assertThatThrownBy(() -> f.web.writablePath("tmp")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> f.web.writablePath("/")).hasMessageContaining(".writableRootFilesystem(reason)");
            f.web.writableRootFilesystem("the legacy image writes its pid file next to the binary");
            assertThat(f.violations()).isEmpty();
            assertThat(pod(f.app.render(), "web").getContainers().get(0).getSecurityContext().getReadOnlyRootFilesystem()).isFalse();
        }

        @Test
        void the_token_is_mounted_only_where_asked_and_users_are_numeric() {
            Fixture f = new Fixture();
            f.web.serviceAccountToken().runAsUser(999);
            assertThat(f.violations()).isEmpty();
            PodSpec web = pod(f.app.render(), "web");
            assertThat(web.getAutomountServiceAccountToken()).isTrue();
            assertThat(web.getSecurityContext().getRunAsUser()).isEqualTo(999L);
            assertThat(web.getSecurityContext().getRunAsGroup()).isEqualTo(999L);
            assertThatThrownBy(() -> f.web.runAsUser(0)).hasMessageContaining("use .runAsRoot(reason)");
            assertThatThrownBy(() -> f.web.runAsUser(-1)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void declared_egress_and_the_ingress_controller_are_rendered_as_written() {
            Fixture f = new Fixture();
            f.app.ingressControllerNamespace("kube-system").ingressControllerPods("app.kubernetes.io/name", "traefik");
            f.web.egressTo("0.0.0.0/0", 443).egressTo("2001:db8::/32");
            assertThat(f.violations()).isEmpty();
            NetworkPolicy web = find(f.app.render(), NetworkPolicy.class, "web");
            var from = web.getSpec().getIngress().get(0).getFrom().get(0);
            assertThat(from.getNamespaceSelector().getMatchLabels()).containsEntry("kubernetes.io/metadata.name", "kube-system");
            assertThat(from.getPodSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", "traefik");
            assertThat(web.getSpec().getEgress()).hasSize(3);
            assertThat(web.getSpec().getEgress().get(1).getTo().get(0).getIpBlock().getCidr()).isEqualTo("0.0.0.0/0");
            assertThat(web.getSpec().getEgress().get(1).getPorts()).extracting(p -> p.getPort().getIntVal()).containsExactly(443);
            assertThat(web.getSpec().getEgress().get(2).getPorts()).as("no ports: every port and protocol").isEmpty();
            assertThatThrownBy(() -> f.web.egressTo("api.example.com/32", 443)).hasMessageContaining("is not a CIDR block");
            assertThatThrownBy(() -> f.web.egressTo("10.0.0.0/8", 0)).hasMessageContaining("1-65535");
            assertThatThrownBy(() -> f.app.ingressControllerNamespace("Ingress_Nginx")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Rules_ {
    }

    @Test
    void the_worker_default_resources_keep_the_fixture_clean() {
        // guards the fixture: a worker with nothing but resources breaks no security rule
        Fixture f = new Fixture();
        f.app.worker("w", "my-repo/w:1" + Fixture.DIGEST).replicas(2)
                .resources(Resources.of(Cpu.millis(100), Memory.mebibytes(64)).limits(Cpu.millis(200), Memory.mebibytes(64)));
        assertThat(f.violations()).isEmpty();
    }
}
