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
import java.util.List;

/** An app that breaks no rule; each test breaks exactly one thing and checks that exactly its rule fires. */
final class Fixture {

    static final String DIGEST = "@sha256:" + "a".repeat(64);

    final App app = Shipshape.app("shop");
    final SecretRef db = app.externalSecret("db", "password");
    final Config cfg = app.config("web-config").entry("mode", "prod");
    final StatefulStore store = app.statefulStore("db", "postgres:16.3" + DIGEST).replicas(2).port("pg", 5432)
            .volume("data", "/var/lib/postgresql", Storage.gibibytes(20)).resources(resources())
            .readinessProbe(Probe.tcp("pg"));
    final WebService web = app.webService("web", "my-repo/web:1.0" + DIGEST).replicas(2).port("http", 8080)
            .resources(resources())
            .env("MODE", cfg.key("mode"))
            .env("DB_PASSWORD", db.key("password"))
            .env("DB_HOST", store.primaryHost())
            .readinessProbe(Probe.http("/healthz", "http"));
    final Ingress ingress = app.ingress("web").host("shop.example.com").route("/", web);

    static Resources resources() {
        return Resources.of(Cpu.millis(250), Memory.mebibytes(256)).limits(Cpu.millis(500), Memory.mebibytes(256));
    }

    List<Violation> violations() {
        return app.validate();
    }

    /** The single violation, asserting there is exactly one and it is of {@code rule}. */
    Violation only(String rule) {
        List<Violation> all = violations();
        if (all.size() != 1 || !all.get(0).rule().equals(rule)) {
            throw new AssertionError("expected exactly one " + rule + " violation, got:\n" + Violations.format(all));
        }
        return all.get(0);
    }
}
