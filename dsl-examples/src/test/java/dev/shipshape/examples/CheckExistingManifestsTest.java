package dev.shipshape.examples;

import static dev.shipshape.testkit.ShipshapeAssertions.assertThat;
import static dev.shipshape.testkit.ShipshapeAssertions.assertThatManifests;
import static org.assertj.core.groups.Tuple.tuple;

import dev.shipshape.dsl.Shipshape;
import dev.shipshape.validation.Severity;
import dev.shipshape.validation.Violation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Shipshape.check} over manifests Shipshape did not write: examples of the kubernetes/examples repository
 * (copied unchanged, source in {@code third-party/kubernetes-examples/SOURCE.md}), and Shipshape's own output.
 */
class CheckExistingManifestsTest {

    private static final Path EXAMPLES = Path.of("src/test/resources/third-party/kubernetes-examples");

    @TempDir
    Path tmp;

    /** The findings of "secure by default" on a pod Shipshape did not write, with no securityContext at all. */
    private static List<Tuple> insecure(String pod, String container) {
        return List.of(
                tuple("network.default-deny-missing", Severity.WARNING, pod),
                tuple("security.service-account-token", Severity.WARNING, pod + "/automountServiceAccountToken"),
                tuple("security.privilege-escalation", Severity.ERROR, pod + "/container:" + container + "/securityContext/allowPrivilegeEscalation"),
                tuple("security.capabilities", Severity.ERROR, pod + "/container:" + container + "/securityContext/capabilities"),
                tuple("security.writable-root", Severity.WARNING, pod + "/container:" + container + "/securityContext/readOnlyRootFilesystem"),
                tuple("security.run-as-root", Severity.ERROR, pod + "/container:" + container + "/securityContext/runAsNonRoot"),
                tuple("security.seccomp", Severity.ERROR, pod + "/container:" + container + "/securityContext/seccompProfile"));
    }

    private static boolean secureByDefault(Violation v) {
        return v.rule().startsWith("security.") || v.rule().startsWith("network.");
    }

    @Test
    void the_guestbook_fails_pod_security_has_no_network_policy_and_warns_about_images_and_memory() {
        Path dir = EXAMPLES.resolve("guestbook");
        String file = dir.resolve("guestbook-all-in-one.yaml").toString();
        List<Violation> found = Shipshape.check(dir);
        assertThat(found).filteredOn(v -> !secureByDefault(v)).extracting(Violation::rule, Violation::path).containsExactly(
                tuple("image.not-pinned", file + "#L117/Deployment:frontend/container:php-redis/image"),
                tuple("resources.memory-limit-missing", file + "#L117/Deployment:frontend/container:php-redis/resources/memory"),
                tuple("image.not-pinned", file + "#L18/Deployment:redis-master/container:master/image"),
                tuple("resources.memory-limit-missing", file + "#L18/Deployment:redis-master/container:master/resources/memory"),
                tuple("workload.single-replica", file + "#L18/Deployment:redis-master/replicas"),
                tuple("image.not-pinned", file + "#L62/Deployment:redis-replica/container:replica/image"),
                tuple("resources.memory-limit-missing", file + "#L62/Deployment:redis-replica/container:replica/resources/memory"));
        List<Tuple> expected = new ArrayList<>();
        expected.addAll(insecure(file + "#L117/Deployment:frontend", "php-redis"));
        expected.addAll(insecure(file + "#L18/Deployment:redis-master", "master"));
        expected.addAll(insecure(file + "#L62/Deployment:redis-replica", "replica"));
        assertThat(found).filteredOn(CheckExistingManifestsTest::secureByDefault)
                .extracting(Violation::rule, Violation::severity, Violation::path).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void the_go_guestbook_requests_nothing_and_fails_pod_security() {
        Path dir = EXAMPLES.resolve("guestbook-go");
        assertThatManifests(dir)
                .hasViolation("resources.requests-missing")
                .at(dir.resolve("guestbook-controller.yaml") + "#L1/ReplicationController:guestbook/container:guestbook/resources")
                .withMessageContaining("no cpu and no memory request");
        List<Violation> found = Shipshape.check(dir);
        assertThat(found).filteredOn(v -> v.rule().equals("resources.requests-missing")).hasSize(3);
        assertThat(found).filteredOn(v -> v.rule().equals("image.not-pinned")).hasSize(3);
        List<Tuple> expected = new ArrayList<>();
        expected.addAll(insecure(dir.resolve("guestbook-controller.yaml") + "#L1/ReplicationController:guestbook", "guestbook"));
        expected.addAll(insecure(dir.resolve("redis-master-controller.yaml") + "#L1/Deployment:redis-master", "redis-master"));
        expected.addAll(insecure(dir.resolve("redis-replica-controller.yaml") + "#L1/ReplicationController:redis-replica", "redis-replica"));
        assertThat(found).filteredOn(CheckExistingManifestsTest::secureByDefault)
                .extracting(Violation::rule, Violation::severity, Violation::path).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(found).filteredOn(v -> v.severity() == Severity.ERROR).allMatch(CheckExistingManifestsTest::secureByDefault);
    }

    @Test
    void the_mysql_pod_has_an_unpinned_image_a_literal_password_and_a_cinder_volume() {
        Path dir = EXAMPLES.resolve("mysql-cinder-pd");
        String pod = dir.resolve("mysql.yaml") + "#L1/Pod:mysql";
        List<Tuple> expected = new ArrayList<>(insecure(pod, "mysql"));
        expected.addAll(List.of(
                tuple("secret.literal-value", Severity.ERROR, pod + "/container:mysql/env:MYSQL_ROOT_PASSWORD"),
                tuple("image.mutable-tag", Severity.ERROR, pod + "/container:mysql/image"),
                tuple("image.not-pinned", Severity.WARNING, pod + "/container:mysql/image"),
                tuple("resources.requests-missing", Severity.WARNING, pod + "/container:mysql/resources"),
                tuple("resources.memory-limit-missing", Severity.WARNING, pod + "/container:mysql/resources/memory"),
                tuple("security.host-access", Severity.ERROR, pod + "/volume:mysql-persistent-storage")));
        assertThat(Shipshape.check(dir)).extracting(Violation::rule, Violation::severity, Violation::path)
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(Shipshape.check(dir)).filteredOn(v -> v.rule().equals("security.host-access")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("cinder volume"));
        assertThat(Shipshape.check(dir)).noneMatch(v -> v.message().contains("yourpassword"));
    }

    @Test
    void shipshapes_own_output_has_no_error() throws IOException {
        for (JournalParameters p : RenderJournal.variants()) {
            Path dir = tmp.resolve(p.variant());
            Journal.define(p).render().writeTo(dir);
            assertThatManifests(dir).hasNoErrors();
            if (p.strict()) {
                // the Redis password Secret is created out of band: the files alone cannot show it, the app declared it
                assertThat(assertThatManifests(dir).hasOnlyViolationsOf("reference.outside-manifests").violations())
                        .allSatisfy(v -> assertThat(v.message()).startsWith("reads Secret 'redis-passwd', which is not among the manifests"));
            }
        }
    }
}
