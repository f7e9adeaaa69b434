package dev.shipshape.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.shipshape.dsl.App;
import dev.shipshape.internal.yaml.Serialization;
import dev.shipshape.oracles.GatewayApiCrds;
import dev.shipshape.render.Manifests;
import dev.shipshape.testkit.ShipshapeArbitraries;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1CronJob;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.junit.jupiter.api.Test;

/**
 * Every manifest Shipshape renders passes strict schema validation by the official Kubernetes Java client
 * models ({@code io.kubernetes:client-java-api}): each object's JSON goes through the model class's
 * {@code validateJsonElement}, which rejects unknown fields and missing required fields; Gateway API routes, which it
 * has no model of, through the Gateway API's own CRD schemas ({@link GatewayApiCrds}). A kind without a validator fails
 * the test. The rendered YAML also parses back to the same objects.
 */
class SchemaConformanceProperties {

    /** apiVersion/kind → the client-java model's validator. */
    interface Validator {
        void validate(JsonElement json) throws IOException;
    }

    static final Map<String, Validator> VALIDATORS = Map.ofEntries(
            Map.entry("v1/Namespace", V1Namespace::validateJsonElement),
            Map.entry("v1/ServiceAccount", V1ServiceAccount::validateJsonElement),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", V1NetworkPolicy::validateJsonElement),
            Map.entry("v1/Secret", V1Secret::validateJsonElement),
            Map.entry("v1/ConfigMap", V1ConfigMap::validateJsonElement),
            Map.entry("v1/PersistentVolumeClaim", V1PersistentVolumeClaim::validateJsonElement),
            Map.entry("v1/Service", V1Service::validateJsonElement),
            Map.entry("apps/v1/Deployment", V1Deployment::validateJsonElement),
            Map.entry("apps/v1/StatefulSet", V1StatefulSet::validateJsonElement),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", V2HorizontalPodAutoscaler::validateJsonElement),
            Map.entry("policy/v1/PodDisruptionBudget", V1PodDisruptionBudget::validateJsonElement),
            Map.entry("networking.k8s.io/v1/Ingress", V1Ingress::validateJsonElement),
            Map.entry("batch/v1/Job", V1Job::validateJsonElement),
            Map.entry("batch/v1/CronJob", V1CronJob::validateJsonElement),
            // no client-java model: the Gateway API's own standard-channel CRDs, vendored, with a JSON Schema validator
            Map.entry("gateway.networking.k8s.io/v1/HTTPRoute", json -> gatewayApi("HTTPRoute", json)),
            Map.entry("gateway.networking.k8s.io/v1/GRPCRoute", json -> gatewayApi("GRPCRoute", json)));

    private static void gatewayApi(String kind, JsonElement json) {
        List<String> errors = GatewayApiCrds.errors(kind, json.toString());
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", errors));
        }
    }

    private static final Set<String> SEEN = new TreeSet<>();

    static void conforms(Manifests manifests) throws IOException {
        for (HasMetadata o : manifests.objects()) {
            String key = o.getApiVersion() + "/" + o.getKind();
            Validator validator = VALIDATORS.get(key);
            if (validator == null) {
                fail("no schema check for %s: add its client-java model to VALIDATORS", key);
            }
            String json = Serialization.json().writeValueAsString(o);
            try {
                validator.validate(JsonParser.parseString(json));
            } catch (IOException | IllegalArgumentException e) {
                fail("%s %s does not conform to the Kubernetes schema: %s%n%s", key, o.getMetadata().getName(), e.getMessage(), json);
            }
            synchronized (SEEN) {
                SEEN.add(key);
            }
        }
        List<HasMetadata> parsed = new java.util.ArrayList<>();
        for (int i = 0; i < manifests.documents().size(); i++) {
            parsed.add(Serialization.yaml().readValue(manifests.documents().get(i), manifests.objects().get(i).getClass()));
        }
        assertThat(parsed).as("YAML parsed back").isEqualTo(manifests.objects());
    }

    @Test
    void the_journal_variants_conform() throws IOException {
        for (JournalParameters p : RenderJournal.variants()) {
            conforms(Journal.define(p).render());
        }
    }

    @Test
    void the_oracle_rejects_unknown_and_missing_fields() {
        String good = "{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"name\":\"x\"},"
                + "\"spec\":{\"selector\":{},\"template\":{\"spec\":{\"containers\":[{\"name\":\"x\"}]}}}}";
        org.assertj.core.api.Assertions.assertThatCode(() -> V1Deployment.validateJsonElement(JsonParser.parseString(good)))
                .doesNotThrowAnyException();
        String unknown = good.replace("\"name\":\"x\"}]", "\"name\":\"x\",\"imagePolicy\":\"always\"}]");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> V1Deployment.validateJsonElement(JsonParser.parseString(unknown)))
                .hasMessageContaining("imagePolicy");
        String missing = good.replace("{\"name\":\"x\"}]", "{}]");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> V1Deployment.validateJsonElement(JsonParser.parseString(missing)))
                .hasMessageContaining("name");
    }

    @Provide
    Arbitrary<App> apps() {
        return ShipshapeArbitraries.apps().stores(0, 3).staticSites(0, 2);
    }

    private static final int GENERATED_TRIES = 1000;
    private static final java.util.concurrent.atomic.AtomicInteger GENERATED = new java.util.concurrent.atomic.AtomicInteger();

    @Property(tries = GENERATED_TRIES)
    void every_generated_app_conforms(@ForAll("apps") App app) throws IOException {
        GENERATED.incrementAndGet();
        conforms(app.render());
    }

    @Provide
    Arbitrary<App> withDevelopmentSecrets() {
        return ShipshapeArbitraries.apps().map(app -> {
            app.developmentSecret("dev-creds", Map.of("token", "dev", "ca.crt", "-----BEGIN CERTIFICATE-----\n…"));
            return app;
        });
    }

    @Property(tries = 50)
    void development_secrets_conform(@ForAll("withDevelopmentSecrets") App app) throws IOException {
        conforms(app.render());
    }

    /**
     * After the class: every kind the oracle knows was emitted and checked. Only when the generated apps ran all their
     * tries: a property run alone (an IDE, PIT's one test at a time) or capped (the mutation profile) sees fewer
     * kinds, and would fail here whatever the code does.
     */
    @AfterContainer
    static void every_emitted_kind_was_checked() {
        // PersistentVolumeClaims are emitted inside StatefulSets (volumeClaimTemplates), validated with them.
        Set<String> expected = new TreeSet<>(VALIDATORS.keySet());
        expected.remove("v1/PersistentVolumeClaim");
        if (GENERATED.get() >= GENERATED_TRIES && !SEEN.containsAll(expected)) {
            throw new AssertionError("kinds never produced by the generated apps, so never checked: "
                    + expected.stream().filter(k -> !SEEN.contains(k)).toList());
        }
    }
}
