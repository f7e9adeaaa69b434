package dev.shipshape.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.examples.JournalParameters.Environment;
import dev.shipshape.examples.JournalParameters.Region;
import dev.shipshape.render.Manifests;
import dev.shipshape.testing.Tool;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path tmp;

    @Test
    void the_gateway_variant_differs_from_prod_eu_in_its_routing_alone() {
        Manifests ingress = Journal.define(JournalParameters.europe()).render();
        Manifests gateway = Journal.define(JournalParameters.europe().withGateway()).render();
        assertThat(gateway.warnings()).isEmpty();
        java.util.function.Function<Manifests, List<String>> kinds = m -> m.objects().stream()
                .map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList();
        List<String> expected = new java.util.ArrayList<>(kinds.apply(ingress));
        expected.remove("Ingress/frontend-ingress");
        expected.add("HTTPRoute/frontend");
        assertThat(kinds.apply(gateway)).containsExactlyElementsOf(expected);
        io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute route = gateway.objects().stream()
                .filter(io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute.class::isInstance)
                .map(io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute.class::cast).findFirst().orElseThrow();
        assertThat(route.getSpec().getHostnames()).containsExactly("journal.example.eu");
        assertThat(route.getSpec().getParentRefs()).singleElement().satisfies(p -> {
            assertThat(p.getNamespace()).isEqualTo("infra");
            assertThat(p.getName()).isEqualTo("public");
            assertThat(p.getSectionName()).isEqualTo("https");
        });
        assertThat(route.getSpec().getRules()).extracting(r -> r.getMatches().get(0).getPath().getValue())
                .containsExactly("/api", "/");
        assertThat(route.getSpec().getRules()).extracting(r -> r.getBackendRefs().get(0).getName() + ":"
                + r.getBackendRefs().get(0).getPort()).containsExactly("frontend:8080", "fileserver:80");
        // moving from the Ingress to the HTTPRoute rolls no workload
        dev.shipshape.render.RolloutDiff move = gateway.diff(ingress);
        assertThat(move.rolls()).isEmpty();
        assertThat(move.changes()).extracting(c -> c.change() + " " + c.kind() + "/" + c.name())
                .contains("REMOVED Ingress/frontend-ingress", "ADDED HTTPRoute/frontend", "CHANGED NetworkPolicy/frontend",
                        "CHANGED NetworkPolicy/fileserver")
                .filteredOn(c -> !c.contains("NetworkPolicy")).hasSize(2);
        assertThat(move.describe()).contains("no workload rolls");
        // everything but the routing and the policies admitting it is byte for byte the same
        for (int i = 0; i < ingress.size(); i++) {
            io.fabric8.kubernetes.api.model.HasMetadata o = ingress.objects().get(i);
            if (!o.getKind().equals("Ingress") && !o.getKind().equals("NetworkPolicy")) {
                assertThat(gateway.documents()).contains(ingress.documents().get(i));
            }
        }
    }

    @Test
    void four_variants_differ_where_their_parameters_do() {
        assertThat(RenderJournal.variants()).extracting(JournalParameters::variant)
                .containsExactly("dev-eu", "dev-cn", "prod-eu", "prod-cn", "prod-eu-gateway");
        Manifests eu = Journal.define(JournalParameters.of(Environment.PROD, Region.EU)).render();
        Manifests cn = Journal.define(JournalParameters.of(Environment.PROD, Region.CN)).render();
        Manifests dev = Journal.define(JournalParameters.of(Environment.DEV, Region.EU)).render();
        assertThat(eu.warnings()).isEmpty();   // prod: strict policy, pinned images from allowed registries
        assertThat(cn.warnings()).isEmpty();
        // dev: tags without digests for the frontend, the file server, Redis, the migration and the backup
        assertThat(dev.warnings()).extracting(v -> v.rule()).containsOnly("image.not-pinned").hasSize(5);
        assertThat(config(eu).getData()).containsEntry("holidayScreen", "easter").containsEntry("journalEntries", "10");
        assertThat(config(cn).getData()).containsEntry("holidayScreen", "spring-festival");
        assertThat(config(eu).getMetadata().getName()).isNotEqualTo(config(cn).getMetadata().getName());
        assertThat(ingress(eu).getSpec().getRules().get(0).getHost()).isEqualTo("journal.example.eu");
        assertThat(ingress(cn).getSpec().getRules().get(0).getHost()).isEqualTo("journal.example.cn");
        assertThat(ingress(dev).getSpec().getRules().get(0).getHost()).isEqualTo("dev.journal.example.eu");
        assertThat(ingress(eu).getSpec().getRules().get(0).getHttp().getPaths()).extracting(p -> p.getPath())
                .containsExactly("/api", "/");
    }

    @Test
    void prod_refuses_unpinned_images_under_its_strict_policy() {
        JournalParameters p = JournalParameters.of(Environment.PROD, Region.EU);
        JournalParameters unpinned = new JournalParameters(p.variant(), p.region(), p.host(), p.holidayScreen(), p.journalEntries(),
                "my-repo/journal-server:v1.0.1-bfeda01f", p.fileserverImage(), p.redisImage(), p.frontendMin(), p.frontendMax(),
                p.frontendResources(), p.redisReplicas(), p.redisVolume(), true);
        assertThat(Journal.define(unpinned).validate()).anyMatch(v -> v.rule().equals("image.not-pinned") && v.isError());
    }

    @Test
    void the_summary_explains_the_autoscaler() {
        Manifests eu = Journal.define(JournalParameters.europe()).render();
        assertThat(eu.autoscalingExplanations()).containsExactly("frontend scales between 2 and 10 replicas: out when average"
                + " cpu per pod stays above 400m (80% of its 500m request; with the HPA's 10% tolerance it acts above 440m);"
                + " the 1 cpu limit allows bursts to 200% of the request.");
    }

    @Test
    void the_main_command_writes_every_variant_and_on_a_second_run_reports_the_rollout_impact() throws IOException {
        String first = runMain();
        assertThat(first).contains("journal/prod-eu: 28 objects (1 Namespace, 5 ServiceAccount, 1 ConfigMap, 4 Service,"
                + " 2 Deployment, 1 StatefulSet, 1 Job, 1 CronJob, 1 HorizontalPodAutoscaler, 3 PodDisruptionBudget,"
                + " 7 NetworkPolicy, 1 Ingress), 0 warning(s)");
        assertThat(first).contains("wrote 30 files to " + tmp.resolve("prod-eu")).contains("journal/dev-cn:")
                .contains("WARNING [image.not-pinned] container:frontend/image")
                .contains("frontend scales between 2 and 10 replicas").doesNotContain("since the previous render");
        assertThat(tmp.resolve("prod-eu/topology.md")).exists();
        String expected = Journal.define(JournalParameters.europe()).render().documents().get(0);
        assertThat(Files.readString(tmp.resolve("prod-eu/namespace-journal.yaml"))).isEqualTo(expected);

        assertThat(runMain()).contains("since the previous render: no changes since the previous render");

        System.setProperty("journal.entries", "20");
        try {
            String third = runMain();
            assertThat(third).contains("ConfigMap frontend-config-")
                    .contains("(content of config frontend-config changed)")
                    .contains("Deployment/frontend rolls: reads ConfigMap frontend-config-");
        } finally {
            System.clearProperty("journal.entries");
        }
    }

    private String runMain() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            RenderJournal.main(new String[] {tmp.toString()});
        } finally {
            System.setOut(old);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /** The single-file script of the README runs with the documented classpath. */
    @DisabledIfSystemProperty(named = Tool.OUT_OF_PROCESS, matches = Tool.SKIP,
            disabledReason = "runs outside this JVM, where the mutants under test are not")
    @Test
    void the_single_file_script_renders_and_reports_changes() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path script = Path.of("scripts", "RenderJournal.java");
        Path out = tmp.resolve("script-out");
        Result first = run(java, "-cp", System.getProperty("java.class.path"), script.toString(), out.toString());
        assertThat(first.exitCode).as(first.output).isZero();
        // dev-eu: one Redis replica, so no PodDisruptionBudget for it: 27 objects with the migration and the backup,
        // a ServiceAccount per workload and the NetworkPolicies (default deny, DNS, one per workload)
        assertThat(first.output).contains("first render: 27 objects added\n").contains("wrote 27 objects to")
                .doesNotContain("rolls");
        Result second = run(java, "-cp", System.getProperty("java.class.path"), script.toString(), out.toString());
        assertThat(second.output).contains("no changes since the previous render");
    }

    record Result(int exitCode, String output) {
    }

    static Result run(String... cmd) throws Exception {
        try {
            Process p = new ProcessBuilder(new ArrayList<>(List.of(cmd))).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(120, TimeUnit.SECONDS) ? new Result(p.exitValue(), out) : new Result(-1, out);
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        }
    }

    private static ConfigMap config(Manifests m) {
        return (ConfigMap) m.objects().stream().filter(o -> o instanceof ConfigMap).findFirst().orElseThrow();
    }

    private static Ingress ingress(Manifests m) {
        return (Ingress) m.objects().stream().filter(o -> o instanceof Ingress).findFirst().orElseThrow();
    }
}
