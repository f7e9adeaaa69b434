package dev.shipshape.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MistakesGalleryTest {

    @Test
    void every_mistake_in_the_gallery_is_reported_with_its_rule_and_fix() {
        Map<String, String> expected = Map.of(
                "Ingress routes '/' before '/api'", "[ingress.path-order]",
                "Ingress backend port that does not exist (a frontend without a port)", "[reference.unresolved]",
                "ConfigMap referenced but never defined (a key the config lacks)", "[config.missing-key]",
                "Secret key referenced but never defined", "[secret.missing-key]",
                "Images tagged latest", "[image.mutable-tag]",
                "ConfigMap edited in place (unversioned)", "[config.unversioned-name]",
                "Requests above limits", "[resources.requests-exceed-limits]",
                "Redis without persistent storage", "[store.volume-missing]",
                "Password as a literal env var", "[secret.literal-value]");
        assertThat(MistakesGallery.mistakes().keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        MistakesGallery.mistakes().forEach((title, app) -> {
            String report = MistakesGallery.report(app.get());
            assertThat(report).as(title).contains(expected.get(title)).contains("ERROR").contains("Fix: ");
        });
        assertThat(MistakesGallery.report(MistakesGallery.mistakes().get("Password as a literal env var").get()))
                .doesNotContain("hunter2");
    }
}
