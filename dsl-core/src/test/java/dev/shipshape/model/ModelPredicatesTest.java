package dev.shipshape.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Shipshape;
import dev.shipshape.dsl.WebService;
import dev.shipshape.units.Cpu;
import dev.shipshape.units.Image;
import dev.shipshape.units.Memory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The yes/no questions the model answers, each both ways, and the one container rule the model itself enforces. */
class ModelPredicatesTest {

    private static final String IMAGE = "my-repo/x:1@sha256:" + "a".repeat(64);
    private static final Resources R = Resources.of(Cpu.millis(100), Memory.mebibytes(64)).limits(Cpu.millis(200), Memory.mebibytes(64));

    private static WebService web(App app) {
        return app.webService("web", IMAGE).replicas(2).port("http", 8080).resources(R).readinessProbe(Probe.http("/", "http"));
    }

    /** A class that adds a container of {@code method} ({@code sidecar} or {@code initContainer}) and calls {@code call} on it. */
    private static String snippet(String method, String call) {
        return "import dev.shipshape.dsl.Shipshape;\nimport dev.shipshape.model.Probe;\n"
                + "class Snippet { void define() { Shipshape.app(\"shop\").webService(\"web\", \"nginx:1.27.0\")"
                + "." + method + "(\"extra\", \"busybox:1.36.1\", c -> c." + call + "); } }";
    }

    @Test
    void init_containers_have_no_probe_methods_and_sidecars_take_every_kind() {
        for (String kind : List.of("readiness", "liveness", "startup")) {
            String probe = kind + "Probe(Probe.exec(\"true\"))";
            assertThat(Compiler.errors(snippet("initContainer", probe))).as(kind)
                    .anySatisfy(e -> assertThat(e).contains("cannot find symbol").contains(kind + "Probe"));
            assertThat(Compiler.errors(snippet("sidecar", probe))).as(kind).isEmpty();
            App sidecar = Shipshape.app("shop");
            web(sidecar).sidecar("proxy", IMAGE, c -> c.resources(R).readinessProbe(Probe.exec("true")));
            assertThat(sidecar.model().workloads().get(0).sidecars()).extracting(ContainerSpec::name).containsExactly("proxy");
        }
        // the model refuses the same when built without the DSL
        Image image = Image.parse(IMAGE);
        Optional<Probe> some = Optional.of(Probe.exec("true"));
        List<List<Optional<Probe>>> cases = List.of(List.of(some, Optional.empty(), Optional.empty()),
                List.of(Optional.empty(), some, Optional.empty()), List.of(Optional.empty(), Optional.empty(), some));
        for (List<Optional<Probe>> c : cases) {
            assertThatThrownBy(() -> new ContainerSpec("setup", ContainerSpec.Role.INIT, image, List.of(), R, List.of(), List.of(),
                    c.get(0), c.get(1), c.get(2), List.of(), List.of(), ContainerSecurity.restricted(), List.of()))
                    .hasMessage("init container setup runs to completion before the others start; it cannot have probes"
                            + " (make it a sidecar if it must keep running)");
            assertThat(new ContainerSpec("proxy", ContainerSpec.Role.SIDECAR, image, List.of(), R, List.of(), List.of(),
                    c.get(0), c.get(1), c.get(2), List.of(), List.of(), ContainerSecurity.restricted(), List.of()).name()).isEqualTo("proxy");
        }
    }

    @Test
    void env_vars_resources_secrets_waivers_and_kinds_answer_both_ways() {
        App app = Shipshape.app("shop");
        web(app).env("LOG_LEVEL", "debug").env("DB_PASSWORD", app.externalSecret("db", "password").key("password"))
                .waive("workload.single-replica", "one is enough here");
        app.externalSecret("opaque");
        AppSpec model = app.model();
        WorkloadSpec w = model.workloads().get(0);
        assertThat(w.env()).filteredOn(EnvVarSpec::looksSecret).extracting(EnvVarSpec::name).containsExactly("DB_PASSWORD");
        assertThat(R.isEmpty()).isFalse();
        assertThat(Resources.none().isEmpty()).isTrue();
        assertThat(model.secrets()).filteredOn(SecretSpec::keysDeclared).extracting(SecretSpec::name).containsExactly("db");
        assertThat(model.waived(w.id(), "workload.single-replica")).isTrue();
        assertThat(model.waived(w.id(), "image.not-pinned")).isFalse();
        assertThat(Arrays.stream(ComponentKind.values()).filter(ComponentKind::isBatch))
                .containsExactly(ComponentKind.JOB, ComponentKind.CRON_JOB);
    }

    @Test
    void only_a_store_says_it_keeps_no_data_or_serves_reads_and_only_when_asked() {
        App app = Shipshape.app("shop");
        web(app);
        app.worker("jobs", IMAGE).resources(R);
        app.staticSite("files", IMAGE).resources(R);
        app.statefulStore("db", IMAGE).port("pg", 5432).resources(R);
        app.statefulStore("cache", IMAGE).port("redis", 6379).resources(R).ephemeral();
        Map<String, List<Boolean>> flags = new LinkedHashMap<>();
        for (WorkloadSpec w : app.model().workloads()) {
            flags.put(w.name(), List.of(w.ephemeral(), w.readService()));
        }
        assertThat(flags).containsOnly(Map.entry("web", List.of(false, false)), Map.entry("jobs", List.of(false, false)),
                Map.entry("files", List.of(false, false)), Map.entry("db", List.of(false, true)),
                Map.entry("cache", List.of(true, true)));
    }
}
