package dev.shipshape.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Config;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.StatefulStore;
import dev.shipshape.dsl.WebService;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.render.Manifests;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import dev.shipshape.units.Storage;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each mistake in the listings of <i>Kubernetes Best Practices</i>, chapter 1, written in Shipshape: either it
 * cannot be expressed (the comment says why, and the test shows the rendered output is right by
 * construction) or it is reported with the right rule id.
 */
class BookMistakesTest {

    /**
     * The journal, rendered by each test that reads it: not when the class loads, since PIT's mutation JVMs load every
     * test class to list it, nor kept for the JVM, where the first mutant's rendering would answer for the next.
     */
    private static Manifests journal() {
        return Journal.define(JournalParameters.europe()).render();
    }

    private static List<String> rules(App app) {
        return app.validate().stream().map(Violation::rule).distinct().toList();
    }

    /**
     * The book's Service selects {@code app: frontend} while its pods are labelled otherwise. In Shipshape a
     * Service is rendered from its workload and its selector is the workload's stable selector, which the pod
     * template always carries: there is no selector to write, so it cannot be wrong.
     */
    @Test
    void service_selector_not_matching_pod_labels_cannot_be_written() {
        Manifests journal = journal();
        for (Service svc : objects(journal, Service.class)) {
            Map<String, String> selector = svc.getSpec().getSelector();
            List<Map<String, String>> podLabels = journal.objects().stream()
                    .map(o -> o instanceof Deployment d ? d.getSpec().getTemplate().getMetadata().getLabels()
                            : o instanceof StatefulSet s ? s.getSpec().getTemplate().getMetadata().getLabels() : null)
                    .filter(l -> l != null).toList();
            assertThat(podLabels).as("pods selected by Service %s", svc.getMetadata().getName())
                    .anyMatch(labels -> labels.entrySet().containsAll(selector.entrySet()));
        }
    }

    /**
     * The book's Ingress names a backend Service (and port) that no listing defines. Shipshape routes to a
     * component ({@code route("/api", frontend)}); the backend is that component's Service and port. A target
     * without a port is reported as {@code reference.unresolved}.
     */
    @Test
    void ingress_backend_to_a_missing_service_or_port_cannot_be_written_or_is_reported() {
        Manifests journal = journal();
        Ingress ingress = objects(journal, Ingress.class).get(0);
        List<Service> services = objects(journal, Service.class);
        ingress.getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(path -> {
            var backend = path.getBackend().getService();
            assertThat(services).anyMatch(s -> s.getMetadata().getName().equals(backend.getName())
                    && s.getSpec().getPorts().stream().anyMatch(p -> p.getName().equals(backend.getPort().getName())));
        }));
        App app = Shipshape.app("journal");
        WebService frontend = app.webService("frontend", "my-repo/journal-server:v1.0.1"); // forgot .port(…)
        app.ingress("frontend-ingress").route("/api", frontend);
        assertThat(rules(app)).contains("reference.unresolved");
    }

    /**
     * The book points the StatefulSet's {@code serviceName} at {@code redis-write}, a ClusterIP Service, so
     * {@code redis-0.redis-write} never resolves. Shipshape renders the governing Service itself, headless and
     * named like the StatefulSet, and the host comes from {@code redis.primaryHost()}: it is never typed.
     */
    @Test
    void statefulset_service_name_pointing_at_a_non_headless_service_cannot_be_written() {
        Manifests journal = journal();
        StatefulSet redis = objects(journal, StatefulSet.class).get(0);
        Service governing = objects(journal, Service.class).stream()
                .filter(s -> s.getMetadata().getName().equals(redis.getSpec().getServiceName())).findFirst().orElseThrow();
        assertThat(governing.getSpec().getClusterIP()).isEqualTo("None");
        Deployment frontend = objects(journal, Deployment.class).stream()
                .filter(d -> d.getMetadata().getName().equals("frontend")).findFirst().orElseThrow();
        assertThat(frontend.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv())
                .anyMatch(e -> e.getName().equals("REDIS_HOST") && e.getValue().equals("redis-0." + governing.getMetadata().getName()));
    }

    /**
     * The book's Deployment reads a ConfigMap and a Secret that no listing creates. A Shipshape config key
     * exists only as {@code config.key(…)} of a config defined in the app (so it is rendered); a key it lacks is
     * {@code config.missing-key}; a Secret is declared with {@code externalSecret(name, keys…)} and an undeclared
     * key is {@code secret.missing-key}; a config of another app is {@code reference.foreign}.
     */
    @Test
    void configmap_or_secret_referenced_but_never_defined_is_reported() {
        App app = Shipshape.app("journal");
        Config cfg = app.config("frontend-config").entry("journalEntries", "10");
        SecretRef auth = app.externalSecret("redis-passwd", "passwd");
        Config elsewhere = Shipshape.app("other").config("frontend-config").entry("journalEntries", "10");
        app.webService("frontend", "my-repo/journal-server:v1.0.1").port("http", 8080)
                .env("JOURNAL_ENTRIES", cfg.key("journalEntrys"))
                .env("REDIS_PASSWORD", auth.key("password"))
                .env("OTHER", elsewhere.key("journalEntries"));
        assertThat(rules(app)).contains("config.missing-key", "secret.missing-key", "reference.foreign");
    }

    /** The book's images are {@code :latest}. */
    @Test
    void latest_tag_is_reported() {
        App app = Shipshape.app("journal");
        app.webService("frontend", "brendanburns/journal-server:latest").port("http", 8080);
        app.statefulStore("redis", "redis").volume("data", "/data", Storage.gibibytes(1));
        assertThat(app.validate()).filteredOn(v -> v.rule().equals("image.mutable-tag")).hasSize(2);
    }

    /** The book's ConfigMap is named {@code frontend-config} and edited in place. */
    @Test
    void unversioned_configmap_is_reported() {
        Manifests journal = journal();
        App app = Shipshape.app("journal");
        Config cfg = app.config("frontend-config").entry("journalEntries", "10").unversioned();
        StatefulStore redis = app.statefulStore("redis", "redis:7.2.4").port("redis", 6379)
                .volume("data", "/data", Storage.gibibytes(1));
        app.webService("frontend", "my-repo/journal-server:v1.0.1").port("http", 8080)
                .resources(Resources.of(Cpu.millis(500), Memory.gibibytes(1)).limits(Cpu.cores(1), Memory.gibibytes(1)))
                .readinessProbe(Probe.http("/api", "http"))
                .env("JOURNAL_ENTRIES", cfg.key("journalEntries"))
                .env("REDIS_HOST", redis.primaryHost());
        assertThat(rules(app)).contains("config.unversioned-name");
        assertThat(journal.objects()).filteredOn(o -> o.getKind().equals("ConfigMap"))
                .allMatch(o -> o.getMetadata().getName().matches("frontend-config-[a-z0-9]{10}"));
    }

    private static <T extends HasMetadata> List<T> objects(Manifests m, Class<T> type) {
        return m.objects().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
