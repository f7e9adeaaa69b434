package dev.shipshape.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.render.Manifests;
import dev.shipshape.testing.RequiresTool;
import dev.shipshape.testing.Tool;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kubectl kustomize}, the tool users apply the output with, accepts the rendered directory as it is. */
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
}
