package dev.shipshape.internal.yaml;

import dev.shipshape.internal.lang.Memo;
import java.io.StringWriter;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * Writes a fabric8 model object as the block YAML Shipshape's YAML settings produce, without an event-based emitter:
 * the layout (two-space indent, sequences indented with their {@code - }, {@code {}} and {@code []} for empty
 * collections) is written here, and each distinct scalar is written the way Jackson's YAML generator writes it —
 * asked of the generator once and remembered, except for plain words and paths that need no quoting, written as
 * they are, and decimal digits, written quoted.
 * The result is byte for byte what the generator writes for the whole object (a property test compares the two
 * over generated apps and arbitrary strings); anything outside that layout (a list in a list, a float, a null, a
 * key the emitter would write in its long form, a multi-line string in a list) throws {@link ModelWriter.Unsupported} and the caller uses the
 * generator. Not API.
 *
 * <pre>{@code
 * StringBuilder out = new StringBuilder();
 * BlockYaml.append(deployment, out);
 * }</pre>
 */
final class BlockYaml {

    /** Scalars remembered per JVM; cleared when full so that generated names in a long test run cannot pile up. */
    private static final int REMEMBERED = 20_000;
    private static final Memo<String> VALUES = new Memo<>(REMEMBERED, BlockYaml::generatedValue);
    private static final Memo<String> KEYS = new Memo<>(REMEMBERED, BlockYaml::generatedKey);
    /** Words YAML 1.1 or 1.2 reads as something other than a string, in any case, which must be quoted. */
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "y", "n", "on", "off", "null",
            "nan", "inf", "infinity");

    private final StringBuilder out;

    private BlockYaml(StringBuilder out) {
        this.out = out;
    }

    /**
     * Appends {@code object} as one YAML document (no {@code ---}).
     *
     * @throws ModelWriter.Unsupported if it holds something this writer does not lay out; {@code out} is then restored
     */
    static void append(Object object, StringBuilder out) {
        int start = out.length();
        try {
            if (!new BlockYaml(out).mapping(object, 0, false)) {
                out.append("{}\n");
            }
        } catch (ModelWriter.Unsupported e) {
            out.setLength(start);
            throw e;
        }
    }

    /**
     * Writes the entries of a map or a model object, one per line at {@code indent}, the first on the current line
     * when {@code firstInline} (a sequence item's mapping), and returns whether there was any.
     */
    private boolean mapping(Object value, int indent, boolean firstInline) {
        boolean any = false;
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : ModelWriter.ordered(map).entrySet()) {
                entry((String) e.getKey(), e.getValue(), indent, any || !firstInline);
                any = true;
            }
            return any;
        }
        boolean[] first = {firstInline};
        return ModelWriter.bean(value.getClass()).forEach(value, (name, v) -> {
            entry(name, v, indent, !first[0]);
            first[0] = false;
        });
    }

    private void entry(String key, Object value, int indent, boolean indented) {
        if (indented) {
            indent(indent);
        }
        out.append(key(key)).append(':');
        value(value, indent);
    }

    /** A value after {@code key:}; nested blocks go two spaces deeper than the key. */
    private void value(Object v, int indent) {
        String scalar = scalar(v);
        if (scalar != null) {
            out.append(' ');
            // a block scalar (a string with line breaks): its lines go two spaces deeper than the key
            int from = 0;
            for (int nl = scalar.indexOf('\n'); nl >= 0; nl = scalar.indexOf('\n', from)) {
                out.append(scalar, from, nl + 1);
                from = nl + 1;
                if (from < scalar.length() && scalar.charAt(from) != '\n') {
                    indent(indent);
                }
            }
            out.append(scalar, from, scalar.length()).append('\n');
        } else if (v instanceof Collection<?> list) {
            if (list.isEmpty()) {
                out.append(" []\n");
                return;
            }
            out.append('\n');
            for (Object item : list) {
                indent(indent + 2);
                out.append("- ");
                item(item, indent + 4);
            }
        } else {
            int mark = out.length();
            out.append('\n');
            if (!mapping(v, indent + 2, false)) {
                out.setLength(mark);
                out.append(" {}\n");
            }
        }
    }

    /** A sequence item after {@code - }; a mapping starts on the same line, its other keys at {@code indent}. */
    private void item(Object v, int indent) {
        String scalar = scalar(v);
        if (scalar != null) {
            if (scalar.indexOf('\n') >= 0) {
                throw new ModelWriter.Unsupported("a block scalar in a list");
            }
            out.append(scalar).append('\n');
        } else if (v instanceof Collection<?>) {
            throw new ModelWriter.Unsupported("a list in a list");
        } else if (!mapping(v, indent, true)) {
            out.append("{}\n");
        }
    }

    private static final String SPACES = " ".repeat(64);

    private void indent(int n) {
        for (int left = n; left > 0; left -= SPACES.length()) {
            out.append(SPACES, 0, Math.min(left, SPACES.length()));
        }
    }

    /** The text of a scalar value ({@link ModelWriter#scalar(Object)}), or null for a map, a collection or an object. */
    private String scalar(Object v) {
        if (v == null) {
            throw new ModelWriter.Unsupported("a null");
        }
        Object scalar = ModelWriter.scalar(v);
        if (scalar instanceof String s) {
            return string(s);
        } else if (scalar instanceof Boolean b) {
            return b ? "true" : "false";
        } else if (ModelWriter.integral(scalar)) {
            return scalar.toString();
        } else if (scalar != null) {
            throw new ModelWriter.Unsupported("a fractional number");
        }
        return null;
    }

    private String string(String s) {
        return plain(s) ? s : digits(s) ? '"' + s + '"' : VALUES.get(s);
    }

    private String key(String s) {
        return plain(s) ? s : digits(s) ? '"' + s + '"' : KEYS.get(s);
    }

    /** A decimal number written as a string (a port, an index): quoted, so it reads back as a string. */
    static boolean digits(String s) {
        int n = s.length();
        if (n == 0 || n > 18) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code s} is written as it is: a letter or a {@code /} (a path), then letters, digits and
     * {@code - _ . /}, and not a word YAML reads as a boolean, null or number. Conservative: anything else asks the
     * generator.
     */
    static boolean plain(String s) {
        int n = s.length();
        if (n == 0 || n > 100) {
            return false;
        }
        char c0 = s.charAt(0);
        if (!(c0 >= 'a' && c0 <= 'z' || c0 >= 'A' && c0 <= 'Z' || c0 == '/')) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.'
                    || c == '/')) {
                return false;
            }
        }
        return n > 8 || !RESERVED.contains(s.toLowerCase(java.util.Locale.ROOT));
    }


    /**
     * How the generator writes {@code s} as a mapping value of a top-level key, {@code k: <text>}; a block scalar's
     * lines are then indented two spaces, as they are under any key at that key's indent plus two.
     */
    private static String generatedValue(String s) {
        String doc = generate(g -> {
            g.writeName("k");
            g.writeString(s);
        });
        if (!doc.startsWith("k: ") || !doc.endsWith("\n")) {
            throw new ModelWriter.Unsupported("a scalar the generator writes unexpectedly: " + doc);
        }
        return doc.substring(3, doc.length() - 1);
    }

    /** How the generator writes {@code s} as a key: {@code <text>: k}. */
    private static String generatedKey(String s) {
        String doc = generate(g -> {
            g.writeName(s);
            g.writeString("k");
        });
        if (!doc.endsWith(": k\n") || doc.startsWith("? ") || doc.indexOf('\n') != doc.length() - 1) {
            throw new ModelWriter.Unsupported("a key written in its long form");
        }
        return doc.substring(0, doc.length() - 4);
    }

    private static String generate(java.util.function.Consumer<JsonGenerator> body) {
        StringWriter w = new StringWriter(64);
        try (JsonGenerator g = Serialization.yamlFactory().createGenerator(ObjectWriteContext.empty(), w)) {
            g.writeStartObject();
            body.accept(g);
            g.writeEndObject();
        }
        return w.toString();
    }
}
