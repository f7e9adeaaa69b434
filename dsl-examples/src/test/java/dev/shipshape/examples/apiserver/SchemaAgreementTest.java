package dev.shipshape.examples.apiserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.annotations.SerializedName;
import dev.shipshape.internal.schema.KubernetesSchemas;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Kubernetes 1.33 schema Shipshape ships (trimmed from the release's OpenAPI document) against the official Java
 * client's models generated from the same release ({@code client-java-api} 24.0.0): every definition the client has a
 * model of has the same fields and the same required fields. An oracle nobody on the team wrote, for the data the
 * {@code api.*} rules read.
 */
class SchemaAgreementTest {

    /** The release client-java-api 24.0.0 is generated from (its commit "Automated openapi generation from release-1.33"). */
    static final String RELEASE = "1.33";

    @Test
    void every_definition_has_the_fields_and_required_fields_of_the_official_client_model() throws Exception {
        KubernetesSchemas k8s = KubernetesSchemas.of(RELEASE);
        JsonNode definitions = k8s.definitions();
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        for (String name : definitions.propertyNames()) {
            String[] parts = name.split("\\.");
            String version = parts[parts.length - 2];
            if (!version.matches("v\\d.*") || !name.startsWith("io.k8s.api.")) {
                continue;
            }
            Class<?> model;
            try {
                model = Class.forName("io.kubernetes.client.openapi.models." + Character.toUpperCase(version.charAt(0))
                        + version.substring(1) + parts[parts.length - 1]);
            } catch (ClassNotFoundException e) {
                continue;
            }
            compared++;
            JsonNode definition = definitions.get(name);
            Set<String> fields = new TreeSet<>(definition.path("properties").propertyNames());
            Set<String> modelFields = new TreeSet<>();
            for (Field f : model.getDeclaredFields()) {
                if (f.getAnnotation(SerializedName.class) != null) {
                    modelFields.add(f.getAnnotation(SerializedName.class).value());
                }
            }
            Set<String> required = new TreeSet<>();
            definition.path("required").forEach(r -> required.add(r.asString()));
            Field req = model.getDeclaredField("openapiRequiredFields");
            req.setAccessible(true);
            @SuppressWarnings("unchecked")
            Set<String> modelRequired = new TreeSet<>((Set<String>) req.get(null));
            if (!fields.equals(modelFields)) {
                disagreements.add(name + " fields " + fields + " vs " + modelFields);
            }
            if (!required.equals(modelRequired)) {
                disagreements.add(name + " required " + required + " vs " + modelRequired);
            }
        }
        assertThat(compared).as("definitions compared").isGreaterThan(600);
        assertThat(disagreements).isEmpty();
    }
}
