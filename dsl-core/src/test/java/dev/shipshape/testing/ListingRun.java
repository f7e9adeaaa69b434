package dev.shipshape.testing;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.FalsifiedSample;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult.Status;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.ShrunkFalsifiedSample;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Skips the bodies of tests while PIT's mutation JVM only lists them. PIT starts one JVM per mutated class, and its
 * JUnit 5 plugin finds the tests there by <em>running</em> every covering test class once before the first mutant
 * (the same listing that records coverage in the coverage phase); the results are thrown away, only the tests' names
 * are kept. With nearly every test class covering the validator and the renderer, that listing ran the whole suite
 * once per mutated class, 187 times in a full run (TESTING.md has what skipping it saved). While listing, this
 * reports every test as started and passed without running its body (Jupiter methods, templates and dynamic tests;
 * a jqwik property without generating a single value), so the names are the same; the runs that decide a mutant's
 * fate, one test at a time, are untouched.
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
public final class ListingRun implements InvocationInterceptor, AroundPropertyHook {

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
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        return listing() ? Listed.RESULT : property.execute();
    }

    /** A property that passed without a try: what a listed property reports. */
    record Listed(Status status, Optional<Throwable> throwable) implements PropertyExecutionResult {

        static final Listed RESULT = new Listed(Status.SUCCESSFUL, Optional.empty());

        @Override
        public Optional<String> seed() {
            return Optional.empty();
        }

        @Override
        public Optional<List<Object>> falsifiedParameters() {
            return Optional.empty();
        }

        @Override
        public int countChecks() {
            return 0;
        }

        @Override
        public int countTries() {
            return 0;
        }

        @Override
        public Optional<FalsifiedSample> originalSample() {
            return Optional.empty();
        }

        @Override
        public Optional<ShrunkFalsifiedSample> shrunkSample() {
            return Optional.empty();
        }

        @Override
        public PropertyExecutionResult mapTo(Status newStatus, Throwable newThrowable) {
            return new Listed(newStatus, Optional.ofNullable(newThrowable));
        }
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
