package dev.shipshape.internal.schema;

import dev.shipshape.internal.lang.Quantities;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;

/**
 * Walks an object read from YAML along its schema and collects what the API server's decoding and schema validation
 * refuse: unknown fields (strict field validation, {@code kubectl apply}'s default since 1.27), values of the wrong
 * type, required fields left out, values outside an enumeration. Reads the built-in kinds' OpenAPI v2 definitions
 * (with {@code $ref}s) and a CRD's {@code openAPIV3Schema} (with {@code enum},
 * {@code x-kubernetes-preserve-unknown-fields} and {@code x-kubernetes-int-or-string}). A {@code null} value is an
 * unset field, as the server reads it. Not API.
 *
 * <pre>{@code
 * List<Problem> found = SchemaWalk.builtIn(KubernetesSchemas.of("1.32"), "io.k8s.api.apps.v1.Deployment", tree);
 * }</pre>
 */
public final class SchemaWalk {

    /** What kind of refusal. */
    public enum Kind {
        /** A field the schema does not have. */
        UNKNOWN_FIELD,
        /** A value of the wrong type, or one its type cannot parse (a quantity, base64 data). */
        TYPE,
        /** A required field left out. */
        REQUIRED,
        /** A value outside the field's enumeration. */
        UNSUPPORTED_VALUE,
        /**
         * A value outside the bounds a CRD's schema sets: too many or too few items, too long or too short, a pattern
         * not matched, a number out of range ({@code maxItems}, {@code minItems}, {@code maxLength}, {@code minLength},
         * {@code pattern}, {@code maximum}, {@code minimum}). The built-in kinds' definitions set none.
         */
        OUT_OF_BOUNDS
    }

    /**
     * One refusal.
     *
     * @param kind    what kind
     * @param mapping the mapping the field is in (for its line)
     * @param key     the field, in that mapping
     * @param path    the field path as the API server names it, e.g. {@code spec.template.spec.containers[0].portz}
     * @param message what is wrong, in the API server's words where it has some
     */
    public record Problem(Kind kind, JsonNode mapping, String key, String path, String message) {
    }

    private static final String QUANTITY = "io.k8s.apimachinery.pkg.api.resource.Quantity";
    private static final String REF = "#/definitions/";
    /** Strings go-yaml (YAML 1.1), which kubectl reads with, takes for booleans when unquoted. */
    private static final Set<String> YAML11_BOOLEANS = Set.of("y", "yes", "on", "n", "no", "off", "true", "false");

    private final KubernetesSchemas definitions;
    private final List<Problem> problems = new ArrayList<>();

    private SchemaWalk(KubernetesSchemas definitions) {
        this.definitions = definitions;
    }

    /** The refusals of {@code object}, a built-in kind whose definition is named {@code definition}. */
    public static List<Problem> builtIn(KubernetesSchemas definitions, String definition, JsonNode object) {
        SchemaWalk walk = new SchemaWalk(definitions);
        walk.object(object, definitions.definition(definition), definition, "");
        return walk.problems;
    }

