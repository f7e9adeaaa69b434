package dev.shipshape.internal.objects;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * An object as it was read from a file, before it was typed: its tree, with the line of every value and of every key,
 * so a check of what the API server would refuse (an unknown field, a wrong type) can name the line. The typed object
 * drops what does not fit its class; this keeps it. Not API.
 *
 * <pre>{@code
 * raw.line(containerNode, "portz");   // the line of the key portz in that mapping
 * }</pre>
 */
public final class Raw {

    private final JsonNode tree;
    private final Map<JsonNode, Integer> valueLines;
    private final Map<JsonNode, Map<String, Integer>> keyLines;
    private final Optional<String> typingError;
    private final Map<String, Object> memo = new HashMap<>();

    /**
     * @param tree        the document
     * @param valueLines  the line each value starts on, by identity
     * @param keyLines    per mapping (by identity), the line of each key
     * @param typingError why the document could not be read as its kind's class, if it could not
     */
    public Raw(JsonNode tree, IdentityHashMap<JsonNode, Integer> valueLines,
               IdentityHashMap<JsonNode, Map<String, Integer>> keyLines, Optional<String> typingError) {
        this.tree = Objects.requireNonNull(tree, "tree");
        this.valueLines = Objects.requireNonNull(valueLines, "valueLines");
        this.keyLines = Objects.requireNonNull(keyLines, "keyLines");
        this.typingError = Objects.requireNonNull(typingError, "typingError");
    }

    /** The document as read. */
    public JsonNode tree() {
        return tree;
    }

    /** The line {@code value} starts on, or 0 if it is not part of this document. */
    public int line(JsonNode value) {
        return valueLines.getOrDefault(value, 0);
    }

    /** The line of {@code key} in {@code mapping}, else the line of the mapping, else 0. */
    public int line(JsonNode mapping, String key) {
        Map<String, Integer> keys = keyLines.get(mapping);
        Integer line = keys == null ? null : keys.get(key);
        return line != null ? line : line(mapping);
    }

    /**
     * Why the document could not be read as the class of its kind (a value of the wrong type, typically), if it could
     * not; the object under check is then a generic one and only the checks of the raw tree apply to it.
     */
    public Optional<String> typingError() {
        return typingError;
    }

    /**
     * What {@code compute} gives for this tree and {@code key}, computed once: the API-validity rules share one walk of
     * the tree per Kubernetes version.
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> T memo(String key, Supplier<T> compute) {
        Object value = memo.get(key);
        if (value == null) {
            value = compute.get();
            memo.put(key, value);
        }
        return (T) value;
    }
}
