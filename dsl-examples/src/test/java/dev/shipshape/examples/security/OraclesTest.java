package dev.shipshape.examples.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.examples.security.NetworkModel.Endpoint;
import dev.shipshape.examples.security.PodSecurityStandards.Level;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two oracles of {@link SecureByDefaultProperties} themselves: each rejects what the Pod Security Standards page
 * and the NetworkPolicy semantics reject, so a property over them cannot pass because an oracle accepts everything.
 */
class OraclesTest {

    private static final String RESTRICTED_POD = """
            {"metadata":{"labels":{"app":"web"}},"spec":{
              "securityContext":{"runAsNonRoot":true,"runAsUser":10001,"seccompProfile":{"type":"RuntimeDefault"}},
              "containers":[{"name":"web","image":"nginx:1.27",
                "securityContext":{"allowPrivilegeEscalation":false,"capabilities":{"drop":["ALL"]}}}],
              "volumes":[{"name":"tmp","emptyDir":{}}]}}""";

    private static Level level(String pod) {
        V1PodTemplateSpec t = JSON.deserialize(pod, V1PodTemplateSpec.class);
        return PodSecurityStandards.levelOf(t.getMetadata(), t.getSpec());
    }

    private static String edit(String from, String to) {
        assertThat(RESTRICTED_POD).contains(from);
        return RESTRICTED_POD.replace(from, to);
    }

    @Test
    void a_restricted_pod_is_restricted_and_privileged_checks_nothing() {
        assertThat(level(RESTRICTED_POD)).isEqualTo(Level.RESTRICTED);
        V1PodTemplateSpec t = JSON.deserialize(edit("\"spec\":{", "\"spec\":{\"hostNetwork\":true,"), V1PodTemplateSpec.class);
        assertThat(PodSecurityStandards.check(t.getMetadata(), t.getSpec(), Level.PRIVILEGED)).isEmpty();
    }