    /**
     * The refusals of {@code object}, a custom resource whose version's {@code openAPIV3Schema} is {@code schema}; its
     * {@code metadata} is checked against the built-in ObjectMeta of {@code definitions}.
     */
    public static List<Problem> custom(KubernetesSchemas definitions, JsonNode schema, JsonNode object) {
        SchemaWalk walk = new SchemaWalk(definitions);
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            switch (key) {
                case "apiVersion", "kind" -> { }
                case "metadata" -> walk.value(object, key, value,
                        definitions.definition("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"), "metadata", null);
                default -> {
                    JsonNode property = schema.path("properties").path(key);
                    if (property.isMissingNode()) {
                        if (!schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                            walk.unknown(object, key, key, schema);
                        }
                    } else {
                        walk.value(object, key, value, property, key, null);
                    }
                }
            }
        }
        walk.required(object, schema, "");
        return walk.problems;
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.startsWith(REF) ? definitions.definition(ref.substring(REF.length())) : schema;
    }

    private static String defName(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.startsWith(REF) ? ref.substring(REF.length()) : null;
    }

    private static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** An object node against an object schema ({@code definition} names it, for the enumerations). */
    private void object(JsonNode node, JsonNode schema, String definition, String path) {
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.path("additionalProperties");
        boolean preserve = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = field.getKey();
            JsonNode property = properties.path(key);
            if (!property.isMissingNode()) {
                value(node, key, field.getValue(), property, child(path, key), definition);
            } else if (additional.isObject()) {
                value(node, key, field.getValue(), additional, child(path, key), null);
            } else if (!preserve && !additional.asBoolean(false) && properties.isObject()) {
                unknown(node, key, child(path, key), schema);
            }
        }
        required(node, schema, path);
    }

    private void required(JsonNode node, JsonNode schema, String path) {
        boolean specRequired = false;
        for (JsonNode r : schema.path("required")) {
            String key = r.asString();
            specRequired |= key.equals("spec");
            if (absent(node, key)) {
                problems.add(new Problem(Kind.REQUIRED, node, key, child(path, key), "Required value"));
            }
        }
        // a spec whose schema has required fields cannot be left out: the server validates the empty one (a
        // Deployment's, a pod template's)
        JsonNode spec = schema.path("properties").path("spec");
        if (!specRequired && absent(node, "spec") && !spec.isMissingNode() && !resolve(spec).path("required").isEmpty()) {
            problems.add(new Problem(Kind.REQUIRED, node, "spec", child(path, "spec"), "Required value"));
        }
    }

    private static boolean absent(JsonNode node, String key) {
        return node.path(key).isMissingNode() || node.path(key).isNull();
    }

    private void unknown(JsonNode node, String key, String path, JsonNode schema) {
        TreeSet<String> known = new TreeSet<>();
        schema.path("properties").propertyNames().forEach(known::add);
        String near = Near.closest(key, known).map(k -> " (did you mean \"" + k + "\"?)").orElse("");
        problems.add(new Problem(Kind.UNKNOWN_FIELD, node, key, path, "unknown field \"" + key + "\"" + near));
    }

    /** The value of {@code key} in {@code mapping} (or of an array item: key {@code [i]}) against {@code schema}. */
    private void value(JsonNode mapping, String key, JsonNode value, JsonNode schema, String path, String owner) {
        if (value == null || value.isNull()) {
            return;
        }
        String definition = defName(schema);
        JsonNode s = resolve(schema);
        if (QUANTITY.equals(definition)) {
            quantity(mapping, key, value, path);
            return;
        }
        if ("int-or-string".equals(s.path("format").asString("")) || s.path("x-kubernetes-int-or-string").asBoolean(false)) {
            if (!value.isString() && !value.isIntegralNumber()) {
                type(mapping, key, value, path, "an integer or a string");
            }
            return;
        }
        String type = s.path("type").asString("");
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    type(mapping, key, value, path, "an object");
                } else {
                    object(value, s, definition, path);
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    type(mapping, key, value, path, "a list");
                    return;
                }
                bounds(mapping, key, value, s, path);
                int i = 0;
                for (JsonNode item : value) {
                    String at = path + "[" + i + "]";
                    if (owner != null && item.isString() && Enums.refuses(owner, key, item.stringValue())) {
                        unsupported(mapping, key, item.stringValue(), at, Enums.of(owner, key).orElseThrow());
                    } else {
                        value(value, "[" + i + "]", item, s.path("items"), at, null);
                    }
                    i++;
                }
            }
            case "string" -> {
                if (!value.isString()) {
                    type(mapping, key, value, path, "a string");
                } else if ("byte".equals(s.path("format").asString("")) && !base64(value.stringValue())) {
                    problems.add(new Problem(Kind.TYPE, mapping, key, path, "illegal base64 data: the value of a data"
                            + " field is base64; put plain text in stringData"));
                } else if (owner != null && Enums.refuses(owner, key, value.stringValue())) {
                    unsupported(mapping, key, value.stringValue(), path, Enums.of(owner, key).orElseThrow());
                } else {
                    enumeration(mapping, key, value, s, path);
                    bounds(mapping, key, value, s, path);
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    type(mapping, key, value, path, "an integer");
                } else if ("int32".equals(s.path("format").asString("")) && !value.canConvertToInt()) {
                    type(mapping, key, value, path, "a 32-bit integer");
                } else {
                    enumeration(mapping, key, value, s, path);
                    bounds(mapping, key, value, s, path);
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    type(mapping, key, value, path, "a number");
                } else {
                    enumeration(mapping, key, value, s, path);
                }
            }
            case "boolean" -> {
                if (!value.isBoolean() && !(value.isString()
                        && YAML11_BOOLEANS.contains(value.stringValue().toLowerCase(Locale.ROOT)))) {
                    type(mapping, key, value, path, "a boolean");
                }
            }
            default -> {
                if (s.path("properties").isObject()) {
                    if (!value.isObject()) {
                        type(mapping, key, value, path, "an object");
                    } else {
                        object(value, s, definition, path);
                    }
                }
                // no type: any value (RawExtension, JSON, FieldsV1)
            }
        }
    }

    private void enumeration(JsonNode mapping, String key, JsonNode value, JsonNode schema, String path) {
        JsonNode values = schema.path("enum");
        if (!values.isArray() || values.isEmpty()) {
            return;
        }
        for (JsonNode v : values) {
            if (v.equals(value) || v.isNumber() && value.isNumber() && v.decimalValue().compareTo(value.decimalValue()) == 0) {
                return;
            }
        }
        TreeSet<String> allowed = new TreeSet<>();
        values.forEach(v -> allowed.add(v.isString() ? v.stringValue() : v.toString()));
        unsupported(mapping, key, value.isString() ? value.stringValue() : value.toString(), path, allowed);
    }

    /**
     * The bounds of a CRD's schema, in the words of the API server's CRD validation (kube-openapi's
     * {@code "%s in body should match '%s'"} and its siblings, wrapped as apimachinery's field errors: {@code Too many},
     * {@code Too long}, {@code Invalid value}). A pattern Java cannot compile (RE2 and Java differ at the edges) is
     * skipped.
     */
    private void bounds(JsonNode mapping, String key, JsonNode value, JsonNode schema, String path) {
        if (value.isArray()) {
            if (schema.has("maxItems") && value.size() > schema.path("maxItems").asInt()) {
                outOfBounds(mapping, key, path, "Too many: " + value.size() + ": must have at most "
                        + schema.path("maxItems").asInt() + " items");
            }
            if (schema.has("minItems") && value.size() < schema.path("minItems").asInt()) {
                outOfBounds(mapping, key, path, "Invalid value: " + value.size() + ": " + path
                        + " in body should have at least " + schema.path("minItems").asInt() + " items");
            }
        } else if (value.isString()) {
            String v = value.stringValue();
            int length = v.codePointCount(0, v.length());
            if (schema.has("maxLength") && length > schema.path("maxLength").asInt()) {
                outOfBounds(mapping, key, path, "Too long: may not be more than " + schema.path("maxLength").asInt()
                        + " bytes (it has " + length + " characters)");
            }
            if (schema.has("minLength") && length < schema.path("minLength").asInt()) {
                outOfBounds(mapping, key, path, "Invalid value: \"" + v + "\": " + path + " in body should be at least "
                        + schema.path("minLength").asInt() + " chars long");
            }
            if (schema.has("pattern")) {
                Pattern pattern = pattern(schema.path("pattern").asString());
                if (pattern != null && !pattern.matcher(v).find()) {
                    outOfBounds(mapping, key, path, "Invalid value: \"" + v + "\": " + path + " in body should match '"
                            + schema.path("pattern").asString() + "'");
                }
            }
        } else if (value.isNumber()) {
            if (schema.has("maximum") && value.decimalValue().compareTo(schema.path("maximum").decimalValue()) > 0) {
                outOfBounds(mapping, key, path, "Invalid value: " + value + ": " + path
                        + " in body should be less than or equal to " + schema.path("maximum"));
            }
            if (schema.has("minimum") && value.decimalValue().compareTo(schema.path("minimum").decimalValue()) < 0) {
                outOfBounds(mapping, key, path, "Invalid value: " + value + ": " + path
                        + " in body should be greater than or equal to " + schema.path("minimum"));
            }
        }
    }

    private void outOfBounds(JsonNode mapping, String key, String path, String message) {
        problems.add(new Problem(Kind.OUT_OF_BOUNDS, mapping, key, path, message));
    }

    /** Compiled schema patterns, shared: the Gateway API's CRDs repeat a few dozen. */
    private static final Map<String, Optional<Pattern>> PATTERNS = new ConcurrentHashMap<>();

    private static Pattern pattern(String regex) {
        return PATTERNS.computeIfAbsent(regex, r -> {
            try {
                return Optional.of(Pattern.compile(r));
            } catch (PatternSyntaxException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    private void unsupported(JsonNode mapping, String key, String value, String path, Set<String> allowed) {
        TreeSet<String> sorted = new TreeSet<>(allowed);
        String near = Near.closest(value, sorted).map(k -> " (did you mean \"" + k + "\"?)").orElse("");
        problems.add(new Problem(Kind.UNSUPPORTED_VALUE, mapping, key, path, "Unsupported value: \"" + value
                + "\": supported values: " + String.join(", ", sorted.stream().map(v -> "\"" + v + "\"").toList()) + near));
    }

    private void quantity(JsonNode mapping, String key, JsonNode value, String path) {
        if (value.isNumber()) {
            return;
        }
        if (!value.isString()) {
            type(mapping, key, value, path, "a quantity (a string such as 500m or 1Gi, or a number)");
            return;
        }
        try {
            Quantities.parse(key, value.stringValue());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(Kind.TYPE, mapping, key, path, "quantities must match the regular expression"
                    + " '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$': '" + value.stringValue() + "' does not"));
        }
    }

    private void type(JsonNode mapping, String key, JsonNode value, String path, String expected) {
        problems.add(new Problem(Kind.TYPE, mapping, key, path, "must be " + expected + ", not " + describe(value)));
    }

    private static String describe(JsonNode value) {
        if (value.isString()) {
            return "the string \"" + value.stringValue() + "\"";
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "a list";
        }
        return "the " + value.getNodeType().name().toLowerCase(Locale.ROOT) + " " + value;
    }

    private static boolean base64(String s) {
        try {
            Base64.getDecoder().decode(s.strip());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The closest of a few names, for "did you mean". */
    static final class Near {
        private Near() {
        }

        static Optional<String> closest(String word, Set<String> candidates) {
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (String c : candidates) {
                int d = distance(word.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
                if (d < bestDistance) {
                    best = c;
                    bestDistance = d;
                }
            }
            return best != null && bestDistance <= Math.max(1, word.length() / 3) ? Optional.of(best) : Optional.empty();
        }

        private static int distance(String a, String b) {
            int[] prev = new int[b.length() + 1];
            int[] cur = new int[b.length() + 1];
            for (int j = 0; j <= b.length(); j++) {
                prev[j] = j;
            }
            for (int i = 1; i <= a.length(); i++) {
                cur[0] = i;
                for (int j = 1; j <= b.length(); j++) {
                    int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                    cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                }
                int[] t = prev;
                prev = cur;
                cur = t;
            }
            return prev[b.length()];
        }
    }
}
