package dev.shipshape.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.shipshape.dsl.Shipshape;
import dev.shipshape.validation.Policy;
import dev.shipshape.validation.Severity;
import dev.shipshape.validation.Violation;
import dev.shipshape.validation.YamlCheck;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The tests of {@link ApiUnchecked}: a custom resource is checked against its definition when that is among the inputs, else said unchecked. */
class ApiUncheckedTest extends YamlCheck {

    private static final String CRD = """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata: {name: widgets.example.com}
            spec:
              group: example.com
              names: {kind: Widget, plural: widgets}
              scope: Namespaced
              versions:
                - name: v1
                  served: true
                  storage: true
                  schema:
                    openAPIV3Schema:
                      type: object
                      properties:
                        spec:
                          type: object
                          required: [size]
                          properties:
                            size: {type: string, enum: [small, large]}
                            port: {x-kubernetes-int-or-string: true}
                            extra: {type: object, x-kubernetes-preserve-unknown-fields: true}
            """;

    @Test
    void a_custom_resource_is_checked_against_its_definition_when_that_is_among_the_inputs() throws IOException {
        Path widget = write("crs/widget.yaml", """
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: w}
                spec: {size: medium, port: http, extra: {anything: [1]}, colour: red}
                ---
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: fine}
                spec: {size: small, port: 80}
                """);
        // without the definition: information, not an error, and strict leaves it so
        assertThat(Shipshape.check(Policy.strict(), widget)).filteredOn(v -> v.rule().startsWith("api."))
                .extracting(Violation::rule, Violation::severity)
                .containsExactly(tuple("api.unchecked", Severity.INFO), tuple("api.unchecked", Severity.INFO));
        Path crd = write("crds/widget.yaml", CRD);
        String w = widget + "#L1/Widget:w/";
        assertThat(api(Shipshape.check(crd, widget))).extracting(Violation::rule, Violation::path, Violation::message)
                .containsExactly(
                        tuple("api.field-unknown", w + "spec.colour", "line 4: unknown field \"colour\"; kubectl apply refuses"
                                + " it under strict field validation, other clients drop it silently."),
                        tuple("api.value-unsupported", w + "spec.size", "line 4: Unsupported value: \"medium\": supported"
                                + " values: \"large\", \"small\"."));
    }

    @Test
    void a_definition_without_the_version_or_its_schema_leaves_the_resource_unchecked_and_says_why() throws IOException {
        Path dir = tmp.resolve("partial");
        write("partial/crd.yaml", """
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: {name: gadgets.example.com}
                spec:
                  group: example.com
                  names: {kind: Gadget, plural: gadgets}
                  scope: Namespaced
                  versions:
                    - {name: v1, served: true, storage: true}
                """);
        write("partial/gadgets.yaml", """
                apiVersion: example.com/v1
                kind: Gadget
                metadata: {name: one}
                ---
                apiVersion: example.com/v2
                kind: Gadget
                metadata: {name: two}
                ---
                apiVersion: other.example.com/v1
                kind: Gadget
                metadata: {name: three}
                """);
        assertThat(Shipshape.check(dir)).filteredOn(v -> v.rule().equals("api.unchecked")).extracting(Violation::message)
                .containsExactly(
                        "example.com/v1 Gadget is not a built-in kind and was not checked against a schema: its"
                                + " CustomResourceDefinition gadgets.example.com has no openAPIV3Schema for v1.",
                        "example.com/v2 Gadget is not a built-in kind and was not checked against a schema: its"
                                + " CustomResourceDefinition gadgets.example.com does not serve version v2.",
                        "other.example.com/v1 Gadget is not a built-in kind and was not checked against a schema: its"
                                + " CustomResourceDefinition (gadgets.other.example.com) is not among the inputs.");
    }
}
