package dev.shipshape.examples;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Config;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.StatefulStore;
import dev.shipshape.dsl.WebService;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import dev.shipshape.validation.InvalidAppException;
import dev.shipshape.validation.Violations;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The mistakes in the listings of <i>Kubernetes Best Practices</i>, chapter 1, written in Shipshape, with the
 * report Shipshape gives for each: run it to see what the errors look like.
 *
 * <pre>{@code
 * java -cp <classpath> dev.shipshape.examples.MistakesGallery
 * }</pre>
 *
 * <p>Some of the book's mistakes cannot be written at all (a Service selector that misses its pods, a
 * StatefulSet {@code serviceName} pointing at the wrong Service): {@link #CANNOT_BE_WRITTEN} says why.
 */
public final class MistakesGallery {

    /** The mistakes the DSL makes impossible, and why. */
    public static final Map<String, String> CANNOT_BE_WRITTEN = Map.of(
            "Service selector not matching the pod labels",
            "a Service is rendered from its workload; its selector is the workload's, which the pods always carry",
            "StatefulSet serviceName pointing at a non-headless Service (redis-0.redis-write never resolves)",
            "the governing Service is rendered headless and named like the StatefulSet; hosts come from redis.primaryHost()",
            "Ingress backend naming a Service that does not exist",
            "routes take a component (route(\"/api\", frontend)), whose Service Shipshape renders");

    private MistakesGallery() {
    }

    /** {@return each mistake: a title and the app that makes it} */
    public static Map<String, Supplier<App>> mistakes() {
        Map<String, Supplier<App>> m = new LinkedHashMap<>();
        m.put("Ingress routes '/' before '/api'", () -> {
            App app = base();
            WebService frontend = frontend(app);
            app.ingress("frontend-ingress").route("/", files(app)).route("/api", frontend);
            return app;
        });
        m.put("Ingress backend port that does not exist (a frontend without a port)", () -> {
            App app = base();
            WebService frontend = app.webService("frontend", "my-repo/journal-server:v1.0.1").replicas(2).resources(resources());
            app.ingress("frontend-ingress").route("/api", frontend);
            return app;
        });
        m.put("ConfigMap referenced but never defined (a key the config lacks)", () -> {
            App app = base();
            Config cfg = app.config("frontend-config").entry("journalEntries", "10");
            frontend(app).env("JOURNAL_ENTRIES", cfg.key("journal-entries"));
            return app;
        });
        m.put("Secret key referenced but never defined", () -> {
            App app = base();
            SecretRef auth = app.externalSecret("redis-passwd", "passwd");
            frontend(app).env("REDIS_PASSWORD", auth.key("password"));
            return app;
        });
        m.put("Images tagged latest", () -> {
            App app = base();
            app.webService("frontend", "brendanburns/journal-server:latest").replicas(2).port("http", 8080).resources(resources());
            return app;
        });
        m.put("ConfigMap edited in place (unversioned)", () -> {
            App app = base();
            Config cfg = app.config("frontend-config").entry("journalEntries", "10").unversioned();
            frontend(app).env("JOURNAL_ENTRIES", cfg.key("journalEntries"));
            return app;
        });
        m.put("Requests above limits", () -> {
            App app = base();
            frontend(app).resources(Resources.of(Cpu.cores(2), Memory.gibibytes(1)).limits(Cpu.cores(1), Memory.gibibytes(1)));
            return app;
        });
        m.put("Redis without persistent storage", () -> {
            App app = base();
            StatefulStore redis = app.statefulStore("redis", "redis:7.2.4-alpine").port("redis", 6379).resources(resources());
            frontend(app).env("REDIS_HOST", redis.primaryHost());
            return app;
        });
        m.put("Password as a literal env var", () -> {
            App app = base();
            frontend(app).env("REDIS_PASSWORD", "hunter2");
            return app;
        });
        return m;
    }

    /**
     * {@return the report for one mistake: Shipshape's violations, grouped by component, each with its fix}
     *
     * @param app the application
     */
    public static String report(App app) {
        try {
            app.render();
            return "(rendered without errors)\n" + Violations.format(app.validate());
        } catch (InvalidAppException e) {
            return Violations.format(e.violations());
        }
    }

    /**
     * Prints every mistake and its report.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        for (Map.Entry<String, Supplier<App>> e : mistakes().entrySet()) {
            System.out.println("== " + e.getKey());
            System.out.println(report(e.getValue().get()));
        }
        System.out.println("== Mistakes that cannot be written in Shipshape");
        CANNOT_BE_WRITTEN.forEach((mistake, why) -> System.out.println("  " + mistake + ": " + why));
    }

    private static App base() {
        return Shipshape.app("journal").namespace("journal");
    }

    private static Resources resources() {
        return Resources.of(Cpu.millis(500), Memory.gibibytes(1)).limits(Cpu.cores(1), Memory.gibibytes(1));
    }

    private static WebService frontend(App app) {
        return app.webService("frontend", "my-repo/journal-server:v1.0.1").replicas(2).port("http", 8080)
                .resources(resources()).readinessProbe(Probe.http("/api", "http"));
    }

    private static dev.shipshape.dsl.StaticSite files(App app) {
        return app.staticSite("fileserver", "my-repo/static-files:v1-abcde").replicas(2)
                .resources(Resources.of(Cpu.millis(100), Memory.mebibytes(64)).limits(Cpu.millis(200), Memory.mebibytes(64)));
    }

}
