package dev.shipshape.internal.schema;

import dev.shipshape.internal.lang.Caches;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The standard-channel CustomResourceDefinitions of a Gateway API release, shipped with Shipshape (trimmed by
 * {@code tools/gateway-api-schema.py}; sources in {@code schemas/NOTICE.md}), so that {@code check} holds a Gateway,
 * an HTTPRoute or a GRPCRoute to its schema without the CRDs among the inputs. Loaded on first use. Not API.
 *
 * <pre>{@code
 * GatewayApiSchemas.find("gateway.networking.k8s.io", "HTTPRoute").flatMap(d -> d.schema("v1"));
 * }</pre>
 */
public final class GatewayApiSchemas {

    /** The release shipped. */
    public static final String RELEASE = "v1.6.1";
    /** The API group of the Gateway API. */
    public static final String GROUP = "gateway.networking.k8s.io";

    private static final class Holder {
        static final List<Definition> DEFINITIONS = load();
    }

    /**
     * One kind's definition: its versions, served or not.
     *
     * @param kind     the kind, e.g. {@code HTTPRoute}
     * @param versions the versions, in the order of the CRD
     * @param served   the versions served
     * @param schemas  each version's {@code openAPIV3Schema}, in the order of {@code versions}
     */
    public record Definition(String kind, List<String> versions, List<String> served, List<JsonNode> schemas) {

        /** {@return the schema of a served version, if there is one} */
        public Optional<JsonNode> schema(String version) {
            int i = versions.indexOf(version);
            return i < 0 || !served.contains(version) ? Optional.empty() : Optional.of(schemas.get(i));
        }
    }

    private GatewayApiSchemas() {
    }

    /** {@return the definition of {@code kind} in {@code group}, if the release has it} */
    public static Optional<Definition> find(String group, String kind) {
        if (!GROUP.equals(group)) {
            return Optional.empty();
        }
        // read again each time when caches are off (mutation testing: a mutant of load() must be seen)
        List<Definition> definitions = Caches.OFF ? load() : Holder.DEFINITIONS;
        return definitions.stream().filter(d -> d.kind().equals(kind)).findFirst();
    }

    private static List<Definition> load() {
        String resource = "/dev/shipshape/schemas/gateway-api-" + RELEASE + ".json.gz";
        try (InputStream in = GatewayApiSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            JsonNode doc = JsonMapper.builder().build().readTree(new GZIPInputStream(in));
            List<Definition> out = new ArrayList<>();
            for (JsonNode d : doc.path("definitions")) {
                List<String> versions = new ArrayList<>();
                List<String> served = new ArrayList<>();
                List<JsonNode> schemas = new ArrayList<>();
                for (JsonNode v : d.path("versions")) {
                    versions.add(v.path("name").asString());
                    if (v.path("served").asBoolean(false)) {
                        served.add(v.path("name").asString());
                    }
                    schemas.add(v.path("schema"));
                }
                out.add(new Definition(d.path("kind").asString(), List.copyOf(versions), List.copyOf(served),
                        List.copyOf(schemas)));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
