package dev.shipshape.internal.render;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The two mappers Shipshape writes with, built once (mappers are thread-safe and costly to build). Map
 * entries are sorted by key; fabric8's {@code @JsonPropertyOrder} fixes field order; so output is
 * byte-identical for equal input.
 *
 * <pre>{@code
 * String yaml = Serialization.yaml().writeValueAsString(deployment);
 * }</pre>
 */
public final class Serialization {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private Serialization() {
    }

    /** The YAML mapper: no document markers, minimal quoting (strings that look like numbers stay quoted). */
    public static YAMLMapper yaml() {
        return YAML;
    }

    /** The JSON mapper: indented, map entries sorted. */
    public static JsonMapper json() {
        return JSON;
    }
}
