package dev.shipshape.testing;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import net.jqwik.api.lifecycle.AroundTryHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.TryExecutionResult;
import net.jqwik.api.lifecycle.TryExecutor;
import net.jqwik.api.lifecycle.TryLifecycleContext;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Skips the bodies of tests while PIT's mutation JVM only lists them. PIT starts one JVM per mutated class, and its
 * JUnit 5 plugin finds the tests there by <em>running</em> every covering test class once before the first mutant
 * (the same listing that records coverage in the coverage phase); the results are thrown away, only the tests' names
 * are kept. With nearly every test class covering the validator and the renderer, that listing ran the whole suite
 * once per mutated class — 187 times in a full run, most of the run's time. While listing, this reports every test
 * as started and passed without running its body (Jupiter methods, templates and dynamic tests; a jqwik property
 * ends after its first try, unrun), so the names are the same; the runs that decide a mutant's fate, one test at a
 * time, are untouched.
 *
 * <p>Active only when {@code -Dshipshape.listingRun=skip} is set (the mutation profile sets it, with
 * {@code junit.jupiter.extensions.autodetection.enabled}, which loads the Jupiter side from
 * {@code META-INF/services}), and then only on a thread whose stack is PIT's mutation JVM listing tests
 * ({@value #MINION} calling {@value #FINDER}); the coverage phase lists through the same finder but in its own
 * JVM ({@code CoverageMinion}), and must run the bodies to record what they cover.
 *
 * <pre>{@code
 * mvn -B -Pmutation verify   # passes -Dshipshape.listingRun=skip to PIT's test JVMs
 * }</pre>
 */
public final class ListingRun implements InvocationInterceptor, AroundTryHook {

    /** The system property that allows skipping; {@value #SKIP} turns it on. */
    public static final String PROPERTY = "shipshape.listingRun";

    /** The value of {@link #PROPERTY} that skips bodies while PIT lists tests. */
    public static final String SKIP = "skip";

    static final String MINION = "org.pitest.mutationtest.execute.MutationTestMinion";
    static final String FINDER = "org.pitest.testapi.execute.FindTestUnits";

    private static final boolean ALLOWED = SKIP.equals(System.getProperty(PROPERTY));

    /**
     * Whether the current thread is PIT's mutation JVM listing its tests, with skipping allowed.
     *
     * <pre>{@code
     * if (ListingRun.listing()) {
     *     return; // PIT only wants this test's name here
     * }
     * }</pre>
     *
     * @return whether a test body may be skipped now
     */
    public static boolean listing() {
        return ALLOWED && listing(StackWalker.getInstance().walk(s -> s.map(StackWalker.StackFrame::getClassName)
                .filter(c -> c.equals(MINION) || c.equals(FINDER)).distinct().toList()));
    }

    /** Whether the given stack frames' classes (innermost first) show the minion listing tests. */
    static boolean listing(List<String> classes) {
        return Set.copyOf(classes).containsAll(List.of(MINION, FINDER));
    }

    /** Registered once, for the whole jqwik engine: applies to every container and property below it. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public TryExecutionResult aroundTry(TryLifecycleContext context, TryExecutor aTry, List<Object> parameters) {
        return listing() ? TryExecutionResult.satisfied(true) : aTry.execute(parameters);
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
                                    ExtensionContext extension) throws Throwable {
        skipWhileListing(invocation);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
                                            ExtensionContext extension) throws Throwable {
        skipWhileListing(invocation);
    }

    @Override
    public void interceptDynamicTest(Invocation<Void> invocation, DynamicTestInvocationContext context,
                                     ExtensionContext extension) throws Throwable {
        skipWhileListing(invocation);
    }

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
                                         ExtensionContext extension) throws Throwable {
        skipWhileListing(invocation);
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
                                          ExtensionContext extension) throws Throwable {
        skipWhileListing(invocation);
    }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
                                         ExtensionContext extension) throws Throwable {
        skipWhileListing(invocation);
    }

    @Override
    public void interceptAfterAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
                                        ExtensionContext extension) throws Throwable {
        skipWhileListing(invocation);
    }

    private static void skipWhileListing(Invocation<Void> invocation) throws Throwable {
        if (listing()) {
            invocation.skip();
        } else {
            invocation.proceed();
        }
    }
}
