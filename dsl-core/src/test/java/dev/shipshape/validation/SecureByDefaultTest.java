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
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.List;
import java.util.function.Consumer;
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

    private static void editWebPod(Fixture f, Consumer<PodSpec> edit) {
        f.web.customize(Deployment.class, d -> edit.accept(d.getSpec().getTemplate().getSpec()));
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
        @Test
        void run_as_root_through_a_customization() {
            Fixture f = new Fixture();
            editWebPod(f, p -> p.getSecurityContext().setRunAsUser(0L));
            Violation v = f.only("security.run-as-root");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.path()).isEqualTo("shop/webService:web/container:web/securityContext/runAsUser");
            assertThat(v.message()).contains("runs as root (runAsUser: 0)").contains("customize(Deployment)");
            assertThat(v.fix()).contains(".runAsRoot(\"why\")");
            Fixture unset = new Fixture();
            editWebPod(unset, p -> p.getSecurityContext().setRunAsNonRoot(null));
            assertThat(unset.only("security.run-as-root")).extracting(Violation::message, Violation::fix).containsExactly(
                    "container web may run as root: runAsNonRoot is not true, so the image's user applies, and that is often root."
                            + " (introduced by customize(Deployment) of webService:web)",
                    "keep runAsNonRoot: true (Shipshape sets it), or opt out with .runAsRoot(\"why\").");
        }

        @Test
        void privilege_escalation_and_privileged() {
            Fixture f = new Fixture();
            editWebPod(f, p -> p.getContainers().get(0).getSecurityContext().setAllowPrivilegeEscalation(true));
            Violation v = f.only("security.privilege-escalation");
            assertThat(v.path()).isEqualTo("shop/webService:web/container:web/securityContext/allowPrivilegeEscalation");
            assertThat(v.fix()).isEqualTo("keep allowPrivilegeEscalation: false (Shipshape sets it).");
            Fixture p = new Fixture();
            editWebPod(p, s -> {
                s.getContainers().get(0).getSecurityContext().setPrivileged(true);
                s.getContainers().get(0).getSecurityContext().setAllowPrivilegeEscalation(null);
            });
            assertThat(p.violations()).extracting(Violation::rule).containsOnly("security.privilege-escalation").hasSize(2);
            assertThat(p.violations()).extracting(Violation::fix).containsExactlyInAnyOrder(
                    "remove privileged: true from the customization; add the one capability needed with"
                            + " .addCapability(\"…\", \"why\").",
                    "keep allowPrivilegeEscalation: false (Shipshape sets it).");
        }

        @Test
        void capabilities_kept_or_added() {
            Fixture f = new Fixture();
            editWebPod(f, p -> p.getContainers().get(0).getSecurityContext().getCapabilities().setDrop(List.of()));
            assertThat(f.only("security.capabilities").message()).contains("keeps the runtime's default capabilities");
            assertThat(f.only("security.capabilities").fix()).isEqualTo("keep capabilities.drop: [ALL] (Shipshape sets it);"
                    + " add back only what is needed with .addCapability(\"…\", \"why\").");
            Fixture added = new Fixture();
            editWebPod(added, p -> p.getContainers().get(0).getSecurityContext().getCapabilities().setAdd(List.of("SYS_ADMIN", "NET_BIND_SERVICE")));
            Violation v = added.only("security.capabilities");
            assertThat(v.message()).contains("adds capabilities [SYS_ADMIN]");
            assertThat(v.fix()).contains(".addCapability(\"SYS_ADMIN\", \"why\")");
        }

        @Test
        void seccomp_unset_or_unconfined() {
            Fixture f = new Fixture();
            editWebPod(f, p -> p.getSecurityContext().setSeccompProfile(new SeccompProfile(null, "Unconfined")));
            Violation v = f.only("security.seccomp");
            assertThat(v.message()).contains("has seccomp profile Unconfined");
            assertThat(v.fix()).isEqualTo("keep the pod's seccompProfile RuntimeDefault (Shipshape sets it).");
            Fixture localhost = new Fixture();
            editWebPod(localhost, p -> p.getContainers().get(0).getSecurityContext().setSeccompProfile(new SeccompProfile("profiles/web.json", "Localhost")));
            assertThat(localhost.violations()).as("a container's own Localhost profile is fine").isEmpty();
        }

        @Test
        void host_namespaces_ports_paths_and_volume_types() {
            Fixture f = new Fixture();
            editWebPod(f, p -> {
                p.setHostNetwork(true);
                p.setHostPID(true);
                p.setHostIPC(true);
                p.getContainers().get(0).getPorts().get(0).setHostPort(8080);
                p.getVolumes().add(new VolumeBuilder().withName("docker").withNewHostPath().withPath("/var/run/docker.sock").endHostPath().build());
                p.getVolumes().add(new VolumeBuilder().withName("share").withNewNfs().withServer("nfs").withPath("/").endNfs().build());
            });
            assertThat(f.violations()).extracting(Violation::rule, Violation::path).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("security.host-access", "shop/webService:web/container:web/port:http"),
                    org.assertj.core.groups.Tuple.tuple("security.host-access", "shop/webService:web/hostIPC"),
                    org.assertj.core.groups.Tuple.tuple("security.host-access", "shop/webService:web/hostNetwork"),
                    org.assertj.core.groups.Tuple.tuple("security.host-access", "shop/webService:web/hostPID"),
                    org.assertj.core.groups.Tuple.tuple("security.host-access", "shop/webService:web/volume:docker"),
                    org.assertj.core.groups.Tuple.tuple("security.host-access", "shop/webService:web/volume:share"));
            assertThat(f.violations().get(1).message()).isEqualTo("Deployment/web shares the node's IPC namespace (hostIPC: true), so"
                    + " its containers see and reach what the node's own processes do. (introduced by customize(Deployment) of"
                    + " webService:web)");
            assertThat(f.violations().get(3).message()).contains("node's process namespace (hostPID: true)");
            assertThat(f.violations().get(4).message()).contains("/var/run/docker.sock");
            assertThat(f.violations().get(5).message()).contains("nfs volume");
        }

        @Test
        void writable_root_and_an_unasked_token_warn() {
            Fixture f = new Fixture();
            editWebPod(f, p -> p.getContainers().get(0).getSecurityContext().setReadOnlyRootFilesystem(false));
            Violation v = f.only("security.writable-root");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.fix()).contains(".writablePath(\"/tmp\")").contains(".writableRootFilesystem(\"why\")");
            Fixture token = new Fixture();
            token.web.customize(ServiceAccount.class, sa -> sa.setAutomountServiceAccountToken(true));
            editWebPod(token, p -> p.setAutomountServiceAccountToken(null));
            Violation t = token.only("security.service-account-token");
            assertThat(t.message()).contains("mounts the API token of ServiceAccount web");
            assertThat(t.fix()).contains(".serviceAccountToken()");
        }

        @Test
        void a_policy_a_customization_narrows_blocks_a_reference() {
            Fixture f = new Fixture();
            f.store.customize(NetworkPolicy.class, p -> p.getSpec().getIngress().get(0).getFrom().get(0).getPodSelector()
                    .getMatchLabels().put("app.kubernetes.io/name", "someone-else"));
            Violation v = f.only("network.reference-blocked");
            assertThat(v.path()).isEqualTo("shop/webService:web/store:db");
            assertThat(v.message()).contains("web reads the host of db, but the NetworkPolicies block it on port 5432 (ingress of db)");
            Fixture dns = new Fixture();
            dns.app.customize(NetworkPolicy.class, p -> {
                if (p.getMetadata().getName().equals("allow-dns")) {
                    p.getSpec().getEgress().get(0).getPorts().forEach(port -> port.setPort(new io.fabric8.kubernetes.api.model.IntOrString(5353)));
                }
            });
            assertThat(dns.violations()).extracting(Violation::rule, Violation::path).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("network.reference-blocked", "shop/statefulStore:db"),
                    org.assertj.core.groups.Tuple.tuple("network.reference-blocked", "shop/webService:web"));
            Fixture moved = new Fixture();
            moved.web.customize(NetworkPolicy.class, p -> p.getSpec().getIngress().get(0).getFrom().get(0).getNamespaceSelector()
                    .getMatchLabels().put("kubernetes.io/metadata.name", "traefik"));
            Violation c = moved.only("network.reference-blocked");
            assertThat(c.message()).contains("keep the ingress controller (namespace ingress-nginx) from web on port 8080");
            assertThat(c.fix()).contains("app.ingressControllerNamespace(");
        }

        @Test
        void pods_outside_every_policy_warn() {
            Fixture f = new Fixture();
            f.app.customize(NetworkPolicy.class, p -> {
                if (p.getMetadata().getName().equals("default-deny") || p.getMetadata().getName().equals("allow-dns")) {
                    p.getSpec().getPodSelector().getMatchLabels().put("app.kubernetes.io/part-of", "nobody");
                }
            });
            // db keeps its own ingress policy, so only its egress is open; web's own policy isolates its egress, and
            // without allow-dns that egress has no DNS any more
            assertThat(f.violations()).extracting(Violation::rule, Violation::path).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("network.default-deny-missing", "shop/statefulStore:db"),
                    org.assertj.core.groups.Tuple.tuple("network.reference-blocked", "shop/webService:web"));
            assertThat(f.violations().get(0).message()).contains("for egress, so they can reach every pod and address");
            Fixture legacy = new Fixture();
            Deployment d = new DeploymentBuilder().withNewMetadata().withName("legacy").endMetadata().withNewSpec().withReplicas(2)
                    .withNewSelector().addToMatchLabels("app", "legacy").endSelector().withNewTemplate().withNewMetadata()
                    .addToLabels("app", "legacy").endMetadata().withNewSpec().addNewContainer().withName("legacy")
                    .withImage("my-repo/legacy:1" + Fixture.DIGEST).withNewResources()
                    .addToRequests("cpu", new io.fabric8.kubernetes.api.model.Quantity("100m"))
                    .addToRequests("memory", new io.fabric8.kubernetes.api.model.Quantity("64Mi"))
                    .addToLimits("memory", new io.fabric8.kubernetes.api.model.Quantity("64Mi")).endResources()
                    .endContainer().endSpec().endTemplate().endSpec().build();
            Fixture.restricted(d.getSpec().getTemplate().getSpec());
            legacy.app.include(d);
            Violation v = legacy.only("network.default-deny-missing");
            assertThat(v.message()).contains("for ingress and egress");
            assertThat(v.fix()).contains("add a default-deny NetworkPolicy");
            Fixture isolated = new Fixture();
            isolated.app.include(d).include(Fixture.isolating("legacy"));
            assertThat(isolated.violations()).isEmpty();
        }
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
