package dev.shipshape.validation;

import dev.shipshape.internal.lang.Args;
import java.util.List;

/**
 * Thrown by {@code App.render()} when validation finds errors. It carries every violation, errors and
 * warnings, so one run shows everything there is to fix.
 *
 * <pre>{@code
 * try {
 *     app.render();
 * } catch (InvalidAppException e) {
 *     e.violations().forEach(System.err::println);
 * }
 * }</pre>
 */
public final class InvalidAppException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    /**
     * Creates the exception for application {@code appName} and its sorted violations.
     *
     * @param appName the application's name
     * @param violations every violation found, errors and warnings
     * @throws IllegalArgumentException if either is null or a violation is null
     */
    public InvalidAppException(String appName, List<Violation> violations) {
        super(message(Args.notNull(appName, "appName"), Args.list(violations, "violations")));
        this.violations = List.copyOf(violations);
    }

    private static String message(String appName, List<Violation> violations) {
        long errors = violations.stream().filter(Violation::isError).count();
        return "application '" + appName + "' has " + errors + (errors == 1 ? " error" : " errors")
                + " and " + (violations.size() - errors) + " other violation(s):\n" + Violations.format(violations);
    }

    /** {@return every violation found, errors and warnings, in {@link Violation#ORDER}} */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Only the errors.
     *
     * @return the list
     */
    public List<Violation> errors() {
        return violations.stream().filter(Violation::isError).toList();
    }
}
