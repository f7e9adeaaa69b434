package dev.shipshape.validation;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Config;
import dev.shipshape.dsl.Ingress;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.StatefulStore;
import dev.shipshape.dsl.WebService;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import dev.shipshape.units.Storage;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import java.util.List;

/**
 * An app that breaks no rule; each test breaks exactly one thing and checks that exactly its rule fires. Public for
 * the rule tests in {@code dev.shipshape.internal.rules}, which sit next to the rule they test.
 *
 * <pre>{@code
 * Fixture f = new Fixture();
 * f.web.replicas(1);
 * assertThat(f.only("workload.single-replica").severity()).isEqualTo(Severity.WARNING);
 * }</pre>
 */
public final class Fixture {

    /** A pinned digest to append to an image reference. */
    public static final String DIGEST = "@sha256:" + "a".repeat(64);

    public final App app = Shipshape.app("shop");
    public final SecretRef db = app.externalSecret("db", "password");
    public final Config cfg = app.config("web-config").entry("mode", "prod");
    public final StatefulStore store = app.statefulStore("db", "postgres:16.3" + DIGEST).replicas(2).port("pg", 5432)
            .volume("data", "/var/lib/postgresql", Storage.gibibytes(20)).resources(resources())
            .readinessProbe(Probe.tcp("pg"));
    public final WebService web = app.webService("web", "my-repo/web:1.0" + DIGEST).replicas(2).port("http", 8080)
            .resources(resources())
            .env("MODE", cfg.key("mode"))
            .env("DB_PASSWORD", db.key("password"))
            .env("DB_HOST", store.primaryHost())
            .readinessProbe(Probe.http("/healthz", "http"));
    public final Ingress ingress = app.ingress("web").host("shop.example.com").route("/", web);

    /**
     * A web service of {@code app} that breaks no rule on its own: a pinned image, one port named {@code port} on 8080,
     * requests within limits and a readiness probe on it; for tests of routes to it.
     */
    public static WebService webService(App app, String name, String port) {
        return app.webService(name, "my-repo/" + name + ":1.0" + DIGEST).port(port, 8080).resources(resources())
                .readinessProbe(Probe.http("/healthz", port));
    }

    /** Requests within limits, as every rule asks. */
    public static Resources resources() {
        return Resources.of(Cpu.millis(250), Memory.mebibytes(256)).limits(Cpu.millis(500), Memory.mebibytes(256));
    }

    /**
     * Gives an included pod what the security.* rules ask (the Pod Security Standards "restricted" settings, a
     * read-only root, no API token), so a test of another rule sees only that rule.
     */
    public static PodSpec restricted(PodSpec spec) {
        spec.setAutomountServiceAccountToken(false);
        spec.setSecurityContext(new PodSecurityContextBuilder().withRunAsNonRoot(true).withRunAsUser(1000L)
                .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile().build());
        for (Container c : spec.getContainers()) {
            c.setSecurityContext(new SecurityContextBuilder().withAllowPrivilegeEscalation(false).withReadOnlyRootFilesystem(true)
                    .withNewCapabilities().withDrop("ALL").endCapabilities().build());
        }
        return spec;
    }

    /** A NetworkPolicy that isolates the pods labelled {@code app: <name>} for ingress and egress. */
    public static NetworkPolicy isolating(String name) {
        return new NetworkPolicyBuilder().withNewMetadata().withName(name).endMetadata().withNewSpec()
                .withNewPodSelector().addToMatchLabels("app", name).endPodSelector().withPolicyTypes("Ingress", "Egress")
                .endSpec().build();
    }

    /** Every violation of the app as it stands. */
    public List<Violation> violations() {
        return app.validate();
    }

    /** The single violation, asserting there is exactly one and it is of {@code rule}. */
    public Violation only(String rule) {
        List<Violation> all = violations();
        if (all.size() != 1 || !all.get(0).rule().equals(rule)) {
            throw new AssertionError("expected exactly one " + rule + " violation, got:\n" + Violations.format(all));
        }
        return all.get(0);
    }
}
