package dev.shipshape.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Skips a whole test class, JUnit or jqwik, with the reason, when the machine lacks the tool it needs. A user's
 * machine may have only a JDK and Maven: such tests never fail there, they are reported as skipped.
 *
 * <pre>{@code
 * @RequiresTool(Tool.KUBECTL)
 * class KustomizeAcceptanceTest { ... }
 * }</pre>
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresTool.JupiterCondition.class)
@AddLifecycleHook(RequiresTool.JqwikHook.class)
public @interface RequiresTool {

    /** The tool the class needs. */
    Tool value();

    /** The JUnit Jupiter side. */
    final class JupiterCondition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getElement()
                    .flatMap(e -> AnnotationSupport.findAnnotation(e, RequiresTool.class))
                    .flatMap(r -> r.value().missing())
                    .map(ConditionEvaluationResult::disabled)
                    .orElse(ConditionEvaluationResult.enabled("the tool is available"));
        }
    }

    /** The jqwik side. */
    final class JqwikHook implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            return context.findAnnotation(RequiresTool.class)
                    .flatMap(r -> r.value().missing())
                    .map(SkipResult::skip)
                    .orElse(SkipResult.doNotSkip());
        }
    }
}
