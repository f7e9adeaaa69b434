package dev.shipshape.testing;

import java.util.List;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.AroundTryHook;
import net.jqwik.api.lifecycle.Lifespan;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.Store;
import net.jqwik.api.lifecycle.TryExecutionResult;
import net.jqwik.api.lifecycle.TryExecutor;
import net.jqwik.api.lifecycle.TryLifecycleContext;

/**
 * Caps the tries of every jqwik property when the system property {@code shipshape.maxTries} is set, and does
 * nothing otherwise: the mutation profile re-runs the covering tests for every mutant, where a property's full
 * tries (up to 1 500) would make the run take hours. Registered for every property through
 * {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}; CI never sets it.
 *
 * <pre>{@code
 * mvn -B -Pmutation verify   # passes -Dshipshape.maxTries=… to PIT's test JVMs
 * }</pre>
 */
public final class TriesCap implements AroundPropertyHook, AroundTryHook {

    private static final Integer MAX = Integer.getInteger("shipshape.maxTries");

    /**
     * Whether the tries are capped (under the mutation profile). Properties skip their statistical coverage checks
     * then: a share measured over a few tries says nothing, and would fail by chance.
     *
     * <pre>{@code
     * if (!TriesCap.capped()) {
     *     Statistics.label("cron job").coverage(c -> c.check(true).percentage(p -> p >= 20));
     * }
     * }</pre>
     *
     * @return whether {@code shipshape.maxTries} is set
     */
    public static boolean capped() {
        return MAX != null;
    }

    /** Registered once, for the whole engine: applies to every container and property below it. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    /**
     * Lowers the property's own tries to the cap before it starts, so jqwik also generates no more edge cases than
     * that (it generates them up front, up to the tries: 300 whole apps for a property of 300 tries).
     */
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) throws Throwable {
        if (MAX != null) {
            context.attributes().setTries(Math.min(MAX, context.attributes().tries().orElse(MAX)));
        }
        return property.execute();
    }

    @Override
    public TryExecutionResult aroundTry(TryLifecycleContext context, TryExecutor aTry, List<Object> parameters) {
        if (MAX == null) {
            return aTry.execute(parameters);
        }
        Store<int[]> tries = Store.getOrCreate(Tuple.of(TriesCap.class, "tries"), Lifespan.PROPERTY, () -> new int[1]);
        if (++tries.get()[0] > MAX) {
            return TryExecutionResult.satisfied(true);
        }
        return aTry.execute(parameters);
    }
}
