package dev.shipshape.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.render.Manifests;
import dev.shipshape.testing.RequiresTool;
import dev.shipshape.testing.Tool;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kubectl kustomize}, the tool users apply the output with, accepts the rendered directory as it is, and reads
 * the values in it as they were given.
 */
@RequiresTool(Tool.KUBECTL)
class KustomizeAcceptanceTest {

    @TempDir
    Path tmp;

    @Test
    void kubectl_kustomize_accepts_the_rendered_directory() throws Exception {
        Manifests eu = Journal.define(JournalParameters.europe()).render();
        eu.writeTo(tmp.resolve("eu"));
        JournalTest.Result r = JournalTest.run("kubectl", "kustomize", tmp.resolve("eu").toString());
        assertThat(r.exitCode()).as(r.output()).isZero();
        for (HasMetadata o : eu.objects()) {
            assertThat(r.output()).contains("name: " + o.getMetadata().getName());
        }
    }

    /**
     * A config value holding a character YAML 1.1 reads as a line break (NEL, LS, PS) reaches kubectl as it was given:
     * kubectl reads the rendered ConfigMap's value as it reads the same value written by hand, double-quoted with every
     * character outside printable ASCII escaped. Jackson wrote these raw, and kubectl failed ("could not find expected
     * ':'") or read {@code null}.
     */
    @Test
    void values_holding_yaml_1_1_line_breaks_reach_kubectl_as_given() throws Exception {
        List<String> values = List.of("\u0085", "\u0085a", " \u0085", "a\u2028b", "c\u2029d", "a\nb\u0085c", "x\ny\u2028z",
                "easter", "", "null", "a\nb");
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            Path rendered = tmp.resolve("rendered-" + i);
            Journal.define(JournalParameters.europe().withHolidayScreen(v)).render().writeTo(rendered);
            Path reference = tmp.resolve("reference-" + i);
            Files.createDirectories(reference);
            Files.writeString(reference.resolve("kustomization.yaml"), "resources:\n- config.yaml\n");
            Files.writeString(reference.resolve("config.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: reference\n"
                    + "data:\n  holidayScreen: \"" + escaped(v) + "\"\n  journalEntries: \"0\"\n");
            assertThat(holidayScreen(rendered)).as("value %d", i).isEqualTo(holidayScreen(reference));
        }
    }

    /** The {@code holidayScreen} entry as kubectl writes it after reading the directory. */
    private static String holidayScreen(Path dir) throws Exception {
        JournalTest.Result r = JournalTest.run("kubectl", "kustomize", dir.toString());
        assertThat(r.exitCode()).as(r.output()).isZero();
        int from = r.output().indexOf("  holidayScreen:");
        int to = r.output().indexOf("  journalEntries:", from);
        assertThat(from).as(r.output()).isNotNegative();
        assertThat(to).as(r.output()).isGreaterThan(from);
        return r.output().substring(from, to);
    }

    /** {@code s} in a YAML double-quoted scalar with every character outside printable ASCII escaped. */
    private static String escaped(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
