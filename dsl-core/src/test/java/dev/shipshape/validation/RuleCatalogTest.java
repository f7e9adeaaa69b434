package dev.shipshape.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.WebService;
import dev.shipshape.internal.lang.KustomizeHash;
import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.PathType;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One accepting and at least one rejecting case per rule, with path, message and fix checked. */
class RuleCatalogTest {

    /**
     * The rule ids of the DESIGN.md table, plus secret.development-data, the API server's own refusals (ingress.empty,
     * port.missing, port.conflict, mount.conflict), the Pod Security Standards and NetworkPolicy rules of "secure by
     * default" (security.*, network.*), reference.unresolved and reference.outside-manifests, in catalog order.
     */
    static final List<String> IDS = List.of(
            "resources.requests-exceed-limits", "resources.requests-missing", "resources.memory-limit-missing",
            "autoscaling.cpu-request-missing", "autoscaling.target-unreachable", "autoscaling.bounds",
            "autoscaling.replicas-conflict", "ingress.path-order", "ingress.duplicate-path", "ingress.path-invalid",
            "ingress.empty",
            "config.unversioned-name", "config.missing-key", "secret.missing-key", "secret.literal-value",
            "secret.development-data",
            "image.mutable-tag", "image.not-pinned", "image.untrusted-registry", "name.invalid", "name.duplicate",
            "port.missing", "port.conflict", "mount.conflict",
            "store.volume-missing", "cronjob.schedule-invalid", "lifecycle.prestop-exceeds-grace", "pdb.blocks-eviction",
            "probe.readiness-missing", "workload.single-replica",
            "security.run-as-root", "security.privilege-escalation", "security.capabilities", "security.seccomp",
            "security.host-access", "security.writable-root", "security.service-account-token",
            "network.default-deny-missing", "network.reference-blocked", "reference.foreign",
            "reference.unresolved", "reference.outside-manifests");

    @Test
    void the_catalog_has_every_design_rule_each_described() {
        assertThat(Rules.ids()).containsExactlyElementsOf(IDS);
        assertThat(Rules.all()).extracting(Rule::id).containsExactlyElementsOf(IDS);
        for (Rule r : Rules.all()) {
            assertThat(r.description()).as(r.id()).isNotBlank();
        }
    }

    @Test
    void the_fixture_breaks_no_rule() {
        assertThat(new Fixture().violations()).isEmpty();
    }

    @Nested
    class Resources_ {
        @Test
        void requests_missing_warns_naming_what_is_missing() {
            Fixture f = new Fixture();
            f.web.resources(Resources.none().memoryRequest(Memory.mebibytes(256)).memoryLimit(Memory.mebibytes(256)));
            Violation v = f.only("resources.requests-missing");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.path()).isEqualTo("shop/webService:web/container:web/resources");
            assertThat(v.message()).startsWith("no cpu request;");
            assertThat(v.fix()).contains("Resources.of(");
        }

