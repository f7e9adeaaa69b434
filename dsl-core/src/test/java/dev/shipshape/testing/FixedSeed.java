package dev.shipshape.testing;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Runs every jqwik property with one seed when the system property {@code shipshape.seed} is set (a property that
 * names its own seed keeps it), and does nothing otherwise. jqwik has no global seed setting; CI uses this to run the
 * whole suite once with random seeds (a failure prints its seed) and again with fixed ones, so a failure there is
 * reproduced by the seed CI names:
 *
 * <pre>{@code
 * mvn -B verify -Dshipshape.seed=1
 * }</pre>
 *
 * Registered for every property through {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}; surefire
 * passes {@code shipshape.seed} to the test JVM (the root pom).
 */
public final class FixedSeed implements AroundPropertyHook {

    private static final String SEED = System.getProperty("shipshape.seed", "").trim();

    /** The seed every property runs with, or empty when none is fixed. */
    public static String seed() {
        return SEED;
    }

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) throws Throwable {
        if (!SEED.isEmpty() && context.attributes().seed().filter(s -> !s.isEmpty()).isEmpty()) {
            context.attributes().setSeed(SEED);
        }
        return property.execute();
    }
}
