package dev.shipshape.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipshape.validation.Severity;
import dev.shipshape.validation.Violation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocatedTest {

    private static Violation at(String path, String message) {
        return new Violation("resources.requests-exceed-limits", Severity.ERROR, path, message, "fix it.");
    }

    @Test
    void the_longest_file_a_path_starts_with_wins_whatever_the_order_the_files_come_in() {
        // a directory named like a document marker: k8s/x#L2/y.yaml is a file below the directory "k8s/x#L2"
        List<String> files = List.of("k8s/x", "k8s/x#L2/y.yaml");
        Located l = Located.all(List.of(at("k8s/x#L2/y.yaml#L5/Deployment:d", "request 2 exceeds limit 1.")), files).get(0);
        assertThat(l.file()).contains("k8s/x#L2/y.yaml");
        assertThat(l.line()).isEqualTo(5);
        assertThat(l.group()).isEqualTo("k8s/x#L2/y.yaml");
    }

    @Test
    void the_fields_own_line_when_the_rule_gives_it() {
        Located l = Located.all(List.of(at("a.yaml#L3/Deployment:d/spec.x", "line 17: unknown field \"x\"")),
                List.of("a.yaml")).get(0);
        assertThat(l.line()).isEqualTo(17);
        Located mentioned = Located.all(List.of(at("a.yaml#L3/Deployment:d", "see line 17: no")), List.of("a.yaml")).get(0);
        assertThat(mentioned.line()).as("only a message that starts with it").isEqualTo(3);
    }

    @Test
    void a_whole_file_has_no_line_and_a_document_marker_alone_is_a_line() {
        assertThat(Located.all(List.of(at("a.yaml", "not UTF-8")), List.of("a.yaml")).get(0))
                .isEqualTo(new Located(at("a.yaml", "not UTF-8"), Optional.of("a.yaml"), 0, "a.yaml"));
        assertThat(Located.all(List.of(at("a.yaml#L9", "not YAML")), List.of("a.yaml")).get(0).line()).isEqualTo(9);
        // a file whose name only starts like another's is not it
        Located other = Located.all(List.of(at("a.yamlx#L1/ConfigMap:c", "m")), List.of("a.yaml")).get(0);
        assertThat(other.file()).isEmpty();
        assertThat(Located.all(List.of(at("a.yaml#Lx/ConfigMap:c", "m")), List.of("a.yaml")).get(0).file()).isEmpty();
    }

    @Test
    void an_apps_violation_belongs_to_its_component() {
        Located l = Located.all(List.of(at("shop/webService:web/container:web/resources/cpu", "m")), List.of()).get(0);
        assertThat(l.file()).isEmpty();
        assertThat(l.line()).isZero();
        assertThat(l.group()).isEqualTo("shop/webService:web");
        assertThat(dev.shipshape.internal.objects.Place.component("shop")).isEqualTo("shop");
        assertThat(dev.shipshape.internal.objects.Place.component("shop/webService:web")).isEqualTo("shop/webService:web");
        assertThat(dev.shipshape.internal.objects.Place.component("/a/b")).isEqualTo("/a");
    }
}