        @Test
        void memory_limit_missing_warns() {
            Fixture f = new Fixture();
            f.web.resources(Resources.of(Cpu.millis(250), Memory.mebibytes(256)).cpuLimit(Cpu.millis(500)));
            Violation v = f.only("resources.memory-limit-missing");
            assertThat(v.path()).isEqualTo("shop/webService:web/container:web/resources/memory");
            assertThat(v.fix()).contains("memory limit");
        }
    }

    @Nested
    class Autoscaling_ {
        private Fixture withHpa(Autoscaling a, Resources r) {
            Fixture f = new Fixture();
            WebService w = f.app.webService("api", "my-repo/api:2.0" + Fixture.DIGEST).port("http", 8080)
                    .resources(r).readinessProbe(Probe.http("/healthz", "http")).autoscale(a);
            f.app.ingress("api").host("api.shop.example.com").route("/", w);
            return f;
        }

        private static Resources half(Cpu limit) {
            return Resources.of(Cpu.millis(500), Memory.gibibytes(1)).limits(limit, Memory.gibibytes(1));
        }

        @Test
        void reachable_target_is_accepted() {
            // request 500m, limit 1, target 80%: the HPA acts above 440m, below the limit
            assertThat(withHpa(Autoscaling.between(2, 10).targetCpuUtilization(80), half(Cpu.cores(1))).violations()).isEmpty();
            // 181%: acts above 995.5m < 1000m
            assertThat(withHpa(Autoscaling.between(2, 10).targetCpuUtilization(181), half(Cpu.cores(1))).violations()).isEmpty();
        }

        @Test
        void unreachable_target_is_an_error_with_the_threshold_and_the_largest_workable_target() {
            Violation v = withHpa(Autoscaling.between(2, 10).targetCpuUtilization(185), half(Cpu.cores(1)))
                    .only("autoscaling.target-unreachable");
            assertThat(v.path()).isEqualTo("shop/webService:api/autoscaling");
            assertThat(v.message()).contains("passes 1017.5m (185% of the 500m request").contains("the 1 limit caps usage");
            assertThat(v.fix()).isEqualTo("lower targetCpuUtilization below 182%, or raise the cpu limit above 1017.5m.");
            // exactly at the limit is unreachable too: usage must pass the threshold and cannot pass the limit
            assertThat(withHpa(Autoscaling.between(2, 10).targetCpuUtilization(100),
                    Resources.of(Cpu.cores(1), Memory.gibibytes(1)).limits(Cpu.millis(1100), Memory.gibibytes(1))).violations())
                    .extracting(Violation::rule).containsExactly("autoscaling.target-unreachable");
        }

        @Test
        void cpu_request_missing_is_an_error() {
            Violation v = withHpa(Autoscaling.between(2, 10), Resources.none().memoryRequest(Memory.gibibytes(1))
                    .memoryLimit(Memory.gibibytes(1))).violations().stream()
                    .filter(x -> x.rule().equals("autoscaling.cpu-request-missing")).findFirst().orElseThrow();
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.message()).contains("requests no cpu: the HPA never scales");
        }

        @Test
        void bounds_are_checked() {
            assertThat(withHpa(Autoscaling.between(0, 3), half(Cpu.cores(1))).only("autoscaling.bounds").message())
                    .isEqualTo("minReplicas is 0; an HPA needs at least 1.");
            Violation v = withHpa(Autoscaling.between(5, 2), half(Cpu.cores(1))).only("autoscaling.bounds");
            assertThat(v.message()).isEqualTo("minReplicas 5 is greater than maxReplicas 2.");
            assertThat(v.fix()).contains("Autoscaling.between(2, 5)");
        }

        @Test
        void fixed_replicas_with_an_hpa_warn() {
            Fixture f = new Fixture();
            f.web.autoscale(Autoscaling.between(2, 4));
            Violation v = f.only("autoscaling.replicas-conflict");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.path()).isEqualTo("shop/webService:web/replicas");
        }
    }

    @Nested
    class Ingress_ {
        @Test
        void invalid_paths_are_reported_one_each() {
            for (String bad : List.of("api", "/a//b", "/a/./b", "/a/../b", "/a/%2Fb", "/a/.", "/a/..")) {
                Fixture f = new Fixture();
                f.app.ingress("bad").host("bad.example.com").route(bad, f.web, PathType.EXACT);
                Violation v = f.only("ingress.path-invalid");
                assertThat(v.path()).endsWith("/route:" + bad);
                assertThat(v.message()).contains("the API server rejects it");
            }
            // white space: the API server accepts it, Shipshape refuses it and says why
            Fixture space = new Fixture();
            space.app.ingress("bad").host("bad.example.com").route("/a b", space.web, PathType.EXACT);
            Violation v = space.only("ingress.path-invalid");
            assertThat(v.path()).endsWith("/route:/a b");
            assertThat(v.message()).contains("the API server accepts it").contains("would never match")
                    .doesNotContain("rejects");
            Fixture ok = new Fixture();
            ok.app.ingress("exact").route("/exact", ok.web, PathType.EXACT);
            assertThat(ok.violations()).isEmpty();
        }
    }

    @Nested
    class References_ {
        @Test
        void config_missing_key() {
            Fixture f = new Fixture();
            f.web.env("LEVEL", f.cfg.key("level"));
            Violation v = f.only("config.missing-key");
            assertThat(v.path()).isEqualTo("shop/webService:web/container:web/env:LEVEL");
            assertThat(v.message()).isEqualTo("config 'web-config' has no key 'level' (it has 'mode'); the pod would fail to start.");
        }

        @Test
        void secret_missing_key_for_env_and_for_tls() {
            Fixture f = new Fixture();
            f.web.env("DB_USER", f.db.key("username"));
            assertThat(f.only("secret.missing-key").message()).contains("declared with 'password', not 'username'");
            Fixture t = new Fixture();
            t.ingress.tls(t.app.externalSecret("shop-tls", "tls.crt"));
            Violation v = t.only("secret.missing-key");
            assertThat(v.path()).isEqualTo("shop/ingress:web/tls");
            assertThat(v.message()).contains("not 'tls.key'");
            Fixture undeclared = new Fixture();
            undeclared.web.env("TOKEN_FILE", undeclared.app.externalSecret("opaque").key("anything"));
            assertThat(undeclared.violations()).isEmpty();
        }

        @Test
        void literal_secret_values_are_errors_and_the_value_is_never_repeated() {
            for (String name : List.of("DB_PASSWORD", "redis_passwd", "GITHUB_TOKEN", "CLIENT_SECRET", "STRIPE_API_KEY", "aws.access-key")) {
                Fixture f = new Fixture();
                f.web.env(name, "hunter2-value");
                Violation v = f.only("secret.literal-value");
                assertThat(v.path()).endsWith("/env:" + name);
                assertThat(v.toString()).doesNotContain("hunter2");
                assertThat(v.fix()).isEqualTo("put the value in a Secret and reference it: .env(\"" + name
                        + "\", app.externalSecret(\"…\", \"key\").key(\"key\")).");
            }
            Fixture ok = new Fixture();
            ok.web.env("TOKEN_TTL_NOTE", "").env("PASSWORD_MIN_LENGTH_HINT", "");
            ok.web.env("LOG_LEVEL", "debug");
            assertThat(ok.violations()).isEmpty();
        }

        @Test
        void development_secrets_warn_fail_under_strict_and_never_show_their_values() {
            Fixture f = new Fixture();
            f.web.mount(f.app.developmentSecret("dev-creds", java.util.Map.of("token", "S3cr3t-Sentinel")), "/etc/dev");
            Violation v = f.only("secret.development-data");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.path()).isEqualTo("shop/secret:dev-creds");
            assertThat(v.toString()).contains("keys [token]").doesNotContain("S3cr3t");
            assertThat(v.message()).isEqualTo("secret 'dev-creds' has literal values (keys [token]), which end up in the"
                    + " manifests, in git and in CI logs; the values are not shown here.");
            assertThat(v.fix()).isEqualTo("for anything but local development create the Secret out of band and use"
                    + " app.externalSecret(\"dev-creds\", …).");
            f.app.policy(Policy.strict());
            assertThat(f.only("secret.development-data").severity()).isEqualTo(Severity.ERROR);
        }

        @Test
        void foreign_references_are_errors_at_the_referencing_site() {
            Fixture f = new Fixture();
            App other = Shipshape.app("other");
            var foreignCfg = other.config("shared").entry("k", "v");
            var foreignStore = other.statefulStore("cache", "redis:7" + Fixture.DIGEST).ephemeral();
            f.web.env("K", foreignCfg.key("k")).env("CACHE", foreignStore.readHost());
            List<Violation> v = f.violations();
            assertThat(v).extracting(Violation::rule).containsOnly("reference.foreign");
            assertThat(v).extracting(Violation::path).containsExactly(
                    "shop/webService:web/container:web/env:CACHE", "shop/webService:web/container:web/env:K");
            assertThat(v.get(1).message()).contains("config 'shared' of app 'other'");
            Fixture routed = new Fixture();
            WebService foreignWeb = other.webService("web2", "my-repo/w:1" + Fixture.DIGEST).port("http", 80);
            routed.ingress.route("/other", foreignWeb);
            assertThat(routed.violations()).extracting(Violation::rule).contains("reference.foreign");
            assertThat(routed.violations()).filteredOn(x -> x.rule().equals("reference.foreign"))
                    .extracting(Violation::path, Violation::message, Violation::fix).containsExactly(org.assertj.core.groups.Tuple.tuple(
                            "shop/ingress:web/host:shop.example.com/route:/other", "refers to webService 'web2' of app 'other',"
                                    + " not of this app 'shop'; its manifests would not contain it.",
                            "define the webService in this app (app.webService(…)), or render the apps as one."));
            Fixture secrets = new Fixture();
            var foreignSecret = other.externalSecret("token", "value");
            var tls = other.externalSecret("cert", "tls.crt", "tls.key");
            secrets.web.env("TOKEN", foreignSecret.key("value")).mount(foreignCfg, "/etc/shared").mount(foreignSecret, "/etc/token");
            secrets.ingress.tls(tls);
            assertThat(secrets.violations()).filteredOn(x -> x.rule().equals("reference.foreign"))
                    .extracting(Violation::path, Violation::message).containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("shop/webService:web/container:web/env:TOKEN",
                                    "refers to secret 'token' of app 'other', not of this app 'shop'; its manifests would not contain it."),
                            org.assertj.core.groups.Tuple.tuple("shop/webService:web/container:web/mount:/etc/shared",
                                    "refers to config 'shared' of app 'other', not of this app 'shop'; its manifests would not contain it."),
                            org.assertj.core.groups.Tuple.tuple("shop/webService:web/container:web/mount:/etc/token",
                                    "refers to secret 'token' of app 'other', not of this app 'shop'; its manifests would not contain it."),
                            org.assertj.core.groups.Tuple.tuple("shop/ingress:web/tls",
                                    "refers to secret 'cert' of app 'other', not of this app 'shop'; its manifests would not contain it."));
            Fixture own = new Fixture();
            own.web.mount(own.cfg, "/etc/web").env("LITERAL", "x");
            assertThat(own.violations()).extracting(Violation::rule).doesNotContain("reference.foreign");
        }

        @Test
        void unresolved_probe_port_and_portless_route_target() {
            Fixture f = new Fixture();
            f.web.livenessProbe(Probe.tcp("admin"));
            Violation v = f.only("reference.unresolved");
            assertThat(v.path()).isEqualTo("shop/webService:web/container:web/livenessProbe");
            assertThat(v.message()).contains("probes port 'admin', which web does not expose (it has http)");
            Fixture g = new Fixture();
            WebService portless = g.app.webService("portless", "my-repo/p:1" + Fixture.DIGEST).replicas(2)
                    .resources(Fixture.resources()).readinessProbe(Probe.exec("true"));
            g.ingress.route("/p", portless);
            assertThat(g.violations()).extracting(Violation::rule)
                    .containsExactly("ingress.path-order", "reference.unresolved", "port.missing");
        }
    }

    @Nested
    class Images_ {
        @Test
        void mutable_tags_are_errors() {
            Fixture f = new Fixture();
            f.app.webService("worker", "my-repo/worker:latest").replicas(2).port("http", 8080).resources(Fixture.resources());
            assertThat(f.violations()).extracting(Violation::rule).containsExactly("image.mutable-tag", "image.not-pinned");
            assertThat(f.violations().get(0).message()).contains("has the tag 'latest'");
        }

        @Test
        void unpinned_images_warn_by_default_and_fail_under_strict() {
            Fixture f = new Fixture();
            f.app.webService("worker", "my-repo/worker:1.2.3").replicas(2).port("http", 8080).resources(Fixture.resources());
            assertThat(f.only("image.not-pinned").severity()).isEqualTo(Severity.WARNING);
            f.app.policy(Policy.strict());
            assertThat(f.only("image.not-pinned").severity()).isEqualTo(Severity.ERROR);
        }

        @Test
        void untrusted_registries_are_errors_when_a_list_is_set() {
            Fixture f = new Fixture();
            f.app.policy(Policy.defaults().allowRegistries("my-repo"));
            Violation v = f.only("image.untrusted-registry");
            assertThat(v.path()).isEqualTo("shop/statefulStore:db/container:db/image");
            assertThat(v.message()).contains("docker.io/postgres").contains("[my-repo]");
            f.app.policy(Policy.defaults().allowRegistries("my-repo", "docker.io"));
            assertThat(f.violations()).isEmpty();
        }
    }

    @Nested
    class Names_ {
        @Test
        void a_workload_name_that_cannot_name_its_service_is_refused_at_once() {
            Fixture f = new Fixture();
            assertThatThrownBy(() -> f.app.webService("1st", "my-repo/x:1" + Fixture.DIGEST))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("webService name '1st' is not valid: it also names the Service, which must be a DNS-1035 label")
                    .hasMessageContaining("(e.g. 'x-1st')");
            assertThatThrownBy(() -> f.app.staticSite("web.v2", "my-repo/x:1" + Fixture.DIGEST))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(e.g. 'web-v2')");
            assertThatThrownBy(() -> f.app.statefulStore("s".repeat(64), "redis:7" + Fixture.DIGEST))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 63 characters");
            assertThat(f.violations()).isEmpty();
        }

        @Test
        void object_names_are_checked_as_the_api_server_does_with_the_fix_in_the_dsl_terms() {
            Fixture f = new Fixture();
            f.app.config("c".repeat(60) + "." + "c".repeat(60));
            Violation v = f.only("name.invalid");
            assertThat(v.path()).isEqualTo("shop/config:" + "c".repeat(60) + "." + "c".repeat(60) + "/labels");
            assertThat(v.message()).startsWith("label app.kubernetes.io/name has the value 'cccc").contains("(121 characters)");
            assertThat(v.fix()).isEqualTo("the value is the component's name: shorten it to 63 characters or fewer.");
        }

        @Test
        void statefulset_names_leave_room_for_the_revision_hash_and_configmaps_for_their_suffix() {
            Fixture f = new Fixture();
            f.app.statefulStore("s".repeat(53), "redis:7" + Fixture.DIGEST).ephemeral().port("redis", 6379).resources(Fixture.resources());
            assertThat(f.only("name.invalid").message()).contains("has 53 characters; at most 52");
            Fixture ok = new Fixture();
            ok.app.statefulStore("s".repeat(52), "redis:7" + Fixture.DIGEST).ephemeral().port("redis", 6379).resources(Fixture.resources());
            assertThat(ok.violations()).isEmpty();
            Fixture longName = new Fixture();
            String name = String.join(".", List.of("a".repeat(60), "b".repeat(60), "c".repeat(60), "d".repeat(63)));
            longName.app.config(name);
            assertThat(longName.violations()).filteredOn(x -> x.message().startsWith("ConfigMap name"))
                    .singleElement().satisfies(x -> {
                        assertThat(x.message()).contains("(257 characters) must be a DNS-1123 subdomain").contains("at most 253");
                        assertThat(x.fix()).isEqualTo("shorten the config name by 4 characters or more (the rendered name adds 11 to it).");
                    });
        }

        @Test
        void duplicates_across_components_that_render_the_same_object() {
            Fixture f = new Fixture();
            f.app.webService("db-read", "my-repo/x:1" + Fixture.DIGEST).replicas(2).port("http", 8080).resources(Fixture.resources());
            Violation v = f.only("name.duplicate");
            assertThat(v.path()).isEqualTo("shop/webService:db-read");
            assertThat(v.message()).isEqualTo("Service 'db-read' is already defined by shop/statefulStore:db; one would"
                    + " overwrite the other when applied.");
            Fixture hashed = new Fixture();
            // an unversioned config named exactly like the hash-versioned name of another
            String collision = "web-config-" + KustomizeHash.of(new java.util.TreeMap<>(java.util.Map.of("mode", "prod")));
            hashed.app.config(collision).unversioned();
            Violation clash = hashed.only("name.duplicate");
            assertThat(clash.path()).isEqualTo("shop/config:" + collision);
            assertThat(clash.message()).isEqualTo("ConfigMap '" + collision
                    + "' is already defined by shop/config:web-config; one would overwrite the other when applied.");
            Fixture twice = new Fixture();
            twice.app.externalSecret("db");
            assertThat(twice.only("name.duplicate").message()).contains("a secret named 'db'");
        }
    }

    @Nested
    class Workloads_ {
        @Test
        void stores_need_a_volume_unless_ephemeral() {
            Fixture f = new Fixture();
            f.app.statefulStore("cache", "redis:7" + Fixture.DIGEST).port("redis", 6379).resources(Fixture.resources());
            Violation v = f.only("store.volume-missing");
            assertThat(v.path()).isEqualTo("shop/statefulStore:cache");
            assertThat(v.fix()).contains(".ephemeral()");
        }

        @Test
        void routed_workloads_need_a_readiness_probe() {
            Fixture f = new Fixture();
            WebService api = f.app.webService("api", "my-repo/api:1" + Fixture.DIGEST).replicas(2).port("http", 8080)
                    .resources(Fixture.resources());
            f.ingress.route("/api", api);
            assertThat(f.violations()).extracting(Violation::rule).containsExactly("ingress.path-order", "probe.readiness-missing");
            Fixture unrouted = new Fixture();
            unrouted.app.webService("api", "my-repo/api:1" + Fixture.DIGEST).replicas(2).port("http", 8080).resources(Fixture.resources());
            assertThat(unrouted.violations()).isEmpty();
        }

        @Test
        void a_single_replica_web_service_warns() {
            Fixture f = new Fixture();
            f.web.replicas(1);
            assertThat(f.only("workload.single-replica").path()).isEqualTo("shop/webService:web/replicas");
            Fixture scaled = new Fixture();
            scaled.app.webService("w", "my-repo/w:1" + Fixture.DIGEST).port("http", 8080).resources(Fixture.resources())
                    .autoscale(Autoscaling.between(2, 3));
            assertThat(scaled.violations()).isEmpty();
        }
    }

    @Nested
    class RealApplications_ {
        @Test
        void a_cron_job_without_a_schedule_or_with_one_the_api_refuses() {
            Fixture f = new Fixture();
            f.app.cronJob("backup", "my-repo/backup:1" + Fixture.DIGEST).resources(Fixture.resources());
            Violation v = f.only("cronjob.schedule-invalid");
            assertThat(v.path()).isEqualTo("shop/cronJob:backup/schedule");
            assertThat(v.message()).isEqualTo("CronJob backup has no schedule; the API server refuses it.");
            Fixture included = new Fixture();
            io.fabric8.kubernetes.api.model.batch.v1.CronJob legacy = new io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder().withNewMetadata().withName("legacy")
                    .endMetadata().withNewSpec().withSchedule("*/5 * * * 8").withTimeZone("Mars/Olympus").withNewJobTemplate()
                    .withNewSpec().withNewTemplate().withNewMetadata().addToLabels("app", "legacy").endMetadata().withNewSpec().withRestartPolicy("Never").addNewContainer().withName("x")
                    .withImage("my-repo/x:1" + Fixture.DIGEST).withNewResources().withRequests(java.util.Map.of("cpu",
                            new io.fabric8.kubernetes.api.model.Quantity("10m"), "memory", new io.fabric8.kubernetes.api.model.Quantity("16Mi")))
                    .withLimits(java.util.Map.of("memory", new io.fabric8.kubernetes.api.model.Quantity("16Mi"))).endResources()
                    .endContainer().endSpec().endTemplate().endSpec().endJobTemplate().endSpec().build();
            Fixture.restricted(legacy.getSpec().getJobTemplate().getSpec().getTemplate().getSpec());
            included.app.include(legacy);
            included.app.include(Fixture.isolating("legacy"));
            assertThat(included.violations()).extracting(Violation::rule, Violation::path).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("cronjob.schedule-invalid", "shop/CronJob:legacy/schedule"),
                    org.assertj.core.groups.Tuple.tuple("cronjob.schedule-invalid", "shop/CronJob:legacy/timeZone"));
            assertThat(included.violations().get(0).message()).contains("day of week: end of range (8) above maximum (6)");
        }

        @Test
        void a_prestop_pause_as_long_as_the_grace_period() {
            Fixture f = new Fixture();
            f.web.preStop(java.time.Duration.ofSeconds(30));
            Violation v = f.only("lifecycle.prestop-exceeds-grace");
            assertThat(v.path()).isEqualTo("shop/webService:web/container:web/lifecycle/preStop");
            assertThat(v.message()).contains("pauses 30 s before stopping, but the pod's grace period is 30 s (Kubernetes' default)");
            f.web.terminationGracePeriod(java.time.Duration.ofSeconds(45));
            assertThat(f.violations()).isEmpty();
        }

        @Test
        void a_disruption_budget_that_never_allows_an_eviction() {
            Fixture f = new Fixture();
            f.app.include(new io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder().withNewMetadata()
                    .withName("strict").endMetadata().withNewSpec().withMinAvailable(new io.fabric8.kubernetes.api.model.IntOrString(2))
                    .withNewSelector().addToMatchLabels("app.kubernetes.io/name", "web").endSelector().endSpec().build());
            Violation v = f.only("pdb.blocks-eviction");
            assertThat(v.message()).contains("minAvailable is 2 and the selected pods number 2");
            Fixture ok = new Fixture();
            ok.web.replicas(3);
            ok.app.include(new io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder().withNewMetadata()
                    .withName("strict").endMetadata().withNewSpec().withMinAvailable(new io.fabric8.kubernetes.api.model.IntOrString(2))
                    .withNewSelector().addToMatchLabels("app.kubernetes.io/name", "web").endSelector().endSpec().build());
            assertThat(ok.violations()).isEmpty();
        }

        @Test
        void sidecars_and_init_containers_are_checked_like_the_main_container() {
            Fixture f = new Fixture();
            f.web.sidecar("proxy", "envoyproxy/envoy:v1.31.0" + Fixture.DIGEST, c -> c.resources(
                    Resources.of(Cpu.millis(200), Memory.mebibytes(64)).limits(Cpu.millis(100), Memory.mebibytes(64))));
            Violation v = f.only("resources.requests-exceed-limits");
            assertThat(v.path()).isEqualTo("shop/webService:web/initContainer:proxy/resources/cpu");
            Fixture latest = new Fixture();
            latest.web.initContainer("wait", "busybox:latest", c -> c.resources(Fixture.resources()));
            assertThat(latest.violations()).extracting(Violation::rule).contains("image.mutable-tag");
            assertThat(latest.violations()).filteredOn(x -> x.rule().equals("image.mutable-tag")).singleElement()
                    .extracting(Violation::path).isEqualTo("shop/webService:web/initContainer:wait/image");
        }

        @Test
        void jobs_without_resources_are_reported_like_any_container() {
            Fixture f = new Fixture();
            f.app.job("migrate", "my-repo/migrate:1" + Fixture.DIGEST);
            assertThat(f.violations()).extracting(Violation::rule, Violation::path).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("resources.requests-missing", "shop/job:migrate/container:migrate/resources"),
                    org.assertj.core.groups.Tuple.tuple("resources.memory-limit-missing", "shop/job:migrate/container:migrate/resources/memory"));
        }

        @Test
        void cron_job_and_job_names_leave_room_for_what_kubernetes_appends() {
            Fixture f = new Fixture();
            f.app.cronJob("c".repeat(53), "my-repo/c:1" + Fixture.DIGEST).resources(Fixture.resources()).schedule("@daily");
            assertThat(f.only("name.invalid").message()).contains("CronJob name").contains("at most 52");
            Fixture ok = new Fixture();
            ok.app.cronJob("c".repeat(52), "my-repo/c:1" + Fixture.DIGEST).resources(Fixture.resources()).schedule("@daily");
            assertThat(ok.violations()).isEmpty();
        }
    }
}
