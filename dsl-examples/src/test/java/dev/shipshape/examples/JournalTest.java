package dev.shipshape.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.render.Manifests;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path tmp;

    @Test
    void both_variants_render_with_only_pinning_warnings_and_differ_where_the_parameters_do() {
        Manifests eu = Journal.define(JournalParameters.europe()).render();
        Manifests cn = Journal.define(JournalParameters.china()).render();
        // the example images carry tags, not digests: the only warnings are image.not-pinned, one per workload
        assertThat(eu.warnings()).extracting(v -> v.rule()).containsOnly("image.not-pinned").hasSize(3);
        assertThat(cn.warnings()).extracting(v -> v.rule()).containsOnly("image.not-pinned").hasSize(3);
        assertThat(config(eu).getData()).containsEntry("holidayScreen", "easter").containsEntry("journalEntries", "10");
        assertThat(config(cn).getData()).containsEntry("holidayScreen", "spring-festival");
        assertThat(config(eu).getMetadata().getName()).isNotEqualTo(config(cn).getMetadata().getName());
        assertThat(ingress(eu).getSpec().getRules().get(0).getHost()).isEqualTo("journal.example.eu");
        assertThat(ingress(cn).getSpec().getRules().get(0).getHost()).isEqualTo("journal.example.cn");
        assertThat(ingress(eu).getSpec().getRules().get(0).getHttp().getPaths()).extracting(p -> p.getPath())
                .containsExactly("/api", "/");
    }

    @Test
    void the_main_command_writes_both_variants_and_prints_a_summary() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            RenderJournal.main(new String[] {tmp.toString()});
        } finally {
            System.setOut(old);
        }
        String out = buffer.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("journal/eu: 14 objects (1 Namespace, 1 ConfigMap, 4 Service, 2 Deployment,"
                + " 1 StatefulSet, 1 HorizontalPodAutoscaler, 3 PodDisruptionBudget, 1 Ingress), 3 warning(s)");
        assertThat(out).contains("WARNING [image.not-pinned] container:frontend/image");
        assertThat(out).contains("wrote 15 files to " + tmp.resolve("eu")).contains("journal/cn:");
        String expected = Journal.define(JournalParameters.europe()).render().documents().get(0);
        assertThat(Files.readString(tmp.resolve("eu/namespace-journal.yaml"))).isEqualTo(expected);
    }

    /** {@code kubectl kustomize} (on the dev machine and in CI) must accept the directory as it is. */
    @Test
    void kubectl_kustomize_accepts_the_rendered_directory() throws Exception {
        Assumptions.assumeTrue(kubectl("version", "--client").exitCode == 0, "kubectl not on PATH");
        Manifests eu = Journal.define(JournalParameters.europe()).render();
        eu.writeTo(tmp.resolve("eu"));
        Result r = kubectl("kustomize", tmp.resolve("eu").toString());
        assertThat(r.exitCode).as(r.output).isZero();
        for (HasMetadata o : eu.objects()) {
            assertThat(r.output).contains("name: " + o.getMetadata().getName());
        }
    }

    record Result(int exitCode, String output) {
    }

    private static Result kubectl(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("kubectl"));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(60, TimeUnit.SECONDS) ? new Result(p.exitValue(), out) : new Result(-1, out);
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
