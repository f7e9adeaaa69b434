package dev.shipshape.internal.yaml;

import dev.shipshape.internal.lang.Caches;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
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

    /** What to do with one model class: a step per property that may hold something to drop. */
    private record Plan(List<Step> steps, Method anyGetter, Method anySetter) {

        static final Plan NONE = new Plan(List.of(), null, null);

        static Plan of(Class<?> type) {
            ModelWriter.Bean bean = ModelWriter.bean(type);
            if (bean.unsupported() != null) {
                return NONE;
            }
            List<Step> steps = new ArrayList<>();
            for (ModelWriter.Property p : bean.properties()) {
                Method getter = p.getter();
                Class<?> t = getter.getReturnType();
                boolean container = Collection.class.isAssignableFrom(t) || Map.class.isAssignableFrom(t);
                Method setter = container && p.skips(List.of()) ? setter(type, getter) : null;
                boolean modelItems = List.class.isAssignableFrom(t) && isModel(itemType(getter));
                boolean model = !container && isModel(t);
                if (setter != null || modelItems || model) {
                    steps.add(new Step(getter, setter, modelItems, model));
                }
            }
            Method anySetter = bean.anyGetter() == null ? null : setter(type, bean.anyGetter());
            if (anySetter != null && !anySetter.getName().equals("setAdditionalProperties")) {
                anySetter = null;
            }
            return new Plan(List.copyOf(steps), bean.anyGetter(), anySetter);
        }

        void compact(Object value) {
            for (Step step : steps) {
                Object v = invoke(step.getter, value, NO_ARGUMENTS);
                if (v == null) {
                    continue;
                }
                if (step.setter != null && (v instanceof Collection<?> c && c.isEmpty() || v instanceof Map<?, ?> m && m.isEmpty())) {
                    invoke(step.setter, value, new Object[] {null});
                } else if (step.modelItems) {
                    for (Object item : (List<?>) v) {
                        Compaction.compact(item);
                    }
                } else if (step.model) {
                    Compaction.compact(v);
                }
            }
            if (anySetter != null && invoke(anyGetter, value, NO_ARGUMENTS) instanceof Map<?, ?> m && m.isEmpty()) {
                invoke(anySetter, value, new Object[] {null});
            }
        }

        /** A model class this class can compact (a writer-modelled fabric8 class; not {@code IntOrString}, {@code Quantity}). */
        private static boolean isModel(Class<?> t) {
            return t != null && t.getName().startsWith("io.fabric8.") && ModelWriter.bean(t).unsupported() == null;
        }

        /** The element class of a {@code List<X>} getter, when it says. */
        private static Class<?> itemType(Method getter) {
            if (getter.getGenericReturnType() instanceof java.lang.reflect.ParameterizedType pt
                    && pt.getActualTypeArguments().length == 1 && pt.getActualTypeArguments()[0] instanceof Class<?> c) {
                return c;
            }
            return null;
        }

        private static Method setter(Class<?> type, Method getter) {
            String name = getter.getName();
            if (!name.startsWith("get")) {
                return null;
            }
            try {
                Method s = type.getMethod("set" + name.substring(3), getter.getReturnType());
                try {
                    s.setAccessible(true);
                } catch (RuntimeException notOpen) {
                    // the setter is public; only slower to call
                }
                return s;
            } catch (NoSuchMethodException none) {
                return null;
            }
        }

        private static Object invoke(Method m, Object on, Object[] args) {
            try {
                return m.invoke(on, args);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(m + ": " + e, e);
            }
        }
    }

    /**
     * One property: its getter; its setter when an empty value may be dropped; whether it holds model objects to go
     * into, in a list or alone.
     */
    private record Step(Method getter, Method setter, boolean modelItems, boolean model) {
    }

    private static final Object[] NO_ARGUMENTS = {};
}
