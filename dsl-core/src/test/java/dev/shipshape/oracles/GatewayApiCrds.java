package dev.shipshape.oracles;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * An oracle for the Gateway API routes Shipshape renders: the standard-channel CRDs of HTTPRoute and GRPCRoute of
 * Gateway API v1.6.1, vendored unchanged under {@code gateway-api/crds/}, whose {@code openAPIV3Schema} of version
 * {@code v1} an independent JSON Schema validator (networknt, draft 4, the dialect OpenAPI v3 schemas derive from)
 * applies: types, required fields, enumerations, {@code maxItems}, {@code maxLength}, {@code pattern}, bounds. The
 * {@code x-kubernetes-validations} (CEL) are not JSON Schema; the ported CEL rules and upstream's CEL tables cover them.
 *
 * <pre>{@code
 * assertThat(GatewayApiCrds.errors(httpRoute)).isEmpty();
 * }</pre>
 */
public final class GatewayApiCrds {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Schema> SCHEMAS = Map.of(
            "HTTPRoute", schema("gateway.networking.k8s.io_httproutes.yaml"),
            "GRPCRoute", schema("gateway.networking.k8s.io_grpcroutes.yaml"));

    private GatewayApiCrds() {
    }

    /** {@return what the CRD's schema says is wrong with {@code route}, an HTTPRoute or GRPCRoute; empty when valid} */
    public static List<String> errors(HasMetadata route) {
        Schema schema = SCHEMAS.get(route.getKind());
        if (schema == null) {
            throw new IllegalArgumentException("not a route of the vendored CRDs: " + route.getKind());
        }
        return errors(route.getKind(), JSON.writeValueAsString(route));
    }

    /** {@return what the schema of {@code kind} says is wrong with the JSON {@code json}} */
    public static List<String> errors(String kind, String json) {
        return SCHEMAS.get(kind).validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static Schema schema(String file) {
        try (InputStream in = GatewayApiCrds.class.getResourceAsStream("/gateway-api/crds/" + file)) {
            JsonNode crd = new YAMLMapper().readTree(in);
            for (JsonNode version : crd.path("spec").path("versions")) {
                if (version.path("name").asString().equals("v1")) {
                    String schema = JSON.writeValueAsString(version.path("schema").path("openAPIV3Schema"));
                    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schema, InputFormat.JSON);
                }
            }
            throw new IllegalStateException(file + " has no version v1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
