package dev.shipshape.examples;

import static dev.shipshape.testkit.ShipshapeAssertions.assertThat;
import static dev.shipshape.testkit.ShipshapeAssertions.assertThatManifests;
import static org.assertj.core.groups.Tuple.tuple;

import dev.shipshape.dsl.Shipshape;
import dev.shipshape.validation.Severity;
import dev.shipshape.validation.Violation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void the_guestbook_has_warnings_and_no_error() {
        Path dir = EXAMPLES.resolve("guestbook");
        String file = dir.resolve("guestbook-all-in-one.yaml").toString();
        List<Violation> found = Shipshape.check(dir);
        assertThat(found).extracting(Violation::severity).containsOnly(Severity.WARNING);
        assertThat(found).extracting(Violation::rule, Violation::path).containsExactly(
                tuple("image.not-pinned", file + "#L117/Deployment:frontend/container:php-redis/image"),
                tuple("resources.memory-limit-missing", file + "#L117/Deployment:frontend/container:php-redis/resources/memory"),
                tuple("image.not-pinned", file + "#L18/Deployment:redis-master/container:master/image"),
                tuple("resources.memory-limit-missing", file + "#L18/Deployment:redis-master/container:master/resources/memory"),
                tuple("workload.single-replica", file + "#L18/Deployment:redis-master/replicas"),
                tuple("image.not-pinned", file + "#L62/Deployment:redis-replica/container:replica/image"),
                tuple("resources.memory-limit-missing", file + "#L62/Deployment:redis-replica/container:replica/resources/memory"));
        assertThatManifests(dir).hasNoErrors().hasOnlyViolationsOf("image.not-pinned", "resources.memory-limit-missing",
                "workload.single-replica");
    }

    @Test
    void the_go_guestbook_requests_nothing() {
        Path dir = EXAMPLES.resolve("guestbook-go");
        assertThatManifests(dir).hasNoErrors()
                .hasViolation("resources.requests-missing")
                .at(dir.resolve("guestbook-controller.yaml") + "#L1/ReplicationController:guestbook/container:guestbook/resources")
                .withMessageContaining("no cpu and no memory request");
        List<Violation> found = Shipshape.check(dir);
        assertThat(found).filteredOn(v -> v.rule().equals("resources.requests-missing")).hasSize(3);
        assertThat(found).filteredOn(v -> v.rule().equals("image.not-pinned")).hasSize(3);
    }

    @Test
    void the_mysql_pod_has_an_unpinned_image_and_a_literal_password() {
        Path dir = EXAMPLES.resolve("mysql-cinder-pd");
        String pod = dir.resolve("mysql.yaml") + "#L1/Pod:mysql/container:mysql";
        assertThat(Shipshape.check(dir)).extracting(Violation::rule, Violation::severity, Violation::path).containsExactly(
                tuple("secret.literal-value", Severity.ERROR, pod + "/env:MYSQL_ROOT_PASSWORD"),
                tuple("image.mutable-tag", Severity.ERROR, pod + "/image"),
                tuple("image.not-pinned", Severity.WARNING, pod + "/image"),
                tuple("resources.requests-missing", Severity.WARNING, pod + "/resources"),
                tuple("resources.memory-limit-missing", Severity.WARNING, pod + "/resources/memory"));
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
