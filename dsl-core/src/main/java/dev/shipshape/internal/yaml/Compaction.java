package dev.shipshape.internal.yaml;

import dev.shipshape.internal.lang.Caches;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Drops what a fabric8 model object holds only because its constructor made it: the empty lists and the empty
 * {@code additionalProperties} map that every model class creates for every field, and that the output leaves out
 * anyway ({@code @JsonInclude(NON_EMPTY)}). A rendered Deployment holds some 60 of them; an app of 10 000 services keeps
 * some 1.4 million alive from rendering to writing, a third of its objects, which the collector copies on every young
 * collection. Compacting an object right after it is built lets them die young instead. The YAML, the JSON and the
 * copies ({@code Manifests.objects()}, customizations) are the same: they are written from, or read back into fresh
 * objects from, what the output includes. Only properties whose inclusion skips an empty value are touched; a property
 * written even when empty keeps its value. Not API.
 *
 * <pre>{@code
 * Deployment d = new Deployment();
 * …
 * Compaction.compact(d);   // d.getMetadata().getOwnerReferences() is now null, and so on
 * }</pre>
 */
public final class Compaction {

    private static final ClassValue<Plan> PLANS = new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> type) {
            return Plan.of(type);
        }
    };

    private Compaction() {
    }

    /**
     * Drops the empty lists and maps of {@code value} and of every model object under it, where the output would leave
     * them out. Anything not a fabric8 model object is left alone.
     *
     * @param value a fabric8 model object, or anything else
     */
    public static void compact(Object value) {
        if (value == null) {
            return;
        }
        Plan plan = Caches.OFF ? Plan.of(value.getClass()) : PLANS.get(value.getClass());
        plan.compact(value);
    }

    /**
     * What to do with one model class: a step per property that is a list or a map the output may leave out, or that
     * may hold model objects. Fields are read and written directly (not through getters and setters): that costs no
     * generated accessor class per setter, and looks at no class of a property that holds nothing.
     */
    private record Plan(List<Step> steps, Field additionalProperties) {

        static final Plan NONE = new Plan(List.of(), null);

        static Plan of(Class<?> type) {
            ModelWriter.Bean bean = ModelWriter.bean(type);
            if (bean.unsupported() != null) {
                return NONE;
            }
            List<Step> steps = new ArrayList<>();
            for (ModelWriter.Property p : bean.properties()) {
                Class<?> t = p.getter().getReturnType();
                boolean container = Collection.class.isAssignableFrom(t) || Map.class.isAssignableFrom(t);
                if (!container && (t.isPrimitive() || t.getName().startsWith("java."))) {
                    continue;
                }
                Field f = field(type, p.getter().getName());
                if (f != null) {
                    steps.add(new Step(f, container && p.skips(List.of())));
                }
            }
            Field extra = bean.anyGetter() == null ? null : field(type, "getAdditionalProperties");
            return new Plan(List.copyOf(steps), extra);
        }

        void compact(Object value) {
            for (Step step : steps) {
                Object v = get(step.field, value);
                if (v == null) {
                    continue;
                }
                if (v instanceof Collection<?> c) {
                    if (c.isEmpty()) {
                        if (step.droppable) {
                            set(step.field, value, null);
                        }
                    } else if (v instanceof List<?> list) {
                        for (Object item : list) {
                            compactModel(item);
                        }
                    }
                } else if (v instanceof Map<?, ?> m) {
                    if (m.isEmpty() && step.droppable) {
                        set(step.field, value, null);
                    }
                } else {
                    compactModel(v);
                }
            }
            if (additionalProperties != null && get(additionalProperties, value) instanceof Map<?, ?> m && m.isEmpty()) {
                set(additionalProperties, value, null);
            }
        }

        private static void compactModel(Object v) {
            if (v != null && v.getClass().getName().startsWith("io.fabric8.")) {
                Compaction.compact(v);
            }
        }

        /** The field a fabric8 getter returns ({@code getHostIPC} → {@code hostIPC}), made accessible; null if none. */
        private static Field field(Class<?> type, String getter) {
            if (!getter.startsWith("get") || getter.length() < 4) {
                return null;
            }
            String name = Character.toLowerCase(getter.charAt(3)) + getter.substring(4);
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                try {
                    Field f = c.getDeclaredField(name);
                    f.setAccessible(true);
                    return f;
                } catch (NoSuchFieldException notHere) {
                    // a superclass may declare it
                } catch (RuntimeException notOpen) {
                    return null; // a module that does not open the package: leave the property as it is
                }
            }
            return null;
        }

        private static Object get(Field f, Object on) {
            try {
                return f.get(on);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(f + ": " + e, e);
            }
        }

        private static void set(Field f, Object on, Object v) {
            try {
                f.set(on, v);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(f + ": " + e, e);
            }
        }
    }

    /** One property's field, and whether an empty value may be dropped (the output leaves it out). */
    private record Step(Field field, boolean droppable) {
    }
}
