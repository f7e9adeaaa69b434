package dev.shipshape.internal.yaml;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.shipshape.internal.lang.Caches;
import io.fabric8.kubernetes.api.model.AnyType;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes fabric8 model objects to a Jackson generator without Jackson's databind: the properties of a model class
 * are read once from the same annotations databind reads ({@code @JsonPropertyOrder}, {@code @JsonProperty},
 * {@code @JsonInclude}, {@code @JsonIgnore}, {@code @JsonAnyGetter}), so the YAML is byte for byte what
 * {@code YAMLMapper.writeValueAsString} writes (a property test compares the two over generated apps and included
 * objects), while a fresh JVM skips databind's introspection of every class it meets, the larger part of a first
 * render.
 *
 * <p>Anything this writer does not model — a class with another Jackson annotation, a custom serializer, extra
 * properties in {@code additionalProperties}, an enum, a null map value — throws {@link Unsupported}, and the caller
 * writes that object with databind instead. Not API.
 *
 * <pre>{@code
 * try {
 *     ModelWriter.write(deployment, generator);
 * } catch (ModelWriter.Unsupported e) {
 *     // fall back to Serialization.yaml()
 * }
 * }</pre>
 */
public final class ModelWriter {

    /** Raised for a value this writer does not model; the caller falls back to databind. */
    public static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    private static final ClassValue<Bean> BEANS = new ClassValue<>() {
        @Override
        protected Bean computeValue(Class<?> type) {
            return Bean.of(type);
        }
    };

    /** Jackson annotations this writer knows the meaning of; any other on a model class means databind must write it. */
    private static final Set<String> KNOWN = Set.of(
            "com.fasterxml.jackson.annotation.JsonProperty", "com.fasterxml.jackson.annotation.JsonInclude",
            "com.fasterxml.jackson.annotation.JsonIgnore", "com.fasterxml.jackson.annotation.JsonPropertyOrder",
            "com.fasterxml.jackson.annotation.JsonAnyGetter", "com.fasterxml.jackson.annotation.JsonAnySetter",
            "com.fasterxml.jackson.annotation.JsonCreator", "com.fasterxml.jackson.annotation.JsonIgnoreProperties",
            "tools.jackson.databind.annotation.JsonDeserialize", "tools.jackson.databind.annotation.JsonPOJOBuilder");

    private ModelWriter() {
    }