    /** Each control of the page, broken once: the level the pod falls to. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // restricted-only controls: the pod stays baseline
            "\"runAsNonRoot\":true,|\"runAsNonRoot\":false,|BASELINE",
            "\"runAsNonRoot\":true,||BASELINE",
            "\"runAsUser\":10001|\"runAsUser\":0|BASELINE",
            "\"allowPrivilegeEscalation\":false,||BASELINE",
            "\"drop\":[\"ALL\"]|\"drop\":[\"NET_RAW\"]|BASELINE",
            "\"drop\":[\"ALL\"]|\"drop\":[\"ALL\"],\"add\":[\"CHOWN\"]|BASELINE",
            "{\"type\":\"RuntimeDefault\"}|{\"type\":\"Localhost\",\"localhostProfile\":\"p.json\"}|RESTRICTED",
            ",\"seccompProfile\":{\"type\":\"RuntimeDefault\"}||BASELINE",
            "{\"name\":\"tmp\",\"emptyDir\":{}}|{\"name\":\"nfs\",\"nfs\":{\"server\":\"n\",\"path\":\"/\"}}|BASELINE",
            "\"drop\":[\"ALL\"]|\"drop\":[\"ALL\"],\"add\":[\"NET_BIND_SERVICE\"]|RESTRICTED",
            // baseline controls: the pod falls to privileged
            "{\"type\":\"RuntimeDefault\"}|{\"type\":\"Unconfined\"}|PRIVILEGED",
            "\"drop\":[\"ALL\"]|\"drop\":[\"ALL\"],\"add\":[\"NET_ADMIN\"]|PRIVILEGED",
            "\"allowPrivilegeEscalation\":false,|\"allowPrivilegeEscalation\":false,\"privileged\":true,|PRIVILEGED",
            "\"runAsNonRoot\":true,|\"runAsNonRoot\":true,\"sysctls\":[{\"name\":\"kernel.msgmax\",\"value\":\"1\"}],|PRIVILEGED",
            "\"runAsNonRoot\":true,|\"runAsNonRoot\":true,\"seLinuxOptions\":{\"type\":\"spc_t\"},|PRIVILEGED",
            "\"runAsNonRoot\":true,|\"runAsNonRoot\":true,\"seLinuxOptions\":{\"user\":\"root\"},|PRIVILEGED",
            "\"allowPrivilegeEscalation\":false,|\"allowPrivilegeEscalation\":false,\"procMount\":\"Unmasked\",|PRIVILEGED",
            "\"image\":\"nginx:1.27\",|\"image\":\"nginx:1.27\",\"ports\":[{\"containerPort\":80,\"hostPort\":80}],|PRIVILEGED",
            "{\"name\":\"tmp\",\"emptyDir\":{}}|{\"name\":\"h\",\"hostPath\":{\"path\":\"/\"}}|PRIVILEGED",
            "\"spec\":{|\"spec\":{\"hostPID\":true,|PRIVILEGED",
            "\"spec\":{|\"spec\":{\"hostIPC\":true,|PRIVILEGED",
            "\"labels\":{\"app\":\"web\"}|\"labels\":{\"app\":\"web\"},\"annotations\":{\"container.apparmor.security.beta.kubernetes.io/web\":\"unconfined\"}|PRIVILEGED",
            "\"runAsNonRoot\":true,|\"runAsNonRoot\":true,\"windowsOptions\":{\"hostProcess\":true},|PRIVILEGED",
            "\"runAsNonRoot\":true,|\"runAsNonRoot\":true,\"appArmorProfile\":{\"type\":\"Unconfined\"},|PRIVILEGED"})
    void each_control_lowers_the_level(String from, String to, Level expected) {
        assertThat(level(edit(from, to == null ? "" : to))).isEqualTo(expected);
    }

    @Test
    void container_fields_may_be_unset_only_when_the_pod_sets_them() {
        String containerLevel = edit("\"runAsNonRoot\":true,", "").replace("\"allowPrivilegeEscalation\":false,",
                "\"allowPrivilegeEscalation\":false,\"runAsNonRoot\":true,");
        assertThat(level(containerLevel)).as("runAsNonRoot on the container alone").isEqualTo(Level.RESTRICTED);
        String overridden = RESTRICTED_POD.replace("\"allowPrivilegeEscalation\":false,", "\"allowPrivilegeEscalation\":false,\"runAsNonRoot\":false,");
        assertThat(level(overridden)).as("the container overrides the pod").isEqualTo(Level.BASELINE);
    }

    // ------------------------------------------------------------------ NetworkModel

    private static V1NetworkPolicy policy(String namespace, String spec) {
        return JSON.deserialize("{\"apiVersion\":\"networking.k8s.io/v1\",\"kind\":\"NetworkPolicy\",\"metadata\":{\"name\":\"p\","
                + "\"namespace\":\"" + namespace + "\"},\"spec\":" + spec + "}", V1NetworkPolicy.class);
    }

    private static final Endpoint WEB = Endpoint.pod("web", "shop", Map.of("app", "web"), Map.of("http", "8080/TCP"));
    private static final Endpoint DB = Endpoint.pod("db", "shop", Map.of("app", "db"), Map.of("pg", "5432/TCP"));
    private static final Endpoint CONTROLLER = Endpoint.pod("ctl", "ingress", Map.of("app", "ctl"), Map.of());
    private static final Endpoint OTHER_IN_INGRESS = Endpoint.pod("other", "ingress", Map.of("app", "other"), Map.of());

    @Test
    void pods_no_policy_selects_are_open_and_isolated_pods_take_only_what_a_rule_allows() {
        assertThat(new NetworkModel(List.of(), Map.of()).allows(WEB, DB, 5432, "TCP")).isTrue();
        NetworkModel denyDb = new NetworkModel(List.of(policy("shop", "{\"podSelector\":{\"matchLabels\":{\"app\":\"db\"}}}")), Map.of());
        assertThat(denyDb.allows(WEB, DB, 5432, "TCP")).as("policyTypes default to Ingress").isFalse();
        assertThat(denyDb.allows(DB, WEB, 8080, "TCP")).as("no egress rules: egress not governed").isTrue();
        NetworkModel allowWeb = new NetworkModel(List.of(policy("shop", "{\"podSelector\":{\"matchLabels\":{\"app\":\"db\"}},"
                + "\"ingress\":[{\"from\":[{\"podSelector\":{\"matchLabels\":{\"app\":\"web\"}}}],\"ports\":[{\"port\":\"pg\"}]}]}")), Map.of());
        assertThat(allowWeb.allows(WEB, DB, 5432, "TCP")).as("named port resolved on the destination").isTrue();
        assertThat(allowWeb.allows(WEB, DB, 5433, "TCP")).isFalse();
        assertThat(allowWeb.allows(WEB, DB, 5432, "UDP")).isFalse();
        assertThat(allowWeb.allows(CONTROLLER, DB, 5432, "TCP")).as("podSelector alone: the policy's namespace").isFalse();
    }

    @Test
    void namespace_and_pod_selectors_in_one_peer_both_apply_in_two_peers_either() {
        String and = "{\"podSelector\":{},\"ingress\":[{\"from\":[{\"namespaceSelector\":{\"matchLabels\":"
                + "{\"kubernetes.io/metadata.name\":\"ingress\"}},\"podSelector\":{\"matchLabels\":{\"app\":\"ctl\"}}}]}]}";
        NetworkModel both = new NetworkModel(List.of(policy("shop", and)), Map.of());
        assertThat(both.allows(CONTROLLER, WEB, 8080, "TCP")).isTrue();
        assertThat(both.allows(OTHER_IN_INGRESS, WEB, 8080, "TCP")).isFalse();
        String or = "{\"podSelector\":{},\"ingress\":[{\"from\":[{\"namespaceSelector\":{\"matchLabels\":"
                + "{\"kubernetes.io/metadata.name\":\"ingress\"}}},{\"podSelector\":{\"matchLabels\":{\"app\":\"ctl\"}}}]}]}";
        NetworkModel either = new NetworkModel(List.of(policy("shop", or)), Map.of());
        assertThat(either.allows(OTHER_IN_INGRESS, WEB, 8080, "TCP")).as("the namespace peer alone admits it").isTrue();
        assertThat(either.allows(Endpoint.pod("ctl2", "shop", Map.of("app", "ctl"), Map.of()), WEB, 8080, "TCP"))
                .as("the pod peer alone: same namespace").isTrue();
    }

    @Test
    void egress_needs_the_sources_egress_and_the_destinations_ingress() {
        NetworkModel net = new NetworkModel(List.of(
                policy("shop", "{\"podSelector\":{\"matchLabels\":{\"app\":\"web\"}},\"policyTypes\":[\"Egress\"],"
                        + "\"egress\":[{\"to\":[{\"ipBlock\":{\"cidr\":\"10.0.0.0/8\",\"except\":[\"10.1.0.0/16\"]}}],"
                        + "\"ports\":[{\"port\":5000,\"endPort\":5010}]}]}")), Map.of());
        assertThat(net.allows(WEB, Endpoint.address("10.2.3.4"), 5005, "TCP")).isTrue();
        assertThat(net.allows(WEB, Endpoint.address("10.1.3.4"), 5005, "TCP")).as("except").isFalse();
        assertThat(net.allows(WEB, Endpoint.address("10.2.3.4"), 5011, "TCP")).as("past endPort").isFalse();
        assertThat(net.allows(WEB, Endpoint.address("11.2.3.4"), 5005, "TCP")).isFalse();
        assertThat(net.allows(WEB, DB, 5432, "TCP")).as("ipBlock does not match pods").isFalse();
        assertThat(net.allows(DB, WEB, 8080, "TCP")).as("web's ingress is not governed").isTrue();
    }

    @Test
    void cidr_containment_covers_both_families() {
        assertThat(NetworkModel.inCidr("2001:db8::1", "2001:db8::/32")).isTrue();
        assertThat(NetworkModel.inCidr("2001:db9::1", "2001:db8::/32")).isFalse();
        assertThat(NetworkModel.inCidr("10.0.0.1", "2001:db8::/32")).isFalse();
        assertThat(NetworkModel.inCidr("8.8.8.8", "0.0.0.0/0")).isTrue();
    }
}
