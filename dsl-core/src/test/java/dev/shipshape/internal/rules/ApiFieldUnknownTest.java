package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.shipshape.validation.Violation;
import dev.shipshape.validation.YamlCheck;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests of {@link ApiFieldUnknown}: a field the schema does not have, with the nearest name when one is near. */
class ApiFieldUnknownTest extends YamlCheck {

    @Test
    void a_typo_is_named_with_the_field_it_meant_and_a_field_far_from_any_is_named_alone() throws IOException {
        List<Violation> found = found("api.field-unknown", """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: c, lables: {a: b}}
                data: {a: b}
                whatever: 1
                """);
        assertThat(found).extracting(Violation::path, Violation::message, Violation::fix).containsExactly(
                tuple(tmp.resolve("o.yaml") + "#L1/ConfigMap:c/metadata.lables", "line 3: unknown field \"lables\" (did you"
                        + " mean \"labels\"?); kubectl apply refuses it under strict field validation, other clients drop it"
                        + " silently.", "rename it as suggested."),
                tuple(tmp.resolve("o.yaml") + "#L1/ConfigMap:c/whatever", "line 5: unknown field \"whatever\"; kubectl apply"
                        + " refuses it under strict field validation, other clients drop it silently.",
                        "remove it, or move it where it belongs."));
    }

    @Test
    void maps_take_any_key_and_status_is_part_of_the_schema() throws IOException {
        assertThat(found("api.field-unknown", """
                apiVersion: v1
                kind: Service
                metadata: {name: s, labels: {anything: x}, annotations: {any.thing/goes: y}}
                spec: {selector: {free: key}, ports: [{port: 80}]}
                status: {loadBalancer: {}}
                """)).isEmpty();
    }
}