    /**
     * {@code value} as the scalar fabric8's serializers write: a {@code Quantity} as its amount and format (as
     * {@code Quantity.Serializer}), an {@code IntOrString} or {@code AnyType} as the value it wraps (as
     * {@code AnyType.Serializer}), strings, booleans and numbers as they are; null for a map, a collection or a model
     * object, which are not scalars. One definition for the three writers: the generator, {@link BlockYaml} and
     * {@link #tree(Object)}.
     *
     * @param value a value, not null
     * @throws Unsupported for a value none of them models (an enum, an array, a character, another wrapped value)
     */
    static Object scalar(Object value) {
        if (value instanceof String || value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte || value instanceof Double || value instanceof Float
                || value instanceof BigDecimal || value instanceof BigInteger) {
            return value;
        } else if (value instanceof Quantity q) {
            return (q.getAmount() == null ? "" : q.getAmount()) + (q.getFormat() == null ? "" : q.getFormat());
        } else if (value.getClass() == IntOrString.class || value.getClass() == AnyType.class) {
            Object inner = ((AnyType) value).getValue();
            if (inner instanceof String || inner instanceof Integer || inner instanceof Long || inner instanceof Boolean) {
                return inner;
            }
            throw new Unsupported(value.getClass().getName() + " holding " + (inner == null ? "null" : inner.getClass().getName()));
        } else if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
            return null;
        } else if (value instanceof Number || value instanceof Enum<?> || value instanceof CharSequence
                || value instanceof Character || value.getClass().isArray()) {
            throw new Unsupported("value " + value.getClass().getName());
        }
        return null;
    }

    /** Whether a scalar from {@link #scalar(Object)} is a whole number (written as digits). */
    static boolean integral(Object scalar) {
        return scalar instanceof Integer || scalar instanceof Long || scalar instanceof Short || scalar instanceof Byte;
    }

    /**
     * {@code map} in the order databind writes it ({@code ORDER_MAP_ENTRIES_BY_KEYS}): as it is when sorted, else a
     * sorted copy.
     *
     * @throws Unsupported for a key that is not a string or a null value, which the writers leave to databind
     */
    static Map<?, ?> ordered(Map<?, ?> map) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String) || e.getValue() == null) {
                throw new Unsupported("map entry " + e.getKey() + " (a null value or a non-string key)");
            }
        }
        return map instanceof SortedMap<?, ?> ? map : new TreeMap<>(map);
    }

    /**
     * Writes {@code value} as one JSON/YAML value.
     *
     * @throws Unsupported if it holds something this writer does not model; what was written is then unusable
     */
    public static void write(Object value, JsonGenerator g) {
        if (value == null) {
            g.writeNull();
            return;
        }
        Object scalar = scalar(value);
        if (scalar instanceof String s) {
            g.writeString(s);
        } else if (scalar instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (integral(scalar)) {
            g.writeNumber(((Number) scalar).longValue());
        } else if (scalar instanceof Double d) {
            g.writeNumber(d);
        } else if (scalar instanceof Float fl) {
            g.writeNumber(fl);
        } else if (scalar instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (scalar instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject(map, map.size());
            for (Map.Entry<?, ?> e : ordered(map).entrySet()) {
                g.writeName((String) e.getKey());
                write(e.getValue(), g);
            }
            g.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            g.writeStartArray(list, list.size());
            for (Object o : list) {
                write(o, g);
            }
            g.writeEndArray();
        } else {
            bean(value.getClass()).write(value, g);
        }
    }

    /**
     * {@code value} as the tree its YAML reads back as (every integral number a long), built from the object
     * without writing or parsing text.
     *
     * @throws Unsupported if it holds something this writer does not model (or a null in a list or a map, or a
     *         fractional number, which the caller reads back from the YAML instead)
     */
    public static JsonNode tree(Object value) {
        if (value == null) {
            throw new Unsupported("a null");
        }
        JsonNodeFactory f = JsonNodeFactory.instance;
        Object scalar = scalar(value);
        if (scalar instanceof String s) {
            return f.textNode(s);
        } else if (scalar instanceof Boolean b) {
            return f.booleanNode(b);
        } else if (integral(scalar)) {
            return f.numberNode(((Number) scalar).longValue());
        } else if (scalar != null) {
            throw new Unsupported("a fractional number");
        } else if (value instanceof Map<?, ?> map) {
            ObjectNode o = f.objectNode();
            for (Map.Entry<?, ?> e : ordered(map).entrySet()) {
                o.set((String) e.getKey(), tree(e.getValue()));
            }
            return o;
        } else if (value instanceof Collection<?> list) {
            ArrayNode a = f.arrayNode(list.size());
            for (Object item : list) {
                a.add(tree(item));
            }
            return a;
        }
        ObjectNode o = f.objectNode();
        bean(value.getClass()).forEach(value, (name, v) -> o.set(name, tree(v)));
        return o;
    }

    /** The properties of {@code type} as this writer reads them; how {@link BlockYaml} sees a model class. */
    static Bean bean(Class<?> type) {
        return Caches.OFF ? Bean.of(type) : BEANS.get(type);
    }

    private static final Object[] NO_ARGUMENTS = {};

    /** One property: its JSON name, getter and inclusion. */
    record Property(String name, Method getter, JsonInclude.Include include) {

        /** The property's value in {@code on}. */
        Object get(Object on) {
            return Bean.get(getter, on);
        }

        boolean skips(Object v) {
            return switch (include) {
                case NON_NULL -> v == null;
                case NON_EMPTY -> v == null || v instanceof Collection<?> c && c.isEmpty() || v instanceof Map<?, ?> m && m.isEmpty()
                        || v instanceof String s && s.isEmpty();
                case ALWAYS, USE_DEFAULTS -> false;
                default -> throw new Unsupported("@JsonInclude(" + include + ") on " + getter);
            };
        }
    }

    /** The properties of one model class in output order, or why this writer cannot write it. */
    record Bean(Class<?> type, List<Property> properties, Method anyGetter, String unsupported) {

        void write(Object value, JsonGenerator g) {
            g.writeStartObject(value);
            forEach(value, (name, v) -> {
                g.writeName(name);
                ModelWriter.write(v, g);
            });
            g.writeEndObject();
        }

        /**
         * Gives {@code action} each property of {@code value} its inclusion rules keep, in output order.
         *
         * @return whether there was any
         * @throws Unsupported if this writer cannot write {@code value} ({@link #check(Object)})
         */
        boolean forEach(Object value, java.util.function.BiConsumer<String, Object> action) {
            check(value);
            boolean any = false;
            for (Property p : properties) {
                Object v = p.get(value);
                if (!p.skips(v)) {
                    action.accept(p.name(), v);
                    any = true;
                }
            }
            return any;
        }

        /**
         * Throws unless this writer can write {@code value}: a class it models, without additional properties.
         *
         * @throws Unsupported if it cannot
         */
        void check(Object value) {
            if (unsupported != null) {
                throw new Unsupported(unsupported);
            }
            if (anyGetter != null) {
                Object extra = get(anyGetter, value);
                if (extra instanceof Map<?, ?> m && !m.isEmpty()) {
                    throw new Unsupported(type.getName() + " with additional properties " + m.keySet());
                }
            }
        }

        private static Object get(Method getter, Object on) {
            try {
                return getter.invoke(on, NO_ARGUMENTS);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new Unsupported(getter + ": " + e);
            }
        }

        static Bean of(Class<?> type) {
            if (!type.getName().startsWith("io.fabric8.kubernetes.api.model.") || type.isEnum() || type.isArray()
                    || !Modifier.isPublic(type.getModifiers())) {
                return unsupported(type, "not a fabric8 model class");
            }
            JsonPropertyOrder order = type.getAnnotation(JsonPropertyOrder.class);
            if (order == null) {
                return unsupported(type, "no @JsonPropertyOrder");
            }
            String bad = unknownAnnotation(type.getAnnotations());
            if (bad != null) {
                return unsupported(type, bad);
            }
            JsonInclude classInclude = type.getAnnotation(JsonInclude.class);
            JsonInclude.Include byDefault = classInclude == null ? JsonInclude.Include.ALWAYS : classInclude.value();
            Map<String, Property> byName = new LinkedHashMap<>();
            Method anyGetter = null;
            for (Method m : type.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0 || m.getReturnType() == void.class
                        || m.getDeclaringClass() == Object.class) {
                    continue;
                }
                bad = unknownAnnotation(m.getAnnotations());
                if (bad != null) {
                    return unsupported(type, bad + " on " + m.getName());
                }
                JsonProperty p = m.getAnnotation(JsonProperty.class);
                if (m.isAnnotationPresent(JsonAnyGetter.class)) {
                    anyGetter = m;
                } else if (p != null) {
                    JsonInclude inc = m.getAnnotation(JsonInclude.class);
                    if (inc != null && inc.content() != JsonInclude.Include.ALWAYS && inc.content() != JsonInclude.Include.USE_DEFAULTS) {
                        return unsupported(type, "@JsonInclude(content) on " + m.getName());
                    }
                    JsonInclude.Include include = inc == null || inc.value() == JsonInclude.Include.USE_DEFAULTS ? byDefault : inc.value();
                    try {
                        m.setAccessible(true); // a public getter of a public class; skips the access check on every call
                    } catch (RuntimeException notOpen) {
                        // a module that does not open the package: the getter is still public, only slower to call
                    }
                    if (byName.put(p.value(), new Property(p.value(), m, include)) != null) {
                        return unsupported(type, "two getters for " + p.value());
                    }
                } else if (isGetter(m) && !ignored(type, m)) {
                    return unsupported(type, "getter " + m.getName() + " without @JsonProperty or @JsonIgnore");
                }
            }
            List<Property> ordered = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String name : order.value()) {
                Property p = byName.get(name);
                if (p != null && seen.add(name)) {
                    ordered.add(p);
                }
            }
            if (ordered.size() != byName.size()) {
                return unsupported(type, "properties outside @JsonPropertyOrder");
            }
            return new Bean(type, List.copyOf(ordered), anyGetter, null);
        }

        private static Bean unsupported(Class<?> type, String why) {
            return new Bean(type, List.of(), null, type.getName() + ": " + why);
        }

        private static boolean isGetter(Method m) {
            String n = m.getName();
            return n.startsWith("get") && n.length() > 3
                    || n.startsWith("is") && n.length() > 2 && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class);
        }

        /** Whether {@code m} or a declaration it overrides (in a superclass or an interface) carries {@code @JsonIgnore}. */
        private static boolean ignored(Class<?> type, Method m) {
            List<Class<?>> todo = new ArrayList<>(List.of(type));
            Set<Class<?>> done = new HashSet<>();
            while (!todo.isEmpty()) {
                Class<?> c = todo.remove(todo.size() - 1);
                if (c == null || !done.add(c)) {
                    continue;
                }
                try {
                    JsonIgnore ignore = c.getDeclaredMethod(m.getName()).getAnnotation(JsonIgnore.class);
                    if (ignore != null) {
                        return ignore.value();
                    }
                } catch (NoSuchMethodException notHere) {
                    // look further up
                }
                todo.add(c.getSuperclass());
                todo.addAll(List.of(c.getInterfaces()));
            }
            return false;
        }

        private static String unknownAnnotation(Annotation[] annotations) {
            for (Annotation a : annotations) {
                String name = a.annotationType().getName();
                if ((name.startsWith("com.fasterxml.jackson.") || name.startsWith("tools.jackson.")) && !KNOWN.contains(name)) {
                    return "@" + a.annotationType().getSimpleName();
                }
            }
            return null;
        }
    }
}
