package dev.shipshape.examples.apiserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.BatchJob;
import dev.shipshape.dsl.Config;
import dev.shipshape.dsl.Ingress;
import dev.shipshape.dsl.Routable;
import dev.shipshape.dsl.ScheduledJob;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.StatefulStore;
import dev.shipshape.dsl.StaticSite;
import dev.shipshape.dsl.WebService;
import dev.shipshape.dsl.Worker;
import dev.shipshape.examples.Journal;
import dev.shipshape.examples.JournalParameters;
import dev.shipshape.examples.MistakesGallery;
import dev.shipshape.examples.RenderJournal;
import dev.shipshape.internal.yaml.Serialization;
import dev.shipshape.model.Autoscaling;
import dev.shipshape.model.PathType;
import dev.shipshape.model.Probe;
import dev.shipshape.model.Resources;
import dev.shipshape.model.RollingUpdate;
import dev.shipshape.model.Toleration;
import dev.shipshape.render.Manifests;
import dev.shipshape.testing.TriesCap;
import dev.shipshape.testkit.ShipshapeArbitraries;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Memory;
import dev.shipshape.units.Storage;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Rules;
import dev.shipshape.validation.Violation;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * What {@code validate()} accepts, the API server accepts: every object of every app that {@code validate()} passes
 * also passes the {@link ApiServer} oracle (a port of the API server's own validation), for the examples, for
 * generated apps, and for generated apps aimed at the edges (shared paths and mount points, duplicate port names and
 * numbers, empty ingresses, IP and wildcard hosts, zero-byte volumes, keys starting with '..', many ports). The
 * converse is checked on the same objects: whatever the oracle rejects, {@code validate()} reports as an error.
 */
class ApiServerAgreementProperties {

    /** The oracle's errors for every object of the manifests. */
    static List<String> oracle(Manifests manifests) {
        List<String> errors = new ArrayList<>();
        for (HasMetadata o : manifests.objects()) {
            errors.addAll(ApiServer.validate(Serialization.json().writeValueAsString(o)));
        }
        return errors;
    }

    /** The objects Shipshape renders for {@code app} with every rule off, so even an app it would refuse renders. */
    static Manifests renderUnchecked(App app) {
        Policy saved = app.policy();
        Policy off = Policy.defaults();
        for (String id : Rules.ids()) {
            off = off.off(id, "render the objects the oracle compares against validate()");
        }
        app.policy(off);
        try {
            return app.render();
        } finally {
            app.policy(saved);
        }
    }

    private static boolean hasErrors(App app) {
        return app.validate().stream().anyMatch(Violation::isError);
    }

    @Test
    void the_journal_variants_pass_the_api_server() {
        for (JournalParameters p : RenderJournal.variants()) {
            assertThat(oracle(Journal.define(p).render())).as(p.toString()).isEmpty();
        }
    }

    /** Each gallery mistake: if the oracle rejects its objects, validate() reports an error (the converse is a rule's job). */
    @Test
    void every_gallery_mistake_the_api_server_rejects_is_an_error() {
        for (var e : MistakesGallery.mistakes().entrySet()) {
            App app = e.getValue().get();
            if (!oracle(renderUnchecked(app)).isEmpty()) {
                assertThat(hasErrors(app)).as(e.getKey()).isTrue();
            }
        }
    }

    @Provide
    Arbitrary<App> generated() {
        return ShipshapeArbitraries.apps().stores(0, 3).staticSites(0, 2);
    }

    @Property(tries = 300)
    void generated_apps_pass_the_api_server(@ForAll("generated") App app) {
        assertThat(oracle(app.render())).isEmpty();
    }

    @Provide
    Arbitrary<EdgeApp> edges() {
        return Arbitraries.longs().map(EdgeApp::build);
    }

    /** {@code validate()} without errors ⇒ the API server accepts every object; the API server rejects ⇒ an error. */
    @Property(tries = 1000, shrinking = ShrinkingMode.OFF)
    void edge_apps_agree_with_the_api_server(@ForAll("edges") EdgeApp edge) {
        boolean errors = hasErrors(edge.app());
        List<String> rejected = oracle(renderUnchecked(edge.app()));
        String outcome = !rejected.isEmpty() ? "API server rejects: validate() reports an error"
                : errors ? "API server accepts: validate() reports a best-practice error" : "both accept";
        Statistics.label("outcome").collect(outcome);
        Statistics.label("refused at once by the builders").collect(edge.refusals() > 0);
        Statistics.label("what the API server rejects first").collect(rejected.isEmpty() ? "nothing" : kindOf(rejected.get(0)));
        if (!TriesCap.capped()) {
            Statistics.label("outcome").coverage(c -> {
                c.check("API server rejects: validate() reports an error").percentage(p -> p >= 5);
                c.check("both accept").percentage(p -> p >= 5);
            });
            Statistics.label("refused at once by the builders").coverage(c -> c.check(true).percentage(p -> p >= 10));
        }
        if (!rejected.isEmpty()) {
            assertThat(errors).as("the API server rejects:\n%s\nbut validate() reports no error:\n%s\nfor %s",
                    String.join("\n", rejected), edge.app().validate(), edge.seed()).isTrue();
        } else if (!errors) {
            assertThat(oracle(edge.app().render())).isEmpty();
        }
    }

    /** {@code Service/x spec.ports[1]: Duplicate value…} → {@code Service spec.ports[]: Duplicate value}. */
    private static String kindOf(String error) {
        String kind = error.substring(0, error.indexOf('/'));
        String rest = error.substring(error.indexOf(' ') + 1).replaceAll("\\[[^]]*]", "[]").replaceAll("Pod/\\S+", "Pod");
        int colon = rest.indexOf(": ");
        String message = rest.substring(colon + 2).replaceAll("\\b[0-9]+\\b", "N");
        return kind + " " + rest.substring(0, colon) + ": " + message.substring(0, Math.min(message.length(), 40)).replaceAll("\"[^\"]*\"", "…");
    }

    /**
     * An app built from small pools of names, numbers, paths and hosts, so collisions are frequent; each builder call
     * that Shipshape refuses at once (IllegalArgumentException) is counted and skipped, as a user would fix it.
     *
     * @param seed     the seed it was built from, to reproduce it
     * @param app      the app
     * @param refusals how many builder calls were refused
     */
    record EdgeApp(long seed, App app, int refusals) {

        private static final String PINNED = "@sha256:" + "c".repeat(64);
        private static final int[] PORT_NUMBERS = {80, 8080, 8081, 9090};
        private static final String[] VOLUMES = {"data", "logs", "wal"};

        /** The pools values are drawn from: the hostile ones add what the API server or Shipshape refuses. */
        private enum Pools {
            CLEAN(new String[] {"http", "metrics", "grpc"}, new String[] {"/", "/api", "/api/v1", "/static"},
                    new String[] {"shop.example.com", "*.example.com", "a.example.com"}, new String[] {"/etc/a", "/etc/b", "/data"},
                    new String[] {"mode", "level", "a.b", "log_level"}, new String[] {"MODE", "LEVEL", "x.y"},
                    new String[] {"api", "web", "cache", "files", "db", "search", "queue", "indexer", "mailer", "migrate", "backup"},
                    new String[] {"proxy", "shipper", "wait"}, new String[] {"example.com/team", "tier"},
                    new String[] {"0 3 * * *", "@daily", "*/15 * * * *", "0 9-17 * * MON-FRI"}, new String[] {"UTC", "Europe/Berlin"},
                    new String[] {"backup"}),
            HOSTILE(new String[] {"http", "metrics", "grpc", "admin", "http-alt"},
                    new String[] {"/", "/api", "/api/", "/api/v1", "/a//b", "/x y", "api", "/static", "/./x", "/%2fx"},
                    new String[] {"shop.example.com", "*.example.com", "10.0.0.1", "a.example.com", "Shop.example.com"},
                    new String[] {"/etc/a", "/etc/b", "/data", "/var/lib/data"},
                    new String[] {"mode", "level", "..x", ".hidden", "a.b", "..", "log_level"},
                    new String[] {"MODE", "LEVEL", "..X", ".X", "API_TOKEN", "x.y"},
                    new String[] {"api", "web", "cache", "files", "db"},
                    new String[] {"proxy", "proxy", "api", "Wait", "shipper"},
                    new String[] {"example.com/team", "app.kubernetes.io/name", "shipshape.dev/x", "-bad", "tier"},
                    new String[] {"0 3 * * *", "@daily", "0 25 * * *", "* * * *", "TZ=UTC 0 3 * * *", "*/0 * * * *", "@every 1h"},
                    new String[] {"UTC", "Europe/Berlin", "Local", "Mars/Olympus"},
                    new String[] {"backup", "b".repeat(53), "backup"});

            final String[] portNames;
            final String[] paths;
            final String[] hosts;
            final String[] mounts;
            final String[] keys;
            final String[] env;
            final String[] names;
            final String[] containerNames;
            final String[] labelKeys;
            final String[] schedules;
            final String[] zones;
            final String[] cronNames;

            Pools(String[] portNames, String[] paths, String[] hosts, String[] mounts, String[] keys, String[] env, String[] names,
                  String[] containerNames, String[] labelKeys, String[] schedules, String[] zones, String[] cronNames) {
                this.portNames = portNames;
                this.paths = paths;
                this.hosts = hosts;
                this.mounts = mounts;
                this.keys = keys;
                this.env = env;
                this.names = names;
                this.containerNames = containerNames;
                this.labelKeys = labelKeys;
                this.schedules = schedules;
                this.zones = zones;
                this.cronNames = cronNames;
            }
        }

        static EdgeApp build(long seed) {
            Random r = new Random(seed);
            // half the apps draw only what a user would mean, so validate() has something to pass
            Pools p = r.nextBoolean() ? Pools.HOSTILE : Pools.CLEAN;
            boolean clean = p == Pools.CLEAN;
            App app = Shipshape.app("edge");
            int[] refusals = {0};
            List<String> names = new ArrayList<>(List.of(p.names));
            java.util.Collections.shuffle(names, r);
            java.util.Iterator<String> freshName = names.iterator();
            Supplier<String> name = () -> clean && freshName.hasNext() ? freshName.next() : pick(r, p.names);
            List<Routable> routable = new ArrayList<>();
            java.util.Map<Config, List<String>> configs = new java.util.LinkedHashMap<>();
            for (int i = r.nextInt(3); i > 0; i--) {
                Config c = app.config(clean ? "settings-" + i : pick(r, new String[] {"settings", "flags", "settings"}));
                List<String> keys = new ArrayList<>();
                for (int k = 1 + r.nextInt(3); k > 0; k--) {
                    String key = pick(r, p.keys);
                    if (attempt(refusals, () -> c.entry(key, "v" + r.nextInt(3))) != null) {
                        keys.add(key);
                    }
                }
                configs.put(c, keys);
            }
            for (int i = 1 + r.nextInt(3); i > 0; i--) {
                String n = name.get();
                WebService w = attempt(refusals, () -> app.webService(n, "my-repo/" + n + ":1" + PINNED));
                if (w != null) {
                    workload(r, p, w, configs, refusals);
                    if (r.nextInt(4) == 0) {
                        attempt(refusals, () -> clean ? w.autoscale(Autoscaling.between(2, 2 + r.nextInt(5)))
                                : w.autoscale(Autoscaling.between(1 + r.nextInt(3), 1 + r.nextInt(5))));
                    }
                    routable.add(w);
                }
            }
            for (int i = r.nextInt(3); i > 0; i--) {
                StatefulStore s = attempt(refusals, () -> app.statefulStore(name.get(), "redis:7.2" + PINNED));
                if (s != null) {
                    workload(r, p, s, configs, refusals);
                    for (int v = r.nextInt(4); v > 0; v--) {
                        Storage size = Storage.gibibytes(clean ? 1 + r.nextInt(3) : r.nextInt(3));
                        attempt(refusals, () -> s.volume(pick(r, VOLUMES), pick(r, p.mounts), size));
                    }
                    if (r.nextBoolean()) {
                        s.ephemeral();
                    }
                }
            }
            for (int i = r.nextInt(3); i > 0; i--) {
                Worker w = attempt(refusals, () -> app.worker(name.get(), "my-repo/worker:2" + PINNED));
                if (w != null) {
                    workload(r, p, w, configs, refusals);
                    if (r.nextInt(3) == 0) {
                        attempt(refusals, () -> w.autoscale(Autoscaling.between(1 + r.nextInt(2), 2 + r.nextInt(4))));
                    }
                }
            }
            for (int i = r.nextInt(2); i > 0; i--) {
                BatchJob j = attempt(refusals, () -> app.job(name.get(), "my-repo/migrate:1" + PINNED));
                if (j != null) {
                    pod(r, p, j, configs, refusals);
                    attempt(refusals, () -> j.backoffLimit(clean ? r.nextInt(7) : r.nextInt(9) - 2));
                    if (r.nextBoolean()) {
                        attempt(refusals, () -> j.ttlAfterFinished(Duration.ofMinutes(clean ? 1 + r.nextInt(60) : r.nextInt(60) - 5)));
                    }
                }
            }
            for (int i = r.nextInt(2); i > 0; i--) {
                ScheduledJob c = attempt(refusals, () -> app.cronJob(clean ? name.get() : pick(r, p.cronNames), "my-repo/backup:1" + PINNED));
                if (c != null) {
                    pod(r, p, c, configs, refusals);
                    if (clean || r.nextInt(4) > 0) {
                        attempt(refusals, () -> c.schedule(pick(r, p.schedules)));
                    }
                    if (r.nextBoolean()) {
                        attempt(refusals, () -> c.timeZone(pick(r, p.zones)));
                    }
                }
            }
            if (r.nextBoolean()) {
                StaticSite site = attempt(refusals, () -> app.staticSite(name.get(), "nginx:1.27" + PINNED));
                if (site != null) {
                    workload(r, p, site, configs, refusals);
                    routable.add(site);
                }
            }
            for (int i = r.nextInt(4); i > 0 && !routable.isEmpty(); i--) {
                Ingress ingress = app.ingress(clean ? "edge-" + i : pick(r, new String[] {"edge", "edge-b", "edge"}));
                if (r.nextInt(4) == 0) {
                    ingress.ingressClassName("internal");
                }
                if (clean) {
                    ingress.host("host-" + i + ".example.com");
                }
                List<String> paths = new ArrayList<>();
                for (int k = r.nextInt(5); k > 0; k--) {
                    paths.add(pick(r, p.paths));
                }
                if (clean) {   // most specific first, each once, as a user who read ingress.path-order writes them
                    paths = paths.stream().distinct().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
                }
                for (String path : paths) {
                    if (!clean && r.nextInt(3) == 0) {
                        attempt(refusals, () -> ingress.host(pick(r, p.hosts)));
                    }
                    Routable target = routable.get(r.nextInt(routable.size()));
                    PathType type = clean ? PathType.PREFIX : PathType.values()[r.nextInt(PathType.values().length)];
                    attempt(refusals, () -> !clean && r.nextInt(3) == 0 ? ingress.route(path, target, pick(r, p.portNames), type)
                            : ingress.route(path, target, type));
                }
            }
            return new EdgeApp(seed, app, refusals[0]);
        }

        private static void workload(Random r, Pools p, dev.shipshape.dsl.Workload<?> w, java.util.Map<Config, List<String>> configs,
                                     int[] refusals) {
            pod(r, p, w, configs, refusals);
            w.replicas(r.nextInt(4));
            if (r.nextInt(4) == 0) {
                attempt(refusals, () -> w.spreadAcrossZones(false));
            }
            if (w instanceof dev.shipshape.dsl.ServiceWorkload<?> exposed && r.nextInt(3) == 0) {
                expose(r, p, exposed, refusals);
            }
            if (w instanceof WebService web && r.nextInt(3) == 0) {
                attempt(refusals, () -> web.rollingUpdate(p == Pools.CLEAN ? RollingUpdate.pods(1, 0)
                        : new RollingUpdate(pick(r, new String[] {"0", "1", "25%", "0%", "150%"}), pick(r, new String[] {"0", "1", "25%", "0%", "150%"}))));
            }
        }

        private static final int[] NODE_PORTS = {30080, 30081, 32767};
        private static final int[] HOSTILE_NODE_PORTS = {30080, 30081, 8080, 32768, 0};

        /**
         * A load balancer (open, or limited to source ranges), node ports, a gRPC probe or a probe header; in the
         * hostile pool also what the API server refuses, set by a customization where the builders refuse it at once.
         */
        private static void expose(Random r, Pools p, dev.shipshape.dsl.ServiceWorkload<?> w, int[] refusals) {
            boolean clean = p == Pools.CLEAN;
            switch (r.nextInt(4)) {
                case 0 -> attempt(refusals, () -> r.nextBoolean() ? w.loadBalancer()
                        : w.loadBalancer(pick(r, clean ? new String[] {"203.0.113.0/24", "2001:db8::/32"}
                                : new String[] {"203.0.113.0/24", "10.0.0.1", "2001:db8::/33", "::/0"})));
                case 1 -> attempt(refusals, () -> w.nodePort(clean ? "http" : pick(r, p.portNames),
                        clean ? NODE_PORTS[r.nextInt(NODE_PORTS.length)] : HOSTILE_NODE_PORTS[r.nextInt(HOSTILE_NODE_PORTS.length)]));
                case 2 -> attempt(refusals, () -> w.livenessProbe(Probe.grpc(clean ? "http" : pick(r, p.portNames))));
                default -> attempt(refusals, () -> w.livenessProbe(Probe.http("/live", clean ? "http" : pick(r, p.portNames))
                        .header(clean ? "X-Probe" : pick(r, new String[] {"X-Probe", "X Probe", "X_Probe", ""}), "1")));
            }
            if (!clean && r.nextInt(4) == 0) {
                int nodePort = HOSTILE_NODE_PORTS[r.nextInt(HOSTILE_NODE_PORTS.length)];
                String range = pick(r, new String[] {"10.0.0.0/8", "10.0.0.1", " 10.0.0.0/8"});
                boolean port = r.nextBoolean();   // drawn now: the customization runs at every render
                w.customize(io.fabric8.kubernetes.api.model.Service.class, svc -> {
                    if (port && !svc.getSpec().getPorts().isEmpty()) {
                        svc.getSpec().getPorts().get(0).setNodePort(nodePort);
                    } else {
                        svc.getSpec().setLoadBalancerSourceRanges(new ArrayList<>(List.of(range)));
                    }
                });
            }
        }

        /** What every component that runs pods may get: its container and the pod options. */
        private static void pod(Random r, Pools p, dev.shipshape.dsl.PodComponent<?> w, java.util.Map<Config, List<String>> configs,
                                int[] refusals) {
            boolean clean = p == Pools.CLEAN;
            for (int x = r.nextInt(3); x > 0; x--) {
                String extra = pick(r, p.containerNames);
                boolean sidecar = r.nextBoolean();
                attempt(refusals, () -> sidecar
                        ? w.sidecar(extra, "my-repo/helper:1" + PINNED, c -> {
                            c.resources(Resources.of(Cpu.millis(10), Memory.mebibytes(16)).limits(Cpu.millis(clean ? 20 : 5 + r.nextInt(20)),
                                    Memory.mebibytes(16)));
                            if (r.nextBoolean()) {
                                c.port(pick(r, p.portNames), PORT_NUMBERS[r.nextInt(PORT_NUMBERS.length)]);
                            }
                        })
                        : w.initContainer(extra, "my-repo/helper:1" + PINNED, c -> c.resources(Resources.of(Cpu.millis(10),
                                Memory.mebibytes(16)).limits(Cpu.millis(20), Memory.mebibytes(16)))));
            }
            if (r.nextInt(3) == 0) {
                attempt(refusals, () -> w.label(pick(r, p.labelKeys), "v" + r.nextInt(3)));
                attempt(refusals, () -> w.annotation(pick(r, p.labelKeys), "note"));
            }
            if (r.nextInt(3) == 0) {
                attempt(refusals, () -> w.nodeSelector("disktype", pick(r, new String[] {"ssd", "hdd"})));
                attempt(refusals, () -> w.toleration(r.nextBoolean() ? Toleration.exists("gpu")
                        : Toleration.equal("dedicated", "batch", Toleration.NO_SCHEDULE)));
            }
            if (r.nextInt(3) == 0) {
                int grace = 10 + r.nextInt(40);
                int pause = clean ? 1 + r.nextInt(grace - 1) : 1 + r.nextInt(60);
                attempt(refusals, () -> w.preStop(Duration.ofSeconds(pause)).terminationGracePeriod(Duration.ofSeconds(grace)));
            }
            if (clean) {
                w.port("http", 8080);
            }
            for (int n = clean ? r.nextInt(2) : r.nextInt(5); n > 0; n--) {
                attempt(refusals, () -> w.port(pick(r, p.portNames), PORT_NUMBERS[r.nextInt(PORT_NUMBERS.length)]));
            }
            if (clean) {
                int cpu = 100 + r.nextInt(400);
                int memory = 64 + r.nextInt(64);
                w.resources(Resources.of(Cpu.millis(cpu), Memory.mebibytes(memory)).limits(Cpu.millis(2 * cpu), Memory.mebibytes(memory)));
                w.readinessProbe(Probe.http("/healthz", "http"));
            } else {
                if (r.nextInt(4) > 0) {
                    w.resources(Resources.of(Cpu.millis(100 + r.nextInt(400)), Memory.mebibytes(64 + r.nextInt(64)))
                            .limits(Cpu.millis(250 + r.nextInt(500)), Memory.mebibytes(64 + r.nextInt(128))));
                }
                if (r.nextBoolean()) {
                    w.readinessProbe(r.nextBoolean() ? Probe.http("/healthz", pick(r, p.portNames)) : Probe.tcp(pick(r, p.portNames)));
                }
            }
            List<Config> withKeys = configs.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(java.util.Map.Entry::getKey).toList();
            for (int e = r.nextInt(3); e > 0; e--) {
                if (!withKeys.isEmpty() && r.nextBoolean()) {
                    Config c = withKeys.get(r.nextInt(withKeys.size()));
                    List<String> keys = configs.get(c);
                    String key = clean ? keys.get(r.nextInt(keys.size())) : pick(r, p.keys);
                    attempt(refusals, () -> w.env(pick(r, p.env), c.key(key)));
                } else {
                    attempt(refusals, () -> w.env(pick(r, p.env), "v"));
                }
            }
            for (int m = r.nextInt(3); m > 0 && !configs.isEmpty(); m--) {
                Config c = new ArrayList<>(configs.keySet()).get(r.nextInt(configs.size()));
                attempt(refusals, () -> w.mount(c, pick(r, p.mounts)));
            }
        }

        private static String pick(Random r, String[] pool) {
            return pool[r.nextInt(pool.length)];
        }

        /** Runs a builder call; a refusal (IllegalArgumentException) is counted and yields null. */
        private static <T> T attempt(int[] refusals, Supplier<T> call) {
            try {
                return call.get();
            } catch (IllegalArgumentException refused) {
                refusals[0]++;
                return null;
            }
        }

        @Override
        public String toString() {
            return "EdgeApp(seed " + seed + ", " + refusals + " refused calls)";
        }
    }
}
