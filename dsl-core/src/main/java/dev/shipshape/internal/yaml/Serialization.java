package dev.shipshape.internal.yaml;

import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * How Shipshape writes and reads objects. Rendering writes YAML with {@link BlockYaml} (falling back to
 * {@link ModelWriter} on the YAML generator, then to databind, for what they do not model), so a build script that
 * renders one app never starts Jackson's databind; the mappers are built on first use (reading files, JSON,
 * copies), once per JVM. Map entries are sorted by key; fabric8's
 * {@code @JsonPropertyOrder} fixes field order; so output is byte-identical for equal input, and
 * {@link #yaml(Object)} equals {@code yaml().writeValueAsString(o)}.
 *
 * <pre>{@code
 * String yaml = Serialization.yaml(deployment);
 * }</pre>
 */
public final class Serialization {

    /**
     * No document markers, minimal quoting (strings that look like numbers stay quoted), no line splitting; strings
     * holding a character YAML 1.1 reads as a line break double-quoted ({@link BreakSafeYamlFactory}).
     */
    private static final YAMLFactory YAML_FACTORY = BreakSafeYamlFactory.of(YAMLFactory.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR));

    private Serialization() {
    }

    /** The YAML factory every writer here uses. */
    static YAMLFactory yamlFactory() {
        return YAML_FACTORY;
    }

    /** Built on first use: databind's start-up is the largest part of a cold render, and rendering needs none of it. */
    private static final class Mappers {
        static final YAMLMapper YAML = YAMLMapper.builder(YAML_FACTORY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
    }

    private static final class Json {
        static final JsonMapper JSON = JsonMapper.builder()
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    /** The YAML mapper (same output settings as {@link #yaml(Object)}); for reading YAML and for values {@link ModelWriter} does not model. */
    public static YAMLMapper yaml() {
        return Mappers.YAML;
    }

    /** The JSON mapper: indented, map entries sorted. */
    public static JsonMapper json() {
        return Json.JSON;
    }

    /** {@code value} as one YAML document (no {@code ---}), exactly as {@code yaml().writeValueAsString(value)} writes it. */
    public static String yaml(Object value) {
        StringBuilder out = new StringBuilder(2048);
        appendYaml(value, out);
        return out.toString();
    }

    /**
     * Appends {@code value} as one YAML document (no {@code ---}): laid out by {@link BlockYaml} where it can, else
     * written by {@link ModelWriter} to the generator, else by databind; the same bytes whichever writes it.
     */
    public static void appendYaml(Object value, StringBuilder out) {
        try {
            BlockYaml.append(value, out);
            return;
        } catch (ModelWriter.Unsupported e) {
            // not in the layout BlockYaml writes
        }
        try {
            out.append(modelYaml(value));
        } catch (ModelWriter.Unsupported e) {
            out.append(Mappers.YAML.writeValueAsString(value));
        }
    }

    /**
     * {@code value} laid out by {@link BlockYaml} alone, without a fallback.
     *
     * @throws ModelWriter.Unsupported if it holds something {@link BlockYaml} does not lay out
     */
    public static String blockYaml(Object value) {
        StringBuilder out = new StringBuilder(2048);
        BlockYaml.append(value, out);
        return out.toString();
    }

    /**
     * {@code value} as one YAML document written by {@link ModelWriter} alone, without the databind fallback.
     *
     * @throws ModelWriter.Unsupported if it holds something {@link ModelWriter} does not model
     */
    public static String modelYaml(Object value) {
        StringWriter buffer = new StringWriter(2048);
        try (JsonGenerator g = YAML_FACTORY.createGenerator(ObjectWriteContext.empty(), buffer)) {
            ModelWriter.write(value, g);
        }
        return buffer.toString();
    }

    /**
     * {@code value} as the tree its YAML document reads back as ({@link #readTree(String)} of {@link #yaml(Object)}),
     * built from the object where {@link ModelWriter} can, so a first render parses nothing.
     */
    public static JsonNode tree(Object value) {
        try {
            return ModelWriter.tree(value);
        } catch (ModelWriter.Unsupported e) {
            return readTree(yaml(value));
        }
    }

    /**
     * One YAML document as a tree, every integral number as a long (so a tree read back from a file equals one read
     * from the rendered text), without starting databind's mapper; {@link MissingNode} for an empty document.
     */
    public static JsonNode readTree(String yaml) {
        try (JsonParser p = YAML_FACTORY.createParser(ObjectReadContext.empty(), yaml)) {
            JsonToken t = p.nextToken();
            return t == null ? MissingNode.getInstance() : node(p, t);
        }
    }

    private static JsonNode node(JsonParser p, JsonToken t) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = f.objectNode();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
                    String name = p.currentName();
                    o.set(name, node(p, p.nextToken()));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = f.arrayNode();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
                    a.add(node(p, n));
                }
                return a;
            }
            case VALUE_STRING -> {
                return f.textNode(p.getString());
            }
            case VALUE_NUMBER_INT -> {
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? f.numberNode(p.getBigIntegerValue())
                        : f.numberNode(p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return f.numberNode(p.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return f.booleanNode(t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return f.nullNode();
            }
            default -> throw new IllegalArgumentException("unexpected " + t + " in YAML at " + p.currentLocation());
        }
    }
}
